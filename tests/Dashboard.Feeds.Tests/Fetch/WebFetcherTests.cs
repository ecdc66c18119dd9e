using System.IO.Compression;
using System.Net;
using Dashboard.Feeds.Fetch;

using Dashboard.Tests.Web;

namespace Dashboard.Feeds.Tests.Fetch;

/// <summary>The fetcher against a real server on 127.0.0.1 (so private addresses are allowed except where a test refuses them).</summary>
public sealed class WebFetcherTests : IDisposable
{
    private readonly LocalServer _server = new();

    public void Dispose() => _server.Dispose();

    private static WebFetcher Fetcher(bool allowPrivate = true, bool robots = false, TimeSpan? timeout = null, long maxBytes = 1024 * 1024) =>
        new(new FetchOptions(timeout, maxBytes, allowPrivateNetworks: allowPrivate, honourRobots: robots));

    [Fact]
    public async Task Fetch_Page_BodyTypeAndValidators()
    {
        _server.On("/a", async c =>
        {
            c.Response.ContentType = "text/html; charset=utf-8";
            c.Response.Headers["ETag"] = "\"v1\"";
            await c.Response.Body.WriteAsync("<p>Hello</p>"u8.ToArray());
        });
        using var fetcher = Fetcher();

        var page = await fetcher.FetchAsync(_server.Url("/a"), FetchKind.Page);

        Assert.True(page.IsSuccess, page.Error);
        Assert.Equal(("text/html", "<p>Hello</p>", "\"v1\""), (page.Value.MediaType, page.Value.Text(), page.Value.ETag));
    }

    [Fact]
    public async Task Fetch_LoopbackInSharedMode_RefusedWithTheReason()
    {
        _server.Text("/a", "<p>Hello</p>");
        using var fetcher = Fetcher(allowPrivate: false);

        var page = await fetcher.FetchAsync(_server.Url("/a"), FetchKind.Page);

        Assert.Contains("refused", page.Error, StringComparison.Ordinal);
        Assert.Contains("AllowPrivateNetworks", page.Error, StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task Fetch_NameThatResolvesToLoopback_RefusedWhenTheConnectionIsMade()
    {
        _server.Text("/a", "<p>Hello</p>");
        using var fetcher = Fetcher(allowPrivate: false);

        var page = await fetcher.FetchAsync(new Uri($"http://localhost:{_server.Port}/a"), FetchKind.Page);

        Assert.Contains("refused: localhost resolves to a loopback", page.Error, StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task Fetch_LoopbackWithRobotsOn_RefusedForTheAddressNotForRobots()
    {
        _server.Text("/a", "<p>Hello</p>");
        using var fetcher = Fetcher(allowPrivate: false, robots: true);

        var page = await fetcher.FetchAsync(_server.Url("/a"), FetchKind.Page);

        Assert.Contains("AllowPrivateNetworks", page.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_RedirectLoop_StopsAfterFiveHops()
    {
        _server.On("/loop", c =>
        {
            c.Response.StatusCode = 302;
            c.Response.Headers.Location = "/loop";
            return Task.CompletedTask;
        });
        using var fetcher = Fetcher();

        var page = await fetcher.FetchAsync(_server.Url("/loop"), FetchKind.Page);

        Assert.Contains("more than 5 redirects", page.Error, StringComparison.Ordinal);
        Assert.Equal(6, _server.Requests.Count);
    }

    [Fact]
    public async Task Fetch_Redirect_FollowedToTheFinalAddress()
    {
        _server.On("/old", c =>
        {
            c.Response.StatusCode = 301;
            c.Response.Headers.Location = "/new";
            return Task.CompletedTask;
        }).Text("/new", "<p>Moved</p>");
        using var fetcher = Fetcher();

        var page = await fetcher.FetchAsync(_server.Url("/old"), FetchKind.Page);

        Assert.Equal(_server.Url("/new"), page.Value.FinalUri);
    }

    [Theory]
    [InlineData(404, "answered 404")]
    [InlineData(503, "answered 503")]
    public async Task Fetch_ErrorStatus_ClearMessage(int status, string expected)
    {
        _server.Text("/a", "no", status: status);
        using var fetcher = Fetcher();

        var page = await fetcher.FetchAsync(_server.Url("/a"), FetchKind.Page);

        Assert.Contains(expected, page.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_NotHtmlOrText_Refused()
    {
        _server.Text("/a.png", "PNG", "image/png");
        using var fetcher = Fetcher();

        var page = await fetcher.FetchAsync(_server.Url("/a.png"), FetchKind.Page);

        Assert.Contains("image/png, not HTML or text", page.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_GzipBomb_RefusedCountingAfterDecompression()
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(new byte[4 * 1024 * 1024]); // 4 MB of zeros: a few KB on the wire
        }

        var body = compressed.ToArray();
        _server.On("/bomb", async c =>
        {
            c.Response.ContentType = "text/html";
            c.Response.Headers["Content-Encoding"] = "gzip";
            await c.Response.Body.WriteAsync(body);
        });
        using var fetcher = Fetcher(maxBytes: 1024 * 1024);

        var page = await fetcher.FetchAsync(_server.Url("/bomb"), FetchKind.Page);

        Assert.True(body.Length < 100_000);
        Assert.Contains("counted after decompression", page.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_SlowServer_TimesOutWithAMessage()
    {
        _server.On("/slow", async c =>
        {
            await Task.Delay(3000);
            c.Response.ContentType = "text/html";
        });
        using var fetcher = Fetcher(timeout: TimeSpan.FromMilliseconds(400));

        var page = await fetcher.FetchAsync(_server.Url("/slow"), FetchKind.Page);

        Assert.Contains("timed out", page.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_NothingListening_CouldNotReach()
    {
        using var fetcher = Fetcher();
        var closed = new Uri($"http://127.0.0.1:{_server.Port + 1}/a");
        using (var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            closed = new Uri($"http://127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port}/a");
        }

        var page = await fetcher.FetchAsync(closed, FetchKind.Page);

        Assert.Contains("could not reach", page.Error, StringComparison.Ordinal);
        Assert.True(WebFetcher.IsTransient(page));
    }

    [Fact]
    public async Task Fetch_NotHttp_Refused()
    {
        using var fetcher = Fetcher();

        var page = await fetcher.FetchAsync(new Uri("file:///etc/passwd"), FetchKind.Page);

        Assert.Contains("not an http or https address", page.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_SameETag_NotModified()
    {
        _server.On("/feed", async c =>
        {
            if (c.Request.Headers["If-None-Match"] == "\"v1\"")
            {
                c.Response.StatusCode = 304;
                return;
            }

            c.Response.ContentType = "application/rss+xml";
            c.Response.Headers["ETag"] = "\"v1\"";
            await c.Response.Body.WriteAsync("<rss/>"u8.ToArray());
        });
        using var fetcher = Fetcher();
        var first = await fetcher.FetchAsync(_server.Url("/feed"), FetchKind.Feed);

        var second = await fetcher.FetchAsync(_server.Url("/feed"), FetchKind.Feed, new ConditionalRequest(first.Value.ETag, first.Value.LastModified));

        Assert.False(first.Value.NotModified);
        Assert.True(second.Value.NotModified);
    }

    [Fact]
    public async Task Fetch_RobotsDisallows_RefusedUnlessTurnedOff()
    {
        _server.Text("/robots.txt", "User-agent: *\nDisallow: /private/\n", "text/plain").Text("/private/a", "<p>Hi</p>");
        using var fetcher = Fetcher(robots: true);

        var refused = await fetcher.FetchAsync(_server.Url("/private/a"), FetchKind.Page);
        var own = await fetcher.FetchAsync(_server.Url("/private/a"), FetchKind.Page, honourRobots: false);

        Assert.Contains("robots.txt", refused.Error, StringComparison.Ordinal);
        Assert.True(own.IsSuccess, own.Error);
    }
}
