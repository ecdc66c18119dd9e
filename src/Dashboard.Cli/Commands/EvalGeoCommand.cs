using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Dashboard.Core.Geography;
using Dashboard.Core.Places;

namespace Dashboard.Cli.Commands;

/// <summary>
/// <c>eval-geo GOLD.jsonl</c>: scores the geoparser against GeoWebNews-format annotations (see shared/eval/README.md):
/// recognition P/R/F1 on exact spans, accuracy@161 km, AUC and same-unit accuracy over recognised geocodable toponyms,
/// end-to-end accuracy, for literal, associative and all toponyms; and documents per second.
/// </summary>
internal sealed class EvalGeoCommand : ICommand
{
    /// <summary>Passes before the timed one, so that tiered JIT has optimised the hot code.</summary>
    private const int WarmUpPasses = 3;

    public string Name => "eval-geo";

    public string Summary => "eval-geo GOLD.jsonl: score recognition and resolution against GeoWebNews-format annotations";

    public async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        string? errorsPath = null;
        if (args.Length == 3 && args[1] == "--errors")
        {
            errorsPath = args[2];
            args = args[..1];
        }

        if (args.Length != 1)
        {
            await stderr.WriteLineAsync("usage: eval-geo GOLD.jsonl [--errors FILE] (e.g. ../shared/eval/geowebnews.jsonl); --errors writes every miss as TSV.");
            return ExitCodes.Usage;
        }

        if (!File.Exists(args[0]))
        {
            await stderr.WriteLineAsync($"{args[0]}: no such file.");
            return ExitCodes.DataMissing;
        }

        var pipeline = PipelineLoader.Load();
        if (!pipeline.IsSuccess)
        {
            await stderr.WriteLineAsync(pipeline.Error);
            return ExitCodes.DataMissing;
        }

        var units = GoldUnits.Load(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(args[0]))!, "geonames-regions.tsv"));
        var score = new GeoScore(errorsPath is null ? null : new List<string>());
        var documents = new List<(string Id, string Text, JsonElement Toponyms)>();
        foreach (var line in File.ReadLines(args[0]))
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                var root = JsonDocument.Parse(line).RootElement;
                var id = root.TryGetProperty("id", out var idElement) ? idElement.ToString() : documents.Count.ToString(CultureInfo.InvariantCulture);
                documents.Add((id, root.GetProperty("text").GetString() ?? string.Empty, root.GetProperty("toponyms")));
            }
        }

        // The first pass scores; after a few more warm-up passes one is timed, so the figure is steady-state throughput.
        foreach (var (id, text, toponyms) in documents)
        {
            score.Add(id, text, toponyms, pipeline.Value.Extract(text).Places, units);
        }

        for (var pass = 0; pass < WarmUpPasses; pass++)
        {
            foreach (var (_, text, _) in documents)
            {
                pipeline.Value.Extract(text);
            }
        }

        var clock = Stopwatch.StartNew();
        foreach (var (_, text, _) in documents)
        {
            pipeline.Value.Extract(text);
        }

        clock.Stop();
        await score.PrintAsync(stdout);
        if (errorsPath is not null)
        {
            await File.WriteAllLinesAsync(errorsPath, score.Errors!);
            await stdout.WriteLineAsync($"errors written to {errorsPath}");
        }

        await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"throughput: {documents.Count} documents in {clock.Elapsed.TotalSeconds:F2} s = {documents.Count / Math.Max(1e-9, clock.Elapsed.TotalSeconds):F0} documents/s (one thread, whole pipeline without publication dates, a rough stopwatch; use the benchmarks for figures)"));
        return ExitCodes.Ok;
    }
}
