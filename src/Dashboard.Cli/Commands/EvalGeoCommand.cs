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
    private const int WarmUpDocuments = 20;

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
        var clock = new Stopwatch();
        var documents = 0;
        foreach (var line in File.ReadLines(args[0]))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            var text = json.RootElement.GetProperty("text").GetString() ?? string.Empty;
            if (documents < WarmUpDocuments)
            {
                pipeline.Value.Extract(text); // let the JIT settle so that the figure is steady-state throughput
            }

            clock.Start();
            var result = pipeline.Value.Extract(text);
            clock.Stop();
            documents++;
            score.Add(json.RootElement.TryGetProperty("id", out var id) ? id.ToString() : documents.ToString(CultureInfo.InvariantCulture), text, json.RootElement.GetProperty("toponyms"), result.Places, units);
        }

        await score.PrintAsync(stdout);
        if (errorsPath is not null)
        {
            await File.WriteAllLinesAsync(errorsPath, score.Errors!);
            await stdout.WriteLineAsync($"errors written to {errorsPath}");
        }

        await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"throughput: {documents} documents in {clock.Elapsed.TotalSeconds:F2} s = {documents / Math.Max(1e-9, clock.Elapsed.TotalSeconds):F0} documents/s (one thread, recognition + resolution)"));
        return ExitCodes.Ok;
    }
}
