using System.Globalization;
using System.Text;
using Dashboard.Core.Documents;
using Dashboard.Feeds.Articles;
using Dashboard.Feeds.Fetch;
using Dashboard.Feeds.Ingest;
using Dashboard.Feeds.Polling;
using Dashboard.Store.Ingest;
using Dashboard.Store.Query;
using Dashboard.Store.Sqlite;
using Microsoft.Extensions.Time.Testing;

using Dashboard.Tests.Web;

namespace Dashboard.Feeds.Tests.Polling;

/// <summary>Polling feeds served on 127.0.0.1 into a real store through the real pipeline.</summary>
public sealed class FeedPollerTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>, IDisposable
{
    private readonly LocalServer _server = new();
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));
    private readonly WebFetcher _fetcher = new(new FetchOptions(TimeSpan.FromSeconds(5), allowPrivateNetworks: true));
    private SqliteStore? _store;

    public void Dispose()
    {
        _fetcher.Dispose();
        _server.Dispose();
        _folder.Dispose();
    }

    private SqliteStore Store => _store ??= SqliteStore.Open(_folder.Path).Value;

    private UrlIngestor Ingestor => new(new ArticleFetcher(_fetcher), new DocumentIngestor(Store, fixture.Pipeline, new IngestLimits(), _clock));

    private FeedPoller Poller(int cap = 20) => new(Store, _fetcher, Ingestor, new FeedPollOptions(cap, Math.Max(cap, 500)), _clock, TimeSpan.FromMilliseconds(1));

    private static string Article(string city, int n) => $"""
        <html><head><meta property="og:site_name" content="Example Wire"></head><body><article><h1>Report {n} from {city}</h1>
        {string.Concat(Enumerable.Repeat($"<p>Protesters gathered in {city} on Monday and police detained 12 people near the central square, officials said in a statement.</p>", 5))}
        </article></body></html>
        """;

    private string Rss(int items, string? etag = null) =>
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Example Wire: World</title>"
        + string.Concat(Enumerable.Range(1, items).Select(i =>
            $"<item><title>Report {i}</title><link>{_server.Url($"/story/{i}")}</link><pubDate>Mon, 03 Jan 2022 10:00:00 GMT</pubDate><description>Summary of report {i} about Lyon and its protests, told briefly.</description></item>"))
        + "</channel></rss>";

    private void ServeFeed(string body, string type = "application/rss+xml") =>
        _server.On("/feed", async c =>
        {
            if (c.Request.Headers["If-None-Match"] == "\"f1\"")
            {
                c.Response.StatusCode = 304;
                return;
            }

            c.Response.ContentType = type;
            c.Response.Headers["ETag"] = "\"f1\"";
            await c.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(body));
        });

    [Fact]
    public async Task Poll_NewItems_StoredWithTheirFeedAndNotTakenTwice()
    {
        ServeFeed(Rss(2));
        _server.Text("/story/1", Article("Lyon", 1)).Text("/story/2", Article("Marseille", 2));
        var feed = Store.AddFeed(_server.Url("/feed"), TimeSpan.FromMinutes(15), true, false, _clock.GetUtcNow()).Value;
        var reported = new List<FeedItemProgress>();

        var first = await Poller().PollAsync(feed, new Progress<FeedItemProgress>(reported.Add));
        var again = await Poller().PollAsync(Store.FindFeed(feed.Id)!);

        Assert.Equal(2, first.Taken);
        Assert.True(again.NotModified);
        var documents = await Store.DocumentsAsync(DocumentQuery.Latest(10));
        Assert.Equal(2, documents.Count);
        Assert.All(documents, d => Assert.Equal((feed.Id, "Example Wire", PublishedFrom.Feed), (d.Metadata.Feed, d.Metadata.Outlet, d.Metadata.PublishedFrom)));
        var polled = Store.FindFeed(feed.Id)!;
        Assert.Equal(("Example Wire: World", 2L, _clock.GetUtcNow().AddMinutes(15)), (polled.Title, polled.ItemsTaken, polled.NextPoll));
    }

    [Fact]
    public async Task Poll_ThousandsOfItems_TakesAtMostTheCapPerPoll()
    {
        ServeFeed(Rss(3000));
        var feed = Store.AddFeed(_server.Url("/feed"), TimeSpan.FromMinutes(15), true, false, _clock.GetUtcNow()).Value;

        var outcome = await Poller(cap: 3).PollAsync(feed);

        Assert.Equal(3, outcome.Items.Count); // the story pages are missing here: each refused with the server's answer
        Assert.All(outcome.Items, i => Assert.Contains("answered 404", i.Message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Poll_MoreItemsThanTheCap_TheRestAreTakenAtTheNextPoll()
    {
        ServeFeed(Rss(3));
        _server.Text("/story/1", Article("Lyon", 1)).Text("/story/2", Article("Nantes", 2)).Text("/story/3", Article("Lille", 3));
        var feed = Store.AddFeed(_server.Url("/feed"), TimeSpan.FromMinutes(15), true, false, _clock.GetUtcNow()).Value;

        var first = await Poller(cap: 2).PollAsync(feed);
        var again = Store.FindFeed(feed.Id)!;
        var second = await Poller(cap: 2).PollAsync(again);

        Assert.Equal((2, 1), (first.Taken, second.Taken));
        Assert.False(second.NotModified);
        Assert.True(again.NextPoll <= _clock.GetUtcNow().AddMinutes(2)); // back soon, not after the whole interval
    }

    [Fact]
    public async Task Poll_ItemWhoseServerFailsForAMoment_TriedAgainAtTheNextPoll()
    {
        ServeFeed(Rss(1));
        _server.Text("/story/1", "busy", status: 503);
        var feed = Store.AddFeed(_server.Url("/feed"), TimeSpan.FromMinutes(15), true, false, _clock.GetUtcNow()).Value;

        var first = await Poller().PollAsync(feed);
        _server.Text("/story/1", Article("Lyon", 1));
        var second = await Poller().PollAsync(Store.FindFeed(feed.Id)!);

        Assert.Contains("answered 503", Assert.Single(first.Items).Message, StringComparison.Ordinal);
        Assert.Equal(1, second.Taken);
    }

    [Fact]
    public async Task Poll_MalformedXml_ErrorRecordedAndTheNextPollWaitsLonger()
    {
        ServeFeed("<rss><channel><item><title>broken", "application/xml");
        var feed = Store.AddFeed(_server.Url("/feed"), TimeSpan.FromMinutes(15), true, false, _clock.GetUtcNow()).Value;

        var outcome = await Poller().PollAsync(feed);

        Assert.Contains("not a readable RSS, Atom or JSON feed", outcome.Error, StringComparison.Ordinal);
        var polled = Store.FindFeed(feed.Id)!;
        Assert.Equal((1, _clock.GetUtcNow().AddMinutes(30)), (polled.Failures, polled.NextPoll));
        Assert.Equal(0, Store.DocumentCount);
    }

    [Fact]
    public async Task Poll_PaywallStub_RefusedUnlessTheFeedKeepsSummaries()
    {
        ServeFeed(Rss(1));
        _server.Text("/story/1", "<html><body><article><h1>Report 1</h1><p>Subscribe to read.</p></article></body></html>");
        var strict = Store.AddFeed(_server.Url("/feed"), TimeSpan.FromMinutes(15), true, false, _clock.GetUtcNow()).Value;

        var refused = await Poller().PollAsync(strict);
        Store.RemoveFeed(strict.Id);
        var lenient = Store.AddFeed(_server.Url("/feed"), TimeSpan.FromMinutes(15), true, keepSummaries: true, _clock.GetUtcNow()).Value;
        var kept = await Poller().PollAsync(lenient);

        Assert.Contains("keep-summaries", Assert.Single(refused.Items).Message, StringComparison.Ordinal);
        Assert.Contains("kept the feed's summary", Assert.Single(kept.Items).Message, StringComparison.Ordinal);
        Assert.Equal(1, Store.DocumentCount);
    }

    [Fact]
    public async Task Poll_ItemWithoutALink_SkippedWithItsStatusAndNotRetried()
    {
        ServeFeed("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>W</title><item><guid isPermaLink=\"false\">item-7</guid><title>Report 7</title><description>Text only.</description></item></channel></rss>");
        var feed = Store.AddFeed(_server.Url("/feed"), TimeSpan.FromMinutes(15), true, false, _clock.GetUtcNow()).Value;

        var first = await Poller().PollAsync(feed);
        Store.RecordPoll(feed.Id, new Dashboard.Store.Feeds.FeedPollRecord(null, null, null, _clock.GetUtcNow(), _clock.GetUtcNow(), 0, null)); // forget the ETag
        var second = await Poller().PollAsync(Store.FindFeed(feed.Id)!);

        Assert.Contains("has no web link to fetch", Assert.Single(first.Items).Message, StringComparison.Ordinal);
        Assert.Empty(second.Items);
    }

    [Fact]
    public async Task Poll_JsonFeed_ItemsTaken()
    {
        var json = $$"""{"version":"https://jsonfeed.org/version/1.1","title":"Example JSON","items":[{"id":"1","url":"{{_server.Url("/story/1")}}","title":"Report 1","date_published":"2022-01-03T10:00:00Z"}]}""";
        ServeFeed(json, "application/feed+json");
        _server.Text("/story/1", Article("Lyon", 1));
        var feed = Store.AddFeed(_server.Url("/feed"), TimeSpan.FromMinutes(15), true, false, _clock.GetUtcNow()).Value;

        var outcome = await Poller().PollAsync(feed);

        Assert.Equal(1, outcome.Taken);
    }

    [Fact]
    public async Task IngestUrl_ChangedArticleAtTheSameAddress_ReplacesTheOldVersion()
    {
        _server.Text("/story/1", Article("Lyon", 1));
        var first = await Ingestor.IngestAsync(_server.Url("/story/1"));
        _server.Text("/story/1", Article("Lyon", 1).Replace("12 people", "15 people", StringComparison.Ordinal));

        var second = await Ingestor.IngestAsync(_server.Url("/story/1"));
        var third = await Ingestor.IngestAsync(_server.Url("/story/1"));

        Assert.Equal((SaveOutcome.Added, SaveOutcome.Replaced, SaveOutcome.Unchanged), (first.Outcome!.Value, second.Outcome!.Value, third.Outcome!.Value));
        Assert.Equal(1, Store.DocumentCount);
        Assert.Contains("15 people", Assert.Single(Store.LoadAll()).Document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IngestUrl_PageWithMenusBannersRelatedAndComments_OnlyTheArticlesPlacesAreStored()
    {
        var page = Article("Lyon", 1)
            .Replace("<body>", "<body><nav><a href='/p'>Paris</a> <a href='/b'>Berlin</a> <a href='/t'>Tokyo</a></nav><div id='cookie-consent'>Our offices in Madrid use cookies.</div>", StringComparison.Ordinal)
            .Replace("</article>", "</article><aside class='related'><a href='/x'>Floods in Jakarta</a></aside><section class='comments'><p>Greetings from Chicago!</p></section>", StringComparison.Ordinal);
        _server.Text("/story/menus", page);

        var result = await Ingestor.IngestAsync(_server.Url("/story/menus"));

        Assert.True(result.Succeeded, result.Error);
        var stored = Assert.Single(Store.LoadAll());
        var places = stored.Extraction.Places.Select(p => p.Mention.Surface).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("Lyon", places);
        Assert.Empty(places.Intersect(["Paris", "Berlin", "Tokyo", "Madrid", "Jakarta", "Chicago"]));
    }

    [Fact]
    public async Task IngestUrl_Unreachable_RefusedNamingTheAddress()
    {
        var result = await Ingestor.IngestAsync(_server.Url("/missing"));

        Assert.False(result.Succeeded);
        Assert.StartsWith(_server.Url("/missing").ToString(), result.Message, StringComparison.Ordinal);
        Assert.Equal(0, Store.DocumentCount);
    }
}
