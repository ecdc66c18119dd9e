using Dashboard.Core.Documents;
using Dashboard.Feeds.Articles;

namespace Dashboard.Feeds.Tests.Articles;

/// <summary>Reading an article out of an invented news page: main text without boilerplate, and the metadata with its sources.</summary>
public sealed class WebArticleReaderTests
{
    private static readonly Uri Address = new("https://news.example.org/world/2022/01/07/troops-arrive?utm=x");

    private static readonly string Story = string.Concat(Enumerable.Range(1, 6).Select(i =>
        $"<p>Paragraph {i}: soldiers from the northern brigade arrived in Springfield on Thursday, officials said, and the city council met to discuss the curfew and the closure of the airport for several days.</p>"));

    private static string Page(string head = "", string body = "") => $"""
        <!doctype html><html><head><title>Troops arrive | Example News</title>{head}</head>
        <body>
          <div class="cookie-banner" id="cookie-consent"><p>We use cookies to improve your experience. Accept all cookies?</p><button>Accept</button></div>
          <nav><a href="/">Home</a><a href="/world">World</a></nav>
          <header><p>Example News — subscribe today</p></header>
          <main><article>
            <h1>Troops arrive in Springfield</h1>
            <div class="share-bar"><a href="#">Share on Facebook</a><a href="#">Share on X</a></div>
            {Story}
            {body}
          </article>
          <aside class="related"><h3>Related stories</h3><ul><li><a href="/x">Another story about markets</a></li></ul></aside>
          <section id="comments" class="comments"><h3>Comments</h3><p>Great article! I disagree strongly with the council.</p></section>
          </main>
          <footer><p>© Example News. All rights reserved.</p></footer>
        </body></html>
        """;

    [Fact]
    public void Read_NewsPage_MainTextWithoutBoilerplate()
    {
        var article = WebArticleReader.Read(Address, Page()).Value;

        Assert.StartsWith("Troops arrive in Springfield\n\n", article.Text, StringComparison.Ordinal);
        Assert.Contains("Paragraph 1: soldiers", article.Text, StringComparison.Ordinal);
        Assert.Contains("Paragraph 6: soldiers", article.Text, StringComparison.Ordinal);
        foreach (var boilerplate in new[] { "cookies", "Share on", "Related stories", "Great article", "All rights reserved", "subscribe today" })
        {
            Assert.DoesNotContain(boilerplate, article.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Read_OpenGraphAndCanonical_TitleOutletAndAddress()
    {
        var head = """
            <meta property="og:title" content="Troops arrive in Springfield">
            <meta property="og:site_name" content="Example News">
            <link rel="canonical" href="/world/troops-arrive">
            """;

        var article = WebArticleReader.Read(Address, Page(head)).Value;

        Assert.Equal(("Troops arrive in Springfield", "Example News", "https://news.example.org/world/troops-arrive"), (article.Title, article.Outlet, article.Url.ToString()));
    }

    [Fact]
    public void Read_CanonicalOnAnotherSite_IgnoredForTheAddressFetched()
    {
        var article = WebArticleReader.Read(Address, Page("""<link rel="canonical" href="https://other.example.com/their-story">""")).Value;

        Assert.Equal(Address, article.Url);
    }

    [Fact]
    public void Read_JsonLdPublisher_IsTheOutlet()
    {
        var head = """<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"The Example Times"}}]}</script>""";

        Assert.Equal("The Example Times", WebArticleReader.Read(Address, Page(head)).Value.Outlet);
    }

    [Theory]
    [InlineData("""<meta property="article:published_time" content="2022-01-05T10:00:00Z">""", "", "2022-01-05", PublishedFrom.MetaTag)]
    [InlineData("""<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2022-01-04T08:00:00+00:00"}</script>""", "", "2022-01-04", PublishedFrom.JsonLd)]
    [InlineData("", """<p>Published <time datetime="2022-01-03">3 January</time></p>""", "2022-01-03", PublishedFrom.TimeElement)]
    [InlineData("", "", "2022-01-07", PublishedFrom.Url)]
    public void Read_PublicationDate_InOrderWithItsSource(string head, string body, string expected, PublishedFrom from)
    {
        var article = WebArticleReader.Read(Address, Page(head, body)).Value;

        Assert.Equal((DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), from), (article.Published!.Value, article.PublishedFrom));
    }

    [Fact]
    public void Read_MetaTagAndJsonLd_MetaTagWins()
    {
        var head = """
            <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2022-01-04"}</script>
            <meta property="article:published_time" content="2022-01-05">
            """;

        Assert.Equal(PublishedFrom.MetaTag, WebArticleReader.Read(Address, Page(head)).Value.PublishedFrom);
    }

    [Fact]
    public void Read_MalformedJsonLd_Skipped()
    {
        var head = """<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": </script>""";

        Assert.Equal(PublishedFrom.Url, WebArticleReader.Read(Address, Page(head)).Value.PublishedFrom);
    }

    [Fact]
    public void Read_PaywallStub_RefusedWithTheReason()
    {
        var stub = """
            <html><head><title>Troops arrive</title></head><body><article><h1>Troops arrive</h1>
            <p>Soldiers arrived in Springfield on Thursday.</p><div class="paywall"><p>Subscribe to continue reading.</p></div></article></body></html>
            """;

        var read = WebArticleReader.Read(Address, stub);

        Assert.False(read.IsSuccess);
        Assert.Contains(WebArticleReader.ThinPageMarker, read.Error, StringComparison.Ordinal);
        Assert.Contains("paywall", read.Error, StringComparison.Ordinal);
    }
}
