using System.Diagnostics.Tracing;
using Dashboard.Extraction.Pipeline;
using Dashboard.Geo;
using Dashboard.Geo.Data;

namespace Dashboard.Benchmarks;

/// <summary>
/// <c>allocs</c>: which types the whole pipeline allocates, per article, from the runtime's allocation samples (one event
/// about every 100 KB, with the type of the object that crossed the mark). For finding what to stop allocating, not a
/// BenchmarkDotNet run; closures show as <c>&lt;&gt;c__DisplayClass…</c> of the method that declares the captured locals.
/// </summary>
internal sealed class AllocationByType : EventListener
{
    private readonly Dictionary<string, long> _bytes = new(StringComparer.Ordinal);
    private bool _on;

    private void Start() => _on = true;

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!_on || e.EventName is null || !e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.Payload is null)
        {
            return;
        }

        var name = e.PayloadNames!.IndexOf("TypeName") is var i and >= 0 ? e.Payload[i] as string ?? "?" : "?";
        var amount = e.PayloadNames!.IndexOf("AllocationAmount64") is var j and >= 0 ? Convert.ToInt64(e.Payload[j], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
        lock (_bytes)
        {
            _bytes[name] = _bytes.GetValueOrDefault(name) + amount;
        }
    }

    private const int Rounds = 4000;

    /// <summary>Extracts the texts of <c>DASHBOARD_BENCH_JSONL</c> and prints the 40 types allocated most (2 where the variable names no file).</summary>
    public static int Run()
    {
        var jsonl = Environment.GetEnvironmentVariable("DASHBOARD_BENCH_JSONL");
        if (string.IsNullOrEmpty(jsonl) || !File.Exists(jsonl))
        {
            Console.Error.WriteLine("allocs: set DASHBOARD_BENCH_JSONL to a JSON-lines file of texts (../shared/eval/geowebnews.jsonl).");
            return 2;
        }

        var root = DataRoot.Locate().Value;
        var pipeline = NewsPipeline.Create(GeoData.Load(root).Value).Value;
        var articles = File.ReadLines(jsonl).Where(l => l.Length > 0)
            .Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!).ToArray();
        using var listener = new AllocationByType();
        for (var i = 0; i < 300; i++)
        {
            pipeline.Extract(articles[i % articles.Length], new DateOnly(2022, 1, 11)); // warm-up and JIT tiering
        }

        listener.Start();
        for (var i = 0; i < Rounds; i++)
        {
            pipeline.Extract(articles[i % articles.Length], new DateOnly(2022, 1, 11));
        }

        var total = listener._bytes.Values.Sum();
        foreach (var (k, v) in listener._bytes.OrderByDescending(p => p.Value).Take(40))
        {
            Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{100.0 * v / total,5:F1}% {v / Rounds / 1024.0,7:F1} KB/article {k}"));
        }

        return 0;
    }
}
