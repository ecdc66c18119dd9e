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
/// Recognition + resolution over the demo corpus's articles (about 700 and 1,000 words), one thread.
/// Target ≥ 3,000 articles/s per core: articles/s = 1 s / (mean per article).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class ExtractionBenchmark
{
    private NewsPipeline _pipeline = null!;
    private string[] _articles = [];
    private PreparedDocument[] _prepared = [];

    [GlobalSetup]
    public void Setup()
    {
        var root = DataRoot.Locate().Value;
        _pipeline = NewsPipeline.Create(GeoData.Load(root).Value).Value;
        _articles = CorpusManifest.Load(root.CorpusFolder).Value.Documents.Select(d => d.Text).ToArray();
        _prepared = _articles.Select(DocumentPreparer.Prepare).ToArray();
    }

    [Benchmark(Description = "stage: prepare", OperationsPerInvoke = 2)]
    public int Prepare() => _articles.Sum(a => DocumentPreparer.Prepare(a).Passages.Count);

    [Benchmark(Description = "stage: recognise places", OperationsPerInvoke = 2)]
    public int Recognise() => _prepared.Sum(d => _pipeline.Recognizer.Recognise(d).Count);

    [Benchmark(Description = "stage: recognise + resolve places", OperationsPerInvoke = 2)]
    public int Resolve() => _prepared.Sum(d => _pipeline.Resolver.Resolve(d, _pipeline.Recognizer.Recognise(d)).Count);

    [Benchmark(Description = "stage: dates", OperationsPerInvoke = 2)]
    public int Dates() => _prepared.Sum(d => DateRecognizer.Recognise(d, new DateOnly(2022, 1, 11)).Count);

    [Benchmark(Description = "whole pipeline: one article (mean of the demo corpus)", OperationsPerInvoke = 2)]
    public int ExtractPlaces()
    {
        var count = 0;
        foreach (var article in _articles)
        {
            count += _pipeline.Extract(article, new DateOnly(2022, 1, 11)).Places.Count;
        }

        return count;
    }
}
