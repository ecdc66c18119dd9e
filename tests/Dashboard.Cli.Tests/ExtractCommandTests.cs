using System.Text.Json;

namespace Dashboard.Cli.Tests;

public sealed class ExtractCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("dashboard-extract-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task Extract_OneFile_PrintsTheContractFieldsToStdout()
    {
        var file = Write("a.txt", "A headline\n\nTroops arrived in Lyon on Sunday after leaving Marseille.\n");

        var (code, stdout, stderr) = await CliRunner.RunAsync("extract", "--published", "2022-01-11", file);

        Assert.True(code == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal("2022-01-11", root.GetProperty("document").GetProperty("published").GetString());
        Assert.Equal(70, root.GetProperty("document").GetProperty("length").GetInt32());
        Assert.Equal(2, root.GetProperty("passages").GetArrayLength());
        var lyon = root.GetProperty("places").EnumerateArray().Single(p => p.GetProperty("surface").GetString() == "Lyon");
        foreach (var field in new[] { "start", "end", "passage", "literal", "name", "kind", "precision", "country", "lat", "lon", "geonamesId", "confidence", "geometry" })
        {
            Assert.True(lyon.TryGetProperty(field, out _), $"missing field {field}");
        }

        Assert.Equal("city", lyon.GetProperty("kind").GetString());
        Assert.Equal("FR", lyon.GetProperty("country").GetString());
        Assert.Equal("point", lyon.GetProperty("geometry").GetString());
        Assert.Equal("2022-01-09", root.GetProperty("dates")[0].GetProperty("date").GetString());
    }

    [Fact]
    public async Task Extract_BadFileAmongGood_ReportsItAndStillWritesTheOthers()
    {
        var good = Write("good.txt", "Flooding hit Lagos.");
        var binary = Write("binary.txt", "abc\0def");
        var output = Path.Combine(_folder.FullName, "out");

        var (code, _, stderr) = await CliRunner.RunAsync("extract", "--out", output, Path.Combine(_folder.FullName, "missing.txt"), binary, good);

        Assert.Equal(1, code);
        Assert.Contains("missing.txt: no such file", stderr, StringComparison.Ordinal);
        Assert.Contains("binary", stderr, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(output, "good.json")));
        Assert.False(File.Exists(Path.Combine(output, "binary.json")));
    }

    [Fact]
    public async Task Extract_HtmlFile_ParsesItAndOffsetsIndexThePrintedText()
    {
        var file = Write("page.html", "<html><body><nav>Menu</nav><article><h1>Storm</h1><p>Rain fell on <b>Manila</b>.</p></article></body></html>");

        var (code, stdout, stderr) = await CliRunner.RunAsync("extract", file);

        Assert.True(code == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var text = json.RootElement.GetProperty("document").GetProperty("text").GetString()!;
        var manila = json.RootElement.GetProperty("places").EnumerateArray().Single();
        Assert.Equal("Manila", text[manila.GetProperty("start").GetInt32()..manila.GetProperty("end").GetInt32()]);
        Assert.DoesNotContain("Menu", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_HtmlFileWithMetadata_DocumentHasOutletUrlAndTheDatesSource()
    {
        var file = Write("saved.html", """
            <html><head><meta property="og:site_name" content="Example Wire"><link rel="canonical" href="https://news.example.org/storm">
            <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2022-09-25T06:00:00Z"}</script></head>
            <body><article><h1>Storm</h1><p>Rain fell on Manila on Sunday.</p></article></body></html>
            """);

        var (code, stdout, stderr) = await CliRunner.RunAsync("extract", file);

        Assert.True(code == 0, stderr);
        var document = JsonDocument.Parse(stdout).RootElement.GetProperty("document");
        Assert.Equal(("Example Wire", "https://news.example.org/storm", "2022-09-25", "jsonld"),
            (document.GetProperty("outlet").GetString(), document.GetProperty("url").GetString(), document.GetProperty("published").GetString(), document.GetProperty("published_from").GetString()));
    }

    [Fact]
    public async Task Extract_DeeplyNestedHtml_RefusedWithAMessage()
    {
        var file = Write("nested.html", string.Concat(Enumerable.Repeat("<div>", 2000)) + "Manila");

        var (code, _, stderr) = await CliRunner.RunAsync("extract", file);

        Assert.Equal((1, true), (code, stderr.Contains("levels deep", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Extract_NotUtf8_RefusesWithAMessage()
    {
        var latin1 = Path.Combine(_folder.FullName, "latin1.txt");
        await File.WriteAllBytesAsync(latin1, [0x43, 0xF4, 0x74, 0x65, 0x20, 0x64, 0x27, 0x49, 0x76, 0x6F, 0x69, 0x72, 0x65]);

        var (code, _, stderr) = await CliRunner.RunAsync("extract", latin1);

        Assert.Equal(1, code);
        Assert.Contains("not valid UTF-8", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--published", "11/01/2022")]
    [InlineData("--frobnicate")]
    public async Task Extract_BadOption_ExplainsAndFails(params string[] args)
    {
        var (code, _, stderr) = await CliRunner.RunAsync(["extract", .. args, Write("a.txt", "x")]);
        Assert.Equal(64, code);
        Assert.NotEmpty(stderr);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, content);
        return path;
    }
}
