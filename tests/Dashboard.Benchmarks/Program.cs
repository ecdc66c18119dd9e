using BenchmarkDotNet.Running;
using Dashboard.Benchmarks;

// `dotnet run -c Release --project tests/Dashboard.Benchmarks -- --filter '*'` runs BenchmarkDotNet;
// `... -- retained` prints the memory the loaded gazetteer keeps and one cold load time;
// `... -- stages` prints a rough per-stage breakdown of extraction time (`stages-min [passes]`: the fastest pass per
// article, for comparing builds); `... -- profile` loops for a profiler;
// `... -- allocs` prints the types the pipeline allocates most, per article; `... -- compare OTHER/Dashboard.Benchmarks.dll`
// times this build against another in one process and checks that both extract the same.
if (args is ["retained"])
{
    RetainedMemory.Print(Console.Out);
    return 0;
}

if (args is ["allocs"])
{
    // Which types the pipeline allocates per article (runtime allocation samples), to find what to stop allocating.
    return AllocationByType.Run();
}

if (args is ["profile"])
{
    // A steady loop of whole-pipeline extractions for a profiler to attach to (dotnet-trace collect -- … profile).
    StageTimings.Loop(TimeSpan.FromSeconds(12));
    return 0;
}

if (args is ["scale", ..])
{
    // The scale benchmark: a store built from real texts in editions, then request latencies and memory.
    return ScaleBenchmark.Run(args[1..], Console.Out);
}

if (args is ["store-writes", ..])
{
    return ScaleBenchmark.StoreWrites(args[1..], Console.Out);
}

if (args is ["browser", ..])
{
    // Chromium against a running app: first map drawn, filter → updated map.
    return await BrowserTimings.RunAsync(args[1..], Console.Out);
}

if (args is ["feeds", ..])
{
    // Following the news from a local server: fetch → clean → extract → store, boilerplate excluded, poll overhead.
    return await FeedsBenchmark.RunAsync(args[1..], Console.Out);
}

if (args is ["compare", ..])
{
    // This build against another, alternately in one process (DASHBOARD_BENCH_JSONL=… compare OTHER/Dashboard.Benchmarks.dll).
    return BuildComparison.Run(args[1..], Console.Out);
}

if (args is ["stages-min", ..])
{
    // Each stage's fastest of several passes per article: for comparing builds on a VM whose speed swings.
    if (args.Length > 2 || args.Length == 2 && !(int.TryParse(args[1], out var passes) && passes > 0))
    {
        Console.WriteLine("usage: stages-min [PASSES (a positive number, 9 when left out)]");
        return 2;
    }

    StageMinimums.Print(Console.Out, args.Length == 2 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 9);
    return 0;
}

if (args is ["stages"])
{
    StageTimings.Print(Console.Out);
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(GazetteerLoadBenchmark).Assembly).Run(args);
return 0;
