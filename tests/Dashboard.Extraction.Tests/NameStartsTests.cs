using Dashboard.Extraction.Recognise;

namespace Dashboard.Extraction.Tests;

public sealed class NameStartsTests
{
    private static readonly NameStarts Starts = new(["new york", "St. Louis", "Alma-Ata", "Côte d'Ivoire", "paris"]);

    [Theory]
    [InlineData("New", true)]
    [InlineData("NEW", true)]
    [InlineData("St", true)]
    [InlineData("Alma", true)]
    [InlineData("Cote", true)]
    [InlineData("Côte", true)]
    [InlineData("Paris", false)] // a one-word name is matched by its one token
    [InlineData("York", false)]
    [InlineData("Zanzibar", false)]
    [InlineData(",", true)] // not a word: nothing is ruled out
    public void MayBegin_Word_TellsWhetherALongerNameCanStartThere(string word, bool expected) =>
        Assert.Equal(expected, Starts.MayBegin(word));

    [Fact]
    public void MayBegin_KeyStartingWithPunctuation_RulesNothingOut() =>
        Assert.True(new NameStarts(["(Old) Town"]).MayBegin("Zanzibar"));
}
