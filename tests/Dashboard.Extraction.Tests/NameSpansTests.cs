using Dashboard.Extraction.Lexicons;
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

    [Fact]
    public void Is_EveryOneTokenWordOfEachList_HasItsClassInAnyCase()
    {
        var lexicons = fixture.Pipeline.Lexicons;
        (IEnumerable<string> Words, WordClass Class)[] lists =
        [
            (lexicons.Stopwords, WordClass.Stopword),
            (lexicons.PersonTitles, WordClass.Title),
            (lexicons.PersonTitleStarts, WordClass.TitleStart),
            (lexicons.Actors.Groups.Keys, WordClass.Group),
            (lexicons.Actors.PhraseStarts, WordClass.PhraseStart),
            (lexicons.Actors.ReferringStarts, WordClass.ReferringStart),
            (lexicons.Actors.HardwareWords, WordClass.Hardware),
            (lexicons.OrganisationHeads.Keys, WordClass.OrganisationHead),
            (lexicons.PlaceHeads.Keys, WordClass.PlaceHead),
        ];

        var missed = lists.SelectMany(list => list.Words.SelectMany(w => new[] { w, w.ToUpperInvariant() }).Where(word =>
        {
            var tokens = Tokenizer.Tokenize(word, 0, word.Length);
            return tokens.Count == 1 && !new NameSpans(word, tokens, lexicons).Is(0, list.Class);
        }).Select(word => $"{word} ({list.Class})")).ToList();

        Assert.Empty(missed);
    }

    [Theory]
    [InlineData("the", WordClass.Stopword, true)]
    [InlineData("President", WordClass.Title, true)]
    [InlineData("TÁNAISTE", WordClass.Title, true)]
    [InlineData("Tánaiste", WordClass.Stopword, false)]
    [InlineData("protesters", WordClass.Group, true)]
    [InlineData("Ministry", WordClass.OrganisationHead | WordClass.PlaceHead, true)]
    [InlineData("helicopters", WordClass.Hardware, true)]
    [InlineData("Dupont", WordClass.Stopword | WordClass.Title | WordClass.Group | WordClass.PlaceHead, false)]
    [InlineData(",", WordClass.Stopword, false)]
    public void Is_Word_TellsItsLists(string text, WordClass wordClass, bool expected)
    {
        var tokens = Tokenizer.Tokenize(text, 0, text.Length);
        var names = new NameSpans(text, tokens, fixture.Pipeline.Lexicons);

        Assert.Equal(expected, names.Is(0, wordClass));
        Assert.Equal(expected, names.Is(0, wordClass)); // asked again: from the token's cached classes
    }
}
