using Dashboard.Extraction.Recognise;

namespace Dashboard.Extraction.Tests;

/// <summary>The title rules the place and actor recognisers share, on the real lexicons.</summary>
[Collection(PipelineCollection.Name)]
public sealed class NameSpansTests(PipelineFixture fixture)
{
    [Fact]
    public void TitleLength_EveryTitleOfTheLexicon_IsFoundDespiteTheFirstWordCheck()
    {
        // Titles of more than three tokens ("Leader of the Opposition") or ending in punctuation are out of reach of the
        // title rule itself; every other title must be found.
        var lexicons = fixture.Pipeline.Lexicons;
        var missed = lexicons.PersonTitles.Where(title =>
        {
            var own = Tokenizer.Tokenize(title, 0, title.Length);
            var reachable = own.Count <= NameSpans.MaxTitleTokens && own[^1].IsWord;
            var text = $"{title} Jean Dupont";
            var tokens = Tokenizer.Tokenize(text, 0, text.Length);
            return reachable && new NameSpans(text, tokens, lexicons).TitleLength(0, tokens.Count) == 0;
        }).ToList();

        Assert.Empty(missed);
    }

    [Theory]
    [InlineData("Prime Minister Jean Dupont", 2)]
    [InlineData("Mr. Dupont", 1)]
    [InlineData("Primed for a fight", 0)]
    [InlineData(", said Dupont", 0)]
    public void TitleLength_Start_CountsTheTitleTokens(string text, int expected)
    {
        var tokens = Tokenizer.Tokenize(text, 0, text.Length);

        Assert.Equal(expected, new NameSpans(text, tokens, fixture.Pipeline.Lexicons).TitleLength(0, tokens.Count));
    }
}
