using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Dashboard.Cli.Commands;

/// <summary>
/// <c>extract [--published YYYY-MM-DD] [--out DIR] FILE…</c>: one JSON document per file, to stdout for a single file
/// without --out, else to DIR/&lt;name&gt;.json. An unreadable file is reported and the others are still processed.
/// </summary>
internal sealed class ExtractCommand : ICommand
{
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string Name => "extract";

    public string Summary => "extract [--published YYYY-MM-DD] [--out DIR] FILE...: places found in each article, as JSON";

    public async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        DateOnly? published = null;
        string? outDir = null;
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
            await stderr.WriteLineAsync("extract needs at least one FILE.");
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
        foreach (var file in files)
        {
            var text = TextFileReader.Read(file);
            if (!text.IsSuccess)
            {
                await stderr.WriteLineAsync($"{file}: {text.Error}");
                failed++;
                continue;
            }

            // HTML is read with a real parser; offsets then index the article text it yields, printed as document.text.
            var isHtml = Path.GetExtension(file).ToLowerInvariant() is ".html" or ".htm";
            var articleText = isHtml ? Dashboard.Extraction.Prepare.HtmlArticle.ToText(text.Value) : text.Value;
            var result = pipeline.Value.Extract(articleText, published);
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
            {
                ExtractionJson.Write(writer, result, null, published, includeText: isHtml);
            }

            var json = Encoding.UTF8.GetString(buffer.ToArray());
            if (toStdout)
            {
                await stdout.WriteLineAsync(json);
            }
            else
            {
                Directory.CreateDirectory(outDir);
                await File.WriteAllTextAsync(Path.Combine(outDir, Path.GetFileNameWithoutExtension(file) + ".json"), json + "\n");
            }
        }

        return failed == 0 ? ExitCodes.Ok : ExitCodes.Failed;
    }
}
