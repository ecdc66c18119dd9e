using Dashboard.Extraction.Prepare;

namespace Dashboard.Feeds.Tests.Articles;

public sealed class HtmlNestingTests
{
    [Theory]
    [InlineData("<div><p>a</p></div>", 2, false)]
    [InlineData("<div><div><div>a</div></div></div>", 2, true)]
    [InlineData("<p>a<br><img src=x><hr/></p>", 1, false)]
    [InlineData("<div><script>if (a<b) { x('<div><div><div>') }</script></div>", 2, false)]
    [InlineData("<p>1 < 2 and 3 > 2</p>", 1, false)]
    public void Exceeds_Html_Expected(string html, int limit, bool expected) => Assert.Equal(expected, HtmlNesting.Exceeds(html, limit));

    [Fact]
    public void Exceeds_FiftyThousandNestedDivs_FoundWithoutParsing() =>
        Assert.True(HtmlNesting.Exceeds(string.Concat(Enumerable.Repeat("<div>", 50_000))));
}
