using Dashboard.Extraction.Prepare;

namespace Dashboard.Extraction.Tests;

public sealed class SentenceSplitterTests
{
    [Theory]
    [InlineData("One. Two! Three?", "One.|Two!|Three?")]
    [InlineData("Mr. Dupont left. He was tired.", "Mr. Dupont left.|He was tired.")]
    [InlineData("“We will stay,” he said. Then he left.", "“We will stay,” he said.|Then he left.")]
    [InlineData("Officials in the U.S. agreed on Monday.", "Officials in the U.S. agreed on Monday.")]
    [InlineData("No end", "No end")]
    [InlineData("He was a kind man. “She was brave,” he said.", "He was a kind man.|“She was brave,” he said.")]
    [InlineData("He was a kind man. \"She was brave,\" he said.", "He was a kind man.|\"She was brave,\" he said.")]
    [InlineData("The mayor said: “We stay.” Then he left.", "The mayor said: “We stay.”|Then he left.")]
    [InlineData("Sens. Ana Lima and Rui Costa spoke.", "Sens. Ana Lima and Rui Costa spoke.")]
    [InlineData("A Severn, Md. man was arrested. He left.", "A Severn, Md. man was arrested.|He left.")]
    [InlineData("ST. LOUIS – Police arrested two men.", "ST. LOUIS – Police arrested two men.")]
    [InlineData("At least $US4.5 billion was stolen. He left.", "At least $US4.5 billion was stolen.|He left.")]
    [InlineData("The tax starts on Sept. 1, the minister said. He left.", "The tax starts on Sept. 1, the minister said.|He left.")]
    [InlineData("The vote is on Nov. 6 in Lyon.", "The vote is on Nov. 6 in Lyon.")]
    [InlineData("The bus left Lyon. Read More Volunteers drive patients.", "The bus left Lyon.|Volunteers drive patients.")]
    [InlineData("The bus left Lyon. READ MORE: Volunteers drive patients.", "The bus left Lyon.|Volunteers drive patients.")]
    [InlineData("Read more: Volunteers drive patients.", "Volunteers drive patients.")]
    [InlineData("Students read more books in Lyon.", "Students read more books in Lyon.")]
    public void Split_Passage_GivesSentences(string text, string expected)
    {
        var passage = Dashboard.Extraction.Prepare.DocumentPreparer.Prepare(text).Passages.Single();
        Assert.Equal(expected, string.Join('|', SentenceSplitter.Split(text, passage).Select(s => s.Slice(text))));
    }
}
