using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Dashboard.Extraction.Pipeline;
using Dashboard.Feeds.Articles;
using Dashboard.Feeds.Fetch;
using Dashboard.Feeds.Ingest;
using Dashboard.Feeds.Polling;
using Dashboard.Geo;
using Dashboard.Geo.Data;
using Dashboard.Store.Ingest;
using Dashboard.Store.Sqlite;
using Dashboard.Tests.Web;

namespace Dashboard.Benchmarks;

/// <summary>
/// Following the news, measured against a server on 127.0.0.1 that serves real texts (such as GeoWebNews) as news pages
/// with the furniture of real sites: a menu naming places, a cookie banner, a share bar, related stories, comments,
/// JSON-LD and og: tags. Prints fetch → clean → extract → store throughput, the share of furniture words kept out of the
/// stored text, and the cost of polling 50 feeds that have nothing new (conditional requests answered 304).
/// <code>dotnet run -c Release --project tests/Dashboard.Benchmarks -- feeds --jsonl FILE [--articles 200] [--feeds 50]</code>
/// </summary>
internal static class FeedsBenchmark
{
    private static readonly string[] Furniture =
    [
        "Home World Europe Asia Americas Africa Middle East Business Markets Sport Culture Opinion Paris London Tokyo New York Berlin",
        "We use cookies to personalise content and ads and to analyse our traffic in Madrid and Lisbon. Accept all cookies or manage preferences.",
        "Share this story on Facebook Twitter WhatsApp LinkedIn Email",
        "Related stories: Markets rally in Sydney as rates hold. Floods in Jakarta displace thousands. Elections loom in Lagos.",
        "Comments: A reader from Chicago says this is a great piece. Another from Toronto disagrees strongly with the author.",
        "Sign up for our newsletter to get the day's top stories from Nairobi, Delhi and Mexico City in your inbox.",
    ];

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var jsonl = Option(args, "--jsonl");
        if (jsonl is null || !File.Exists(jsonl))
        {
            await output.WriteLineAsync("feeds: --jsonl FILE (JSON lines with a \"text\" field, e.g. ../shared/eval/geowebnews.jsonl) is required.");
            return 64;
        }

        var articles = int.Parse(Option(args, "--articles") ?? "200", CultureInfo.InvariantCulture);
        var feedCount = int.Parse(Option(args, "--feeds") ?? "50", CultureInfo.InvariantCulture);
        var texts = File.ReadLines(jsonl).Select(l => JsonDocument.Parse(l).RootElement)
            .Select(e => (Title: e.TryGetProperty("title", out var t) ? t.GetString() ?? "Untitled" : "Untitled", Text: e.GetProperty("text").GetString() ?? string.Empty))
            .Where(t => t.Text.Length > 600).Take(articles).ToList();
        using var server = new LocalServer();
        for (var i = 0; i < texts.Count; i++)
        {
            server.Text($"/news/2024/03/{1 + (i % 28):00}/story-{i}", Page(texts[i].Title, texts[i].Text, i));
        }

        var pipeline = NewsPipeline.Create(GeoData.Load(DataRoot.Locate(null).Value).Value).Value;
        var folder = Directory.CreateTempSubdirectory("dashboard-feeds-bench-").FullName;
        try
        {
            var store = SqliteStore.Open(folder).Value;
            using var fetcher = new WebFetcher(new FetchOptions(allowPrivateNetworks: true, honourRobots: false));
            var ingestor = new UrlIngestor(new ArticleFetcher(fetcher), new DocumentIngestor(store, pipeline, new IngestLimits(), TimeProvider.System));

            // Warm up the fetcher and the pipeline on one page, then time the rest one after another, as the poller does.
            await ingestor.IngestAsync(server.Url("/news/2024/03/01/story-0"));
            var clock = Stopwatch.StartNew();
            var failed = new List<string>();
            for (var i = 1; i < texts.Count; i++)
            {
                var result = await ingestor.IngestAsync(server.Url($"/news/2024/03/{1 + (i % 28):00}/story-{i}"));
                if (!result.Succeeded)
                {
                    failed.Add(result.Message);
                }
            }

            clock.Stop();
            await output.WriteLineAsync($"fetch → clean → extract → store, {texts.Count - 1} pages one after another: {(texts.Count - 1) / clock.Elapsed.TotalSeconds:F1} articles/s ({clock.Elapsed.TotalMilliseconds / (texts.Count - 1):F1} ms each), {failed.Count} refused{(failed.Count > 0 ? ", e.g. " + failed[0] : string.Empty)}");

            // Where the time goes, on the same pages: reading (SmartReader + metadata) alone.
            var pages = Enumerable.Range(0, texts.Count).Select(i => Page(texts[i].Title, texts[i].Text, i)).ToList();
            clock.Restart();
            foreach (var page in pages)
            {
                WebArticleReader.Read(new Uri("http://127.0.0.1/news/2024/03/01/x"), page);
            }

            clock.Stop();
            await output.WriteLineAsync($"  of which reading the page (SmartReader and metadata): {clock.Elapsed.TotalMilliseconds / pages.Count:F1} ms per page");
            clock.Restart();
            for (var i = 1; i < texts.Count; i++)
            {
                await fetcher.FetchAsync(server.Url($"/news/2024/03/{1 + (i % 28):00}/story-{i}"), FetchKind.Page);
            }

            clock.Stop();
            await output.WriteLineAsync($"  of which fetching from the local server: {clock.Elapsed.TotalMilliseconds / (texts.Count - 1):F1} ms per page");

            // Furniture words kept out of the stored text: each block of furniture is either in the text or not.
            var stored = string.Join("\n", store.LoadAll().Select(d => d.Document.Text));
            var words = Furniture.Sum(f => f.Split(' ').Length);
            var kept = Furniture.Where(f => stored.Contains(f[..Math.Min(40, f.Length)], StringComparison.Ordinal)).Sum(f => f.Split(' ').Length);
            await output.WriteLineAsync($"furniture words excluded from the stored text: {100.0 * (words - kept) / words:F1}% ({words - kept} of {words} per page)");

            // Poll overhead: feeds whose items are all known, answered 304 once polled.
            for (var f = 0; f < feedCount; f++)
            {
                var feedPath = $"/feeds/{f}.xml";
                var body = Encoding.UTF8.GetBytes($"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Feed {f}</title><item><title>Story</title><link>{server.Url($"/news/2024/03/{1 + (f % texts.Count % 28):00}/story-{f % texts.Count}")}</link></item></channel></rss>");
                server.On(feedPath, async c =>
                {
                    if (c.Request.Headers["If-None-Match"] == "\"same\"")
                    {
                        c.Response.StatusCode = (int)HttpStatusCode.NotModified;
                        return;
                    }

                    c.Response.ContentType = "application/rss+xml";
                    c.Response.Headers["ETag"] = "\"same\"";
                    await c.Response.Body.WriteAsync(body);
                });
                store.AddFeed(server.Url(feedPath), TimeSpan.FromMinutes(1), false, false, DateTimeOffset.UtcNow.AddMinutes(-1));
            }

            var poller = new FeedPoller(store, fetcher, ingestor, new FeedPollOptions(), TimeProvider.System);
            await poller.PollDueAsync();
            foreach (var feed in store.Feeds())
            {
                store.MakeDue(feed.Id, DateTimeOffset.UtcNow.AddMinutes(-1));
            }

            clock.Restart();
            var outcomes = await poller.PollDueAsync();
            clock.Stop();
            await output.WriteLineAsync($"poll {outcomes.Count} feeds with nothing new: {clock.Elapsed.TotalMilliseconds:F0} ms in all, {clock.Elapsed.TotalMilliseconds / Math.Max(1, outcomes.Count):F1} ms per feed ({outcomes.Count(o => o.NotModified)} answered 304)");
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Page(string headline, string text, int i)
    {
        // Paragraphs as the text has them; a text without line breaks is cut after every third sentence.
        var paragraphs = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (paragraphs.Length < 3)
        {
            paragraphs = [.. System.Text.RegularExpressions.Regex.Split(text, @"(?<=[.!?])\s+(?=[A-Z])").Chunk(3).Select(c => string.Join(' ', c))];
        }

        var title = WebUtility.HtmlEncode(headline);
        var body = string.Concat(paragraphs.Select(p => $"<p>{WebUtility.HtmlEncode(p)}</p>"));
        var day = (1 + (i % 28)).ToString("00", CultureInfo.InvariantCulture);
        var jsonLd = "{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-03-" + day + "T08:00:00Z\",\"publisher\":{\"@type\":\"Organization\",\"name\":\"Example Wire\"}}";
        return $$"""
            <!doctype html><html><head><title>{{title}} | Example Wire</title>
            <meta property="og:site_name" content="Example Wire"><meta property="og:title" content="{{title}}">
            <script type="application/ld+json">{{jsonLd}}</script></head>
            <body><header class="masthead"><nav class="menu">{{Furniture[0]}}</nav></header>
            <div id="cookie-consent" class="cookie-banner"><p>{{Furniture[1]}}</p><button>Accept</button></div>
            <main><article><h1>{{title}}</h1><div class="share-bar">{{Furniture[2]}}</div>{{body}}</article>
            <aside class="related"><p>{{Furniture[3]}}</p></aside>
            <section id="comments"><p>{{Furniture[4]}}</p></section>
            <div class="newsletter-signup"><p>{{Furniture[5]}}</p></div></main>
            <footer><p>© Example Wire. All rights reserved.</p></footer></body></html>
            """;
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
