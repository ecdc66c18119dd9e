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
/// slices a fraction of a second long see the same machine. Both run under this build's runtime settings
/// (<c>runtimeconfig.json</c>: tiering, profile-guided optimisation, collector), so a change of those settings is measured
/// with <c>profile</c> instead. Self-contained, so that it can be copied into an older worktree to be the other build.
/// </summary>
internal static class BuildComparison
{
    /// <summary>Articles in each timed slice (about a tenth of a second).</summary>
    private const int Slice = 200;

    /// <summary>Timed slices of each build.</summary>
    private const int Rounds = 40;

    /// <summary>The longest warm-up before timing starts, should the JIT never fall quiet.</summary>
    private static readonly TimeSpan WarmUpCap = TimeSpan.FromSeconds(60);

    /// <returns>0 when both builds extract the same from every text, 1 when they differ, 2 on bad arguments.</returns>
    public static int Run(string[] args, TextWriter output)
    {
        var jsonl = Environment.GetEnvironmentVariable("DASHBOARD_BENCH_JSONL");
        if (args.Length != 1 || !File.Exists(args[0]) || string.IsNullOrEmpty(jsonl))
        {
            output.WriteLine("usage: DASHBOARD_BENCH_JSONL=texts.jsonl compare OTHER_BUILD/Dashboard.Benchmarks.dll");
            return 2;
        }

        var path = Path.GetFullPath(args[0]);
        var type = new IsolatedBuild(path).LoadFromAssemblyPath(path).GetType(typeof(BuildComparison).FullName!);
        if (type?.GetMethod(nameof(Runner)) is not { } runner)
        {
            output.WriteLine($"{args[0]} has no {nameof(BuildComparison)}.{nameof(Runner)} to call: copy BuildComparison.cs into that build.");
            return 2;
        }

        output.WriteLine($"this build's data: {DataFolder()}; the other's: {type.GetMethod(nameof(DataFolder))?.Invoke(null, null) ?? "(not reported)"}");
        var same = SameResults(type, jsonl, output);
        var theirs = (Func<int, double>)runner.Invoke(null, [jsonl])!;
        var ours = Runner(jsonl);
        GC.Collect(); // (the pipelines the results were compared with go before the timing)
        GC.WaitForPendingFinalizers();
        output.WriteLine(WarmUp(ours, theirs));
        var (mine, others, ratios) = (new List<double>(), new List<double>(), new List<double>());
        for (var round = 0; round < Rounds; round++)
        {
            // which goes first alternates, so that neither always follows the other's collections
            double a, b;
            if (round % 2 == 0)
            {
                a = ours(Slice);
                b = theirs(Slice);
            }
            else
            {
                b = theirs(Slice);
                a = ours(Slice);
            }

            mine.Add(a);
            others.Add(b);
            ratios.Add(a / b);
        }

        Print(output, mine, others, ratios);
        return same ? 0 : 1;
    }

    /// <summary>
    /// A pipeline built from the build this assembly belongs to (its own <c>wwwroot-data</c>), as a function that extracts
    /// the next <c>count</c> texts of <paramref name="jsonl"/> and returns the microseconds an article. Another build's
    /// comparison calls this through reflection, so its signature stays as it is.
    /// </summary>
    public static Func<int, double> Runner(string jsonl)
    {
        var pipeline = Pipeline();
        var articles = Texts(jsonl);
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
        var pipeline = Pipeline();
        return [.. Texts(jsonl).Select(text => System.Text.Json.JsonSerializer.Serialize(pipeline.Extract(text, new DateOnly(2022, 1, 11))))];
    }

    /// <summary>The data folder this build reads (called through reflection too).</summary>
    public static string DataFolder() => Root().Path;

    /// <summary>Whether both builds extract the same from every text; prints which texts differ.</summary>
    private static bool SameResults(Type other, string jsonl, TextWriter output)
    {
        if (other.GetMethod(nameof(Outputs)) is not { } outputs)
        {
            output.WriteLine("results: not compared (the other build has no Outputs)");
            return true;
        }

        var (mine, theirs) = (Outputs(jsonl), (string[])outputs.Invoke(null, [jsonl])!);
        var differ = Enumerable.Range(0, mine.Length).Where(i => i >= theirs.Length || mine[i] != theirs[i]).ToList();
        output.WriteLine(differ.Count == 0
            ? $"results: the same for all {mine.Length} texts"
            : $"results: {differ.Count} of {mine.Length} texts differ (first: #{string.Join(", #", differ.Take(10))})");
        return differ.Count == 0;
    }

    /// <summary>Both builds in small slices until the JIT has compiled nothing for a second (or the cap).</summary>
    private static string WarmUp(Func<int, double> ours, Func<int, double> theirs)
    {
        var warm = Stopwatch.StartNew();
        var (compiled, quietSince) = (System.Runtime.JitInfo.GetCompiledMethodCount(), TimeSpan.Zero);
        while (warm.Elapsed - quietSince < TimeSpan.FromSeconds(1) && warm.Elapsed < WarmUpCap)
        {
            ours(Slice / 4);
            theirs(Slice / 4);
            if (System.Runtime.JitInfo.GetCompiledMethodCount() is var now && now != compiled)
            {
                (compiled, quietSince) = (now, warm.Elapsed);
            }
        }

        var how = warm.Elapsed >= WarmUpCap ? "stopped at the cap with the JIT still compiling" : "until the JIT was quiet for a second";
        return string.Create(CultureInfo.InvariantCulture, $"warm-up {warm.Elapsed.TotalSeconds:F1} s, {how}; {Rounds} slices of {Slice} articles each, alternately");
    }

    private static void Print(TextWriter output, List<double> mine, List<double> others, List<double> ratios)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"this build:  median {Median(mine),6:F0} µs/article ({1_000_000 / Median(mine):F0}/s), fastest slice {mine.Min():F0}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"other build: median {Median(others),6:F0} µs/article ({1_000_000 / Median(others):F0}/s), fastest slice {others.Min():F0}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"this / other, slice by slice: median {Median(ratios):F3} (quartiles {Quantile(ratios, 0.25):F3}–{Quantile(ratios, 0.75):F3}; below 1: this build faster)"));
        output.WriteLine("(two pipelines share the process and its collector, so the µs are not profile's; the ratio is what compares)");
    }

    private static DataRoot Root() => DataRoot.Locate(null, Path.GetDirectoryName(typeof(BuildComparison).Assembly.Location)!).Value;

    private static NewsPipeline Pipeline() => NewsPipeline.Create(GeoData.Load(Root()).Value).Value;

    private static string[] Texts(string jsonl) =>
        [.. File.ReadLines(jsonl).Where(l => l.Length > 0).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!)];

    private static double Median(List<double> values) => Quantile(values, 0.5);

    /// <summary>The <paramref name="q"/> quantile, interpolated between the two nearest values.</summary>
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
