using BenchmarkDotNet.Running;
using Dashboard.Benchmarks;

// `dotnet run -c Release --project tests/Dashboard.Benchmarks -- --filter '*'` runs BenchmarkDotNet;
// `... -- retained` prints the memory the loaded gazetteer keeps and one cold load time;
// `... -- stages` prints a rough per-stage breakdown of extraction time; `... -- profile` loops for a profiler.
if (args is ["retained"])
{
    RetainedMemory.Print(Console.Out);
    return;
}

if (args is ["profile"])
{
    // A steady loop of whole-pipeline extractions for a profiler to attach to (dotnet-trace collect -- … profile).
    StageTimings.Loop(TimeSpan.FromSeconds(12));
    return;
}

if (args is ["stages"])
{
    StageTimings.Print(Console.Out);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(GazetteerLoadBenchmark).Assembly).Run(args);
