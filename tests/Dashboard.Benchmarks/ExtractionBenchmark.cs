using BenchmarkDotNet.Attributes;
using Dashboard.Extraction.Pipeline;
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

    [GlobalSetup]
    public void Setup()
    {
        var root = DataRoot.Locate().Value;
        _pipeline = NewsPipeline.Create(GeoData.Load(root).Value).Value;
        _articles = CorpusManifest.Load(root.CorpusFolder).Value.Documents.Select(d => d.Text).ToArray();
    }

    [Benchmark(Description = "places: one article (mean of the demo corpus)", OperationsPerInvoke = 2)]
    public int ExtractPlaces()
    {
        var count = 0;
        foreach (var article in _articles)
        {
            count += _pipeline.Extract(article).Places.Count;
        }

        return count;
    }
}
