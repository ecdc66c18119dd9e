using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;
using Dashboard.Extraction.Pipeline;
using Dashboard.Geo;
using Dashboard.Geo.Data;

namespace Dashboard.Benchmarks;

/// <summary>
/// This build's pipeline against another build's (its <c>Dashboard.Benchmarks.dll</c>, loaded with its own assemblies and
/// its own <c>wwwroot-data</c>), in one process, in alternating slices of a few hundred articles. On a virtual machine whose
/// speed swings by half within seconds, two builds run one after the other compare the machine's moods as much as the code;
/// slices a fraction of a second long see the same machine.
/// </summary>
internal static class BuildComparison
{
    private const int Slice = 200;
    private const int Rounds = 40;

    public static int Run(string[] args, TextWriter output)
    {
        var jsonl = Environment.GetEnvironmentVariable("DASHBOARD_BENCH_JSONL");
        if (args.Length != 1 || !File.Exists(args[0]) || string.IsNullOrEmpty(jsonl))
        {
            output.WriteLine("usage: DASHBOARD_BENCH_JSONL=texts.jsonl compare OTHER_BUILD/Dashboard.Benchmarks.dll");
            return 2;
        }

        var other = new IsolatedBuild(Path.GetFullPath(args[0]));
        var entry = other.LoadFromAssemblyPath(Path.GetFullPath(args[0])).GetType(typeof(BuildComparison).FullName!)?.GetMethod(nameof(Runner));
        if (entry is null)
        {
            output.WriteLine($"{args[0]} has no {nameof(BuildComparison)}.{nameof(Runner)} to call.");
            return 2;
        }

        // The same results first: a change made for speed must not change what is extracted.
        var outputs = entry.DeclaringType!.GetMethod(nameof(Outputs));
        if (outputs is not null)
        {
            var (mineOut, theirsOut) = (Outputs(jsonl), (string[])outputs.Invoke(null, [jsonl])!);
            var differ = Enumerable.Range(0, mineOut.Length).Where(i => mineOut[i] != theirsOut[i]).ToList();
            output.WriteLine(differ.Count == 0
                ? $"results: the same for all {mineOut.Length} texts"
                : $"results: {differ.Count} of {mineOut.Length} texts differ (first: #{string.Join(", #", differ.Take(10))})");
        }

        var theirs = (Func<int, double>)entry.Invoke(null, [jsonl])!;
        var ours = Runner(jsonl);
        var warm = Stopwatch.StartNew();
        var (compiled, quietSince) = (System.Runtime.JitInfo.GetCompiledMethodCount(), TimeSpan.Zero);
        while (warm.Elapsed - quietSince < TimeSpan.FromSeconds(1) && warm.Elapsed < TimeSpan.FromSeconds(60))
        {
            ours(Slice / 4);
            theirs(Slice / 4);
            if (System.Runtime.JitInfo.GetCompiledMethodCount() is var now && now != compiled)
            {
                (compiled, quietSince) = (now, warm.Elapsed);
            }
        }

        var (mine, others, ratios) = (new List<double>(), new List<double>(), new List<double>());
        for (var round = 0; round < Rounds; round++)
        {
            // (which goes first alternates, so that neither always follows the other's collections)
            var (a, b) = round % 2 == 0 ? (ours(Slice), theirs(Slice)) : (Swap(theirs(Slice), ours(Slice)));
            mine.Add(a);
            others.Add(b);
            ratios.Add(a / b);
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"warm-up {warm.Elapsed.TotalSeconds:F1} s; {Rounds} slices of {Slice} articles each, alternately"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"this build:  median {Median(mine),6:F0} µs/article ({1_000_000 / Median(mine):F0}/s), fastest slice {mine.Min():F0}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"other build: median {Median(others),6:F0} µs/article ({1_000_000 / Median(others):F0}/s), fastest slice {others.Min():F0}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"this / other, slice by slice: median {Median(ratios):F3} (quartiles {Quantile(ratios, 0.25):F3}–{Quantile(ratios, 0.75):F3})"));
        return 0;
    }

    /// <summary>
    /// A pipeline built from the build this assembly belongs to (its own <c>wwwroot-data</c>), as a function that extracts
    /// the next <c>count</c> texts of <paramref name="jsonl"/> and returns the microseconds an article. Another build's
    /// comparison calls this through reflection, so its signature stays as it is.
    /// </summary>
    public static Func<int, double> Runner(string jsonl)
    {
        var root = DataRoot.Locate(null, Path.GetDirectoryName(typeof(BuildComparison).Assembly.Location)!).Value;
        var pipeline = NewsPipeline.Create(GeoData.Load(root).Value).Value;
        var articles = File.ReadLines(jsonl).Where(l => l.Length > 0)
            .Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!).ToArray();
        var next = 0;
        return count =>
        {
            var started = Stopwatch.GetTimestamp();
            for (var i = 0; i < count; i++)
            {
                pipeline.Extract(articles[next++ % articles.Length], new DateOnly(2022, 1, 11));
            }

            return Stopwatch.GetElapsedTime(started).TotalMicroseconds / count;
        };
    }

    /// <summary>What this build extracts from each text of <paramref name="jsonl"/>, as JSON (called through reflection too).</summary>
    public static string[] Outputs(string jsonl)
    {
        var root = DataRoot.Locate(null, Path.GetDirectoryName(typeof(BuildComparison).Assembly.Location)!).Value;
        var pipeline = NewsPipeline.Create(GeoData.Load(root).Value).Value;
        return File.ReadLines(jsonl).Where(l => l.Length > 0)
            .Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!)
            .Select(text => System.Text.Json.JsonSerializer.Serialize(pipeline.Extract(text, new DateOnly(2022, 1, 11))))
            .ToArray();
    }

    private static (double, double) Swap(double theirs, double ours) => (ours, theirs);

    private static double Median(List<double> values) => Quantile(values, 0.5);

    private static double Quantile(List<double> values, double q)
    {
        var sorted = values.Order().ToList();
        var at = q * (sorted.Count - 1);
        var low = (int)Math.Floor(at);
        return sorted[low] + (sorted[Math.Min(low + 1, sorted.Count - 1)] - sorted[low]) * (at - low);
    }

    /// <summary>The other build's assemblies, resolved from its own folder; the framework is shared.</summary>
    private sealed class IsolatedBuild(string mainAssembly) : AssemblyLoadContext("other build")
    {
        private readonly AssemblyDependencyResolver _resolver = new(mainAssembly);

        protected override Assembly? Load(AssemblyName assemblyName) =>
            _resolver.ResolveAssemblyToPath(assemblyName) is { } path ? LoadFromAssemblyPath(path) : null;

        protected override IntPtr LoadUnmanagedDll(string unmanagedDllName) =>
            _resolver.ResolveUnmanagedDllToPath(unmanagedDllName) is { } path ? LoadUnmanagedDllFromPath(path) : IntPtr.Zero;
    }
}
