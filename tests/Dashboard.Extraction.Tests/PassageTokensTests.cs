using Dashboard.Core.Documents;
using Dashboard.Core.Text;
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
}
