using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Dashboard.Cli.Commands;

/// <summary>
/// <c>extract [--published YYYY-MM-DD] [--out DIR] [--no-robots] FILE|URL…</c>: one JSON document per file or address, to
/// stdout for a single one without --out, else to DIR/&lt;name&gt;.json. A URL is fetched and its article read; its
/// <c>document</c> then carries the cleaned <c>text</c> the offsets index, <c>title</c>, <c>outlet</c>, <c>url</c>,
/// <c>published</c> and <c>published_from</c>. An unreadable item is reported and the others are still processed.
/// </summary>
internal sealed class ExtractCommand : ICommand
{
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string Name => "extract";

    public string Summary => "extract [--published YYYY-MM-DD] [--out DIR] [--no-robots] FILE|URL...: places, actors, dates and events in each article, as JSON";

    public async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        DateOnly? published = null;
        string? outDir = null;
        var honourRobots = true;
        var files = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--published" when i + 1 < args.Length:
                    if (!DateOnly.TryParseExact(args[++i], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                    {
                        await stderr.WriteLineAsync($"--published '{args[i]}' is not a date in the form YYYY-MM-DD.");
                        return ExitCodes.Usage;
                    }

                    published = date;
                    break;
                case "--out" when i + 1 < args.Length:
                    outDir = args[++i];
                    break;
                case "--no-robots":
                    honourRobots = false;
                    break;
                default:
                    if (args[i].StartsWith("--", StringComparison.Ordinal))
                    {
                        await stderr.WriteLineAsync($"Unknown or incomplete option '{args[i]}'.");
                        return ExitCodes.Usage;
                    }

                    files.Add(args[i]);
                    break;
            }
        }

        if (files.Count == 0)
        {
            await stderr.WriteLineAsync("extract needs at least one FILE or URL.");
            return ExitCodes.Usage;
        }

        var pipeline = PipelineLoader.Load();
        if (!pipeline.IsSuccess)
        {
            await stderr.WriteLineAsync(pipeline.Error);
            return ExitCodes.DataMissing;
        }

        var toStdout = files.Count == 1 && outDir is null;
        outDir ??= Directory.GetCurrentDirectory();
        var failed = 0;
        using var fetcher = WebSources.Fetcher(honourRobots);
        var articles = new Dashboard.Feeds.Articles.ArticleFetcher(fetcher);
        foreach (var file in files)
        {
            if (WebSources.IsUrl(file))
            {
                var page = Uri.TryCreate(file, UriKind.Absolute, out var address)
                    ? await articles.FetchAsync(address, honourRobots)
                    : Dashboard.Core.Results.Result<Dashboard.Feeds.Articles.WebArticle>.Failure($"{file}: not a valid address.");
                if (!page.IsSuccess)
                {
                    await stderr.WriteLineAsync(page.Error);
                    failed++;
                    continue;
                }

                var day = published ?? page.Value.Published;
                if (pipeline.Value.ExtractWithin(Budget, page.Value.Text, day) is not { } fromPage)
                {
                    await stderr.WriteLineAsync(OverBudget(file));
                    failed++;
                    continue;
                }

                var metadata = new Dashboard.Feeds.Articles.PageMetadata(page.Value.Title, page.Value.Outlet, page.Value.Url, page.Value.Published, page.Value.PublishedFrom);
                await EmitAsync(fromPage, page.Value.Title, day, true, metadata, UrlFileName(page.Value.Url));
                continue;
            }

            var text = TextFileReader.Read(file);
            if (!text.IsSuccess)
            {
                await stderr.WriteLineAsync($"{file}: {text.Error}");
                failed++;
                continue;
            }

            // HTML is read with a real parser; offsets then index the article text it yields, printed as document.text.
            var isHtml = Path.GetExtension(file).ToLowerInvariant() is ".html" or ".htm";
            if (isHtml && Dashboard.Extraction.Prepare.HtmlNesting.Exceeds(text.Value))
            {
                await stderr.WriteLineAsync($"{file}: the page nests elements more than {Dashboard.Extraction.Prepare.HtmlNesting.MaxDepth} levels deep; it is not read.");
                failed++;
                continue;
            }

            var articleText = isHtml ? Dashboard.Extraction.Prepare.HtmlArticle.ToText(text.Value) : text.Value;
            var saved = isHtml ? Dashboard.Feeds.Articles.WebArticleReader.ReadMetadata(text.Value) : null;
            var fileDay = published ?? saved?.Published;
            if (pipeline.Value.ExtractWithin(Budget, articleText, fileDay) is not { } result)
            {
                await stderr.WriteLineAsync(OverBudget(file));
                failed++;
                continue;
            }

            await EmitAsync(result, null, fileDay, isHtml, saved, Path.GetFileNameWithoutExtension(file));
        }

        return failed == 0 ? ExitCodes.Ok : ExitCodes.Failed;

        async Task EmitAsync(Dashboard.Core.Extraction.ExtractionResult result, string? title, DateOnly? day, bool includeText, Dashboard.Feeds.Articles.PageMetadata? page, string name)
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
            {
                ExtractionJson.Write(writer, result, title, day, includeText, page);
            }

            var json = Encoding.UTF8.GetString(buffer.ToArray());
            if (toStdout)
            {
                await stdout.WriteLineAsync(json);
            }
            else
            {
                Directory.CreateDirectory(outDir);
                await File.WriteAllTextAsync(Path.Combine(outDir, name + ".json"), json + "\n");
            }
        }
    }

    /// <summary>One document's extraction budget (as for ingest).</summary>
    private static readonly TimeSpan Budget = Dashboard.Store.Ingest.IngestLimits.DefaultExtractionBudget;

    private static string OverBudget(string name) =>
        $"{name}: extraction took longer than its budget of {Budget.TotalSeconds:0.#} s and was stopped (split the document).";

    /// <summary>A file name for an address: its host and path, with anything but letters and digits as "-".</summary>
    private static string UrlFileName(Uri url)
    {
        var name = new string([.. (url.Host + url.AbsolutePath).Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]).Trim('-');
        return name.Length > 120 ? name[..120] : name;
    }
}
