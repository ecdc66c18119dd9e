using Dashboard.Core.Documents;
using Dashboard.Extraction.Prepare;

namespace Dashboard.Extraction.Tests;

public sealed class HtmlArticleTests
{
    private const string Page = """
        <html><head><title>Site | A headline</title><script>var x = "Paris";</script></head>
        <body>
          <nav><a href="/">Home</a> <a href="/world">World</a></nav>
          <article>
            <h1>Floods  hit
                the delta</h1>
            <figure><img src="a.jpg"><figcaption>Water rose overnight. Photo: Reuters</figcaption></figure>
            <p>Rescuers reached <b>Dhaka</b> on Sunday.</p>
            <div>Loose text in a div<br>after a break</div>
            <ul><li>First point</li><li>Second point</li></ul>
          </article>
          <footer>Copyright 2022 Example News</footer>
        </body></html>
        """;

    [Fact]
    public void ToText_ArticlePage_KeepsBlocksInOrderAndDropsChrome()
    {
        var text = HtmlArticle.ToText(Page);

        Assert.Equal(
            "Floods hit the delta\n\nWater rose overnight. Photo: Reuters\n\nRescuers reached Dhaka on Sunday.\n\nLoose text in a div\n\nafter a break\n\nFirst point\n\nSecond point\n",
            text);
    }

    [Fact]
    public void ToText_ThenPrepare_FindsTitleAndCaption()
    {
        var document = DocumentPreparer.Prepare(HtmlArticle.ToText(Page));

        Assert.Equal("Floods hit the delta", document.Title);
        Assert.Equal(PassageKind.Caption, document.Passages[1].Kind);
    }

    [Theory]
    [InlineData("")]
    [InlineData("<<<>>>")]
    [InlineData("<p>unclosed <b>tags")]
    public void ToText_MalformedHtml_DoesNotThrow(string html) => Assert.NotNull(HtmlArticle.ToText(html));
}
