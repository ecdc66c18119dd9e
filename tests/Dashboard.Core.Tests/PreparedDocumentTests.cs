using Dashboard.Core.Documents;
using Dashboard.Core.Text;

namespace Dashboard.Core.Tests;

public sealed class PreparedDocumentTests
{
    private static readonly PreparedDocument Document = new(
        "Title\n\nFirst.\n\nSecond.",
        "Title",
        [new Passage("p1", PassageKind.Title, new TextSpan(0, 5)), new Passage("p2", PassageKind.Body, new TextSpan(7, 13)), new Passage("p3", PassageKind.Body, new TextSpan(15, 22))]);

    [Theory]
    [InlineData(0, "p1")]
    [InlineData(4, "p1")]
    [InlineData(7, "p2")]
    [InlineData(21, "p3")]
    public void PassageAt_OffsetInsideAPassage_FindsIt(int offset, string id) => Assert.Equal(id, Document.PassageAt(offset)?.Id);

    [Theory]
    [InlineData(5)]
    [InlineData(14)]
    [InlineData(22)]
    public void PassageAt_OffsetBetweenPassages_IsNull(int offset) => Assert.Null(Document.PassageAt(offset));

    [Fact]
    public void Constructor_PassagesOutOfOrder_Throws() =>
        Assert.Throws<ArgumentException>(() => new PreparedDocument("abcdef", null,
            [new Passage("p1", PassageKind.Body, new TextSpan(3, 5)), new Passage("p2", PassageKind.Body, new TextSpan(0, 2))]));

    [Fact]
    public void Constructor_PassageBeyondText_Throws() =>
        Assert.Throws<ArgumentException>(() => new PreparedDocument("abc", null, [new Passage("p1", PassageKind.Body, new TextSpan(0, 9))]));
}
