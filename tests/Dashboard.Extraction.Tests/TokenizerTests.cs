using Dashboard.Extraction.Recognise;

namespace Dashboard.Extraction.Tests;

public sealed class TokenizerTests
{
    [Theory]
    [InlineData("Russia's border", "Russia|'|s|border")]
    [InlineData("Russia’s border", "Russia|’|s|border")]
    [InlineData("the U.S. and China", "the|U.S.|and|China")]
    [InlineData("Alma-Ata, Kazakhstan.", "Alma|-|Ata|,|Kazakhstan|.")]
    [InlineData("Russian-backed forces", "Russian|-|backed|forces")]
    [InlineData("Côte d'Ivoire", "Côte|d'Ivoire")]
    [InlineData("over 2,500 troops", "over|2|,|500|troops")]
    public void Tokenize_Text_SplitsWordsAndPunctuation(string text, string expected) =>
        Assert.Equal(expected, string.Join('|', Tokenizer.Tokenize(text, 0, text.Length).Select(t => text[t.Start..t.End])));

    [Fact]
    public void Tokenize_AfterFullStop_MarksSentenceStart()
    {
        const string text = "It rained. Then it stopped";
        var tokens = Tokenizer.Tokenize(text, 0, text.Length);
        Assert.True(tokens[0].SentenceStart);
        Assert.True(tokens.Single(t => text[t.Start..t.End] == "Then").SentenceStart);
        Assert.False(tokens.Single(t => text[t.Start..t.End] == "rained").SentenceStart);
    }

    [Theory]
    [InlineData("Lt. Col", "Lt")]
    [InlineData("U.S. Army", "U.S.")]
    [InlineData("Côte d'Ivoire", "Côte")]
    [InlineData("NATO", "NATO")]
    [InlineData("- -", "-")]
    [InlineData("", "")]
    public void FirstToken_Name_IsTheFirstTokenAsCutInText(string name, string expected) =>
        Assert.Equal(expected, Tokenizer.FirstToken(name));
}
