using BenchmarkDotNet.Attributes;
using Dashboard.Geo;
using Dashboard.Geo.Data;
using Dashboard.Geo.Gazetteer;

namespace Dashboard.Benchmarks;

/// <summary>Gazetteer start-up: target ≤ 1 s to load everything the app needs.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class GazetteerLoadBenchmark
{
    private DataRoot _root = null!;

    [GlobalSetup]
    public void Setup() => _root = DataRoot.Locate().Value;

    [Benchmark(Description = "gazetteer tables + name index")]
    public GeoGazetteer LoadGazetteer() => GazetteerLoader.Load(_root).Value;

    [Benchmark(Description = "everything: gazetteer, country shapes, borders")]
    public GeoData LoadAll() => GeoData.Load(_root).Value;
}
