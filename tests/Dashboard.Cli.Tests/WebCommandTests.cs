using System.Text.Json;
using Dashboard.Tests.Web;

namespace Dashboard.Cli.Tests;

/// <summary>ingest and extract by URL, and the feeds commands, against a server on 127.0.0.1 and a data folder of the test's own.</summary>
public sealed class WebCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dashboard-cli-web-").FullName;
    private readonly LocalServer _server = new();

    private string Data => Path.Combine(_folder, "data");

    public void Dispose()
    {
        _server.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // The OS cleans temp folders.
        }
    }

    private static string Article(string city) => $"""
        <html><head><meta property="og:site_name" content="Example Wire"><meta property="article:published_time" content="2022-01-06T09:00:00Z"></head>
        <body><nav>Home | World</nav><article><h1>Unrest in {city}</h1>
        {string.Concat(Enumerable.Repeat($"<p>Protesters gathered in {city} on Wednesday and police detained 40 people near the main square, the interior ministry said.</p>", 5))}
        </article></body></html>
        """;

    [Fact]
    public async Task Extract_Url_DocumentCarriesTheCleanedTextAndPageMetadata()
    {
        _server.Text("/world/unrest", Article("Lyon"));

        var (code, stdout, stderr) = await CliRunner.RunAsync("extract", _server.Url("/world/unrest").ToString());

        Assert.True(code == 0, stderr);
        var document = JsonDocument.Parse(stdout).RootElement.GetProperty("document");
        Assert.Equal(("Unrest in Lyon", "Example Wire", "2022-01-06", "metatag"),
            (document.GetProperty("title").GetString(), document.GetProperty("outlet").GetString(), document.GetProperty("published").GetString(), document.GetProperty("published_from").GetString()));
        Assert.StartsWith("Unrest in Lyon\n\nProtesters gathered", document.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Home | World", document.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_UrlGoodAndMissing_ReportsEachAndExitsNonZero()
    {
        _server.Text("/world/unrest", Article("Lyon"));

        var (code, stdout, stderr) = await CliRunner.RunAsync("ingest", "--data", Data, _server.Url("/world/unrest").ToString(), _server.Url("/gone").ToString());

        Assert.Equal(1, code);
        Assert.Contains("/world/unrest: added", stdout, StringComparison.Ordinal);
        Assert.Contains("/gone: the server answered 404", stderr, StringComparison.Ordinal);
        Assert.Contains("1 documents in", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feeds_AddPollListRemove_OneLinePerItem()
    {
        _server.Text("/feed.xml", $"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Example Wire</title><item><title>Unrest</title><link>{_server.Url("/world/unrest")}</link></item><item><title>Gone</title><link>{_server.Url("/gone")}</link></item></channel></rss>", "application/rss+xml")
            .Text("/world/unrest", Article("Lyon"));

        var add = await CliRunner.RunAsync("feeds", "add", _server.Url("/feed.xml").ToString(), "--every", "30m", "--data", Data);
        var poll = await CliRunner.RunAsync("feeds", "poll", "--data", Data);
        var list = await CliRunner.RunAsync("feeds", "list", "--data", Data);
        var again = await CliRunner.RunAsync("feeds", "poll", "--data", Data);
        var remove = await CliRunner.RunAsync("feeds", "remove", _server.Url("/feed.xml").ToString(), "--data", Data);

        Assert.Equal(0, add.Code);
        Assert.Contains("every 30m", add.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, poll.Code); // one item refused
        Assert.Contains("/world/unrest: added", poll.Stdout, StringComparison.Ordinal);
        Assert.Contains("/gone: the server answered 404", poll.Stderr, StringComparison.Ordinal);
        Assert.Contains("1 new articles, 1 refused", poll.Stdout, StringComparison.Ordinal);
        Assert.Contains("Example Wire  every 30m", list.Stdout, StringComparison.Ordinal);
        Assert.Contains("1 taken", list.Stdout, StringComparison.Ordinal);
        Assert.Contains("0 feeds polled", again.Stdout, StringComparison.Ordinal); // not due again for 30 minutes
        Assert.Equal(0, remove.Code);
    }

    [Theory]
    [InlineData("feeds")]
    [InlineData("feeds add")]
    [InlineData("feeds add http://x --every soon")]
    [InlineData("feeds frobnicate")]
    public async Task Feeds_BadArguments_UsageError(string line) =>
        Assert.Equal(64, (await CliRunner.RunAsync([.. line.Split(' '), "--data", Data])).Code);

    [Fact]
    public async Task Feeds_AddSameTwice_RefusedWithOneLine()
    {
        await CliRunner.RunAsync("feeds", "add", "https://news.example.org/rss", "--data", Data);

        var (code, _, stderr) = await CliRunner.RunAsync("feeds", "add", "https://news.example.org/rss", "--data", Data);

        Assert.Equal((1, "https://news.example.org/rss: already followed."), (code, stderr.Trim()));
    }
}
