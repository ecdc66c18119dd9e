using BenchmarkDotNet.Attributes;
using Dashboard.Core.Documents;
using Dashboard.Extraction.Dates;
using Dashboard.Extraction.Pipeline;
using Dashboard.Extraction.Prepare;
using Dashboard.Geo;
using Dashboard.Geo.Data;
using Dashboard.Store.Corpus;

namespace Dashboard.Benchmarks;

/// <summary>
/// Extraction per article, one thread, stage by stage, over the demo corpus (about 700 and 1,000 words) or — with
/// DASHBOARD_BENCH_JSONL=path/to/geowebnews.jsonl — over that corpus's texts, which stay outside the repository.
/// Targets: places (recognise + resolve) ≥ 3,000 articles/s; the whole pipeline ≥ 1,000 articles/s.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class ExtractionBenchmark
{
    /// <summary>Articles per invocation, taken in turn from the corpus so that every article counts.</summary>
    private const int Batch = 20;

    private NewsPipeline _pipeline = null!;
    private string[] _articles = [];
    private PreparedDocument[] _prepared = [];
    private IReadOnlyList<Dashboard.Core.Places.ResolvedPlace>[] _places = [];
    private IReadOnlyList<Dashboard.Core.Events.Actor>[] _actors = [];
    private IReadOnlyList<Dashboard.Core.Time.TimeExpression>[] _dates = [];
    private IReadOnlyList<Dashboard.Core.Events.Quantity>[] _quantities = [];
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var root = DataRoot.Locate().Value;
        _pipeline = NewsPipeline.Create(GeoData.Load(root).Value).Value;
        var jsonl = Environment.GetEnvironmentVariable("DASHBOARD_BENCH_JSONL");
        _articles = string.IsNullOrEmpty(jsonl)
            ? CorpusManifest.Load(root.CorpusFolder).Value.Documents.Select(d => d.Text).ToArray()
            : File.ReadLines(jsonl).Where(l => l.Length > 0)
                .Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!).ToArray();
        _prepared = _articles.Select(DocumentPreparer.Prepare).ToArray();
        var results = _articles.Select(a => _pipeline.Extract(a, new DateOnly(2022, 1, 11))).ToArray();
        _places = results.Select(r => r.Places).ToArray();
        _actors = results.Select(r => r.Actors).ToArray();
        _dates = results.Select(r => r.Dates).ToArray();
        _quantities = results.Select(r => r.Quantities).ToArray();
    }

    [Benchmark(Description = "stage: prepare", OperationsPerInvoke = Batch)]
    public int Prepare() => Run(i => DocumentPreparer.Prepare(_articles[i]).Passages.Count);

    [Benchmark(Description = "stage: recognise places", OperationsPerInvoke = Batch)]
    public int Recognise() => Run(i => _pipeline.Recognizer.Recognise(_prepared[i]).Count);

    [Benchmark(Description = "stage: recognise + resolve places", OperationsPerInvoke = Batch)]
    public int Resolve() => Run(i => _pipeline.Resolver.Resolve(_prepared[i], _pipeline.Recognizer.Recognise(_prepared[i])).Count);

    [Benchmark(Description = "stage: dates", OperationsPerInvoke = Batch)]
    public int Dates() => Run(i => DateRecognizer.Recognise(_prepared[i], new DateOnly(2022, 1, 11)).Count);

    [Benchmark(Description = "stage: actors", OperationsPerInvoke = Batch)]
    public int Actors() => Run(i => _pipeline.Actors.Recognise(_prepared[i], _places[i]).Count);

    [Benchmark(Description = "stage: quantities", OperationsPerInvoke = Batch)]
    public int Quantities() => Run(i => _pipeline.Quantities.Recognise(_prepared[i]).Count);

    [Benchmark(Description = "stage: events", OperationsPerInvoke = Batch)]
    public int Events() => Run(i => _pipeline.Events.Extract(_prepared[i], _places[i], _actors[i], _dates[i], _quantities[i]).Count);

    [Benchmark(Description = "whole pipeline", OperationsPerInvoke = Batch)]
    public int Whole() => Run(i => _pipeline.Extract(_articles[i], new DateOnly(2022, 1, 11)).Places.Count);

    private int Run(Func<int, int> work)
    {
        var total = 0;
        for (var k = 0; k < Batch; k++)
        {
            total += work(_next);
            _next = (_next + 1) % _articles.Length;
        }

        return total;
    }
}
