using Dashboard.Core.Documents;
using Dashboard.Core.Text;
using Dashboard.Extraction.Lexicons;
using Dashboard.Extraction.Recognise;

namespace Dashboard.Extraction.Tests;

public sealed class PassageTokensTests
{
    private const string Text = "Troops arrived. Police left.";

    private static readonly PreparedDocument Document = new(
        Text, null, [new Passage("p1", PassageKind.Body, new TextSpan(0, 15)), new Passage("p2", PassageKind.Body, new TextSpan(16, 28))]);

    [Fact]
    public void Of_SamePassageTwice_TokenisesOnce() =>
        Assert.Same(PassageTokens.Of(Document, Document.Passages[1]), PassageTokens.Of(Document, Document.Passages[1]));

    [Fact]
    public void Of_EachPassage_HoldsItsOwnWords() =>
        Assert.Equal(
            ["Troops|arrived|.", "Police|left|."],
            Document.Passages.Select(p => string.Join('|', PassageTokens.Of(Document, p).Select(t => Text[t.Start..t.End]))));

    [Fact]
    public void Of_PassageNotInTheDocument_IsTokenisedWithoutCaching()
    {
        var stranger = new Passage("x", PassageKind.Body, new TextSpan(7, 15));

        var tokens = PassageTokens.Of(Document, stranger);

        Assert.Equal("arrived|.", string.Join('|', tokens.Select(t => Text[t.Start..t.End])));
        Assert.NotSame(tokens, PassageTokens.Of(Document, stranger));
    }

    [Fact]
    public void Of_AnotherDocumentInBetween_StillGivesEachItsOwnTokens()
    {
        const string other = "Rebels fled north.";
        var second = new PreparedDocument(other, null, [new Passage("p1", PassageKind.Body, new TextSpan(0, other.Length))]);

        var first = PassageTokens.Of(Document, Document.Passages[0]);
        var between = PassageTokens.Of(second, second.Passages[0]);
        var again = PassageTokens.Of(Document, Document.Passages[0]);

        Assert.Equal("Rebels|fled|north|.", string.Join('|', between.Select(t => other[t.Start..t.End])));
        Assert.Equal(string.Join('|', first.Select(t => Text[t.Start..t.End])), string.Join('|', again.Select(t => Text[t.Start..t.End])));
    }

    [Fact]
    public void Release_DocumentInHand_TokenisesAfresh()
    {
        var before = PassageTokens.Of(Document, Document.Passages[0]);

        PassageTokens.Release(Document);

        Assert.NotSame(before, PassageTokens.Of(Document, Document.Passages[0]));
    }

    private static LexiconSet Lexicons() =>
        new([], [], ["the"], ["President"], new Dictionary<string, string>(), new Dictionary<string, string>(), [],
            new Dictionary<string, string>(), new Dictionary<string, string>());

    [Fact]
    public void Names_SamePassageAndLexicons_OneSharedByTheStages()
    {
        var lexicons = Lexicons();

        var first = PassageTokens.Names(Document, Document.Passages[1], lexicons);

        Assert.Same(first, PassageTokens.Names(Document, Document.Passages[1], lexicons));
        Assert.Same(PassageTokens.Of(Document, Document.Passages[1]), first.Tokens);
    }

    [Fact]
    public void Names_OtherLexicons_NotShared()
    {
        var first = PassageTokens.Names(Document, Document.Passages[0], Lexicons());
        var other = Lexicons();

        var second = PassageTokens.Names(Document, Document.Passages[0], other);

        Assert.NotSame(first, second);
        Assert.Same(other, second.Lexicons);
    }

    [Fact]
    public void Names_AfterRelease_Afresh()
    {
        var lexicons = Lexicons();
        var before = PassageTokens.Names(Document, Document.Passages[0], lexicons);

        PassageTokens.Release(Document);

        Assert.NotSame(before, PassageTokens.Names(Document, Document.Passages[0], lexicons));
    }
}
