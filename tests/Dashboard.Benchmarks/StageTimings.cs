using System.Diagnostics;
using System.Globalization;
using Dashboard.Extraction.Dates;
using Dashboard.Extraction.Pipeline;
using Dashboard.Extraction.Prepare;
using Dashboard.Geo;
using Dashboard.Geo.Data;
using Dashboard.Store.Corpus;

namespace Dashboard.Benchmarks;

/// <summary>A quick breakdown of where extraction time goes (not a BenchmarkDotNet run; for finding hot stages).</summary>
internal static class StageTimings
{
    public static void Print(TextWriter output)
    {
        var root = DataRoot.Locate().Value;
        var pipeline = NewsPipeline.Create(GeoData.Load(root).Value).Value;
        var articles = Articles(root);
        const int rounds = 2000;
        Measure(output, "prepare", rounds, articles, a => DocumentPreparer.Prepare(a).Passages.Count);
        Measure(output, "dates", rounds, articles, a => DateRecognizer.Recognise(DocumentPreparer.Prepare(a), new DateOnly(2022, 1, 11)).Count);
        Measure(output, "whole pipeline", rounds, articles, a => pipeline.Extract(a, new DateOnly(2022, 1, 11)).Places.Count);
        InContext(output, pipeline, articles, rounds);
        var digits = System.Buffers.SearchValues.Create(["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"], StringComparison.OrdinalIgnoreCase);
        var months = System.Buffers.SearchValues.Create(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], StringComparison.OrdinalIgnoreCase);
        Measure(output, "search digits", 200, articles, a => a.AsSpan().IndexOfAny(digits));
        Measure(output, "search months", 200, articles, a => a.AsSpan().IndexOfAny(months));
        var prepared = articles.Select(DocumentPreparer.Prepare).ToArray();
        var k = 0;
        Measure(output, "dates only", 2000, articles, _ => DateRecognizer.Recognise(prepared[k++ % prepared.Length], new DateOnly(2022, 1, 11)).Count);
        foreach (var name in new[] { "IsoDate", "DayMonthYear", "MonthDayYear", "MonthYear", "SinceYear", "InYear", "Weekday", "RelativeDay", "RelativeWeek", "PastPeriod", "AgoPeriod", "InMonth" })
        {
            var regex = (System.Text.RegularExpressions.Regex)typeof(DateRecognizer).GetMethod(name, System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!.Invoke(null, null)!;
            Measure(output, name, 200, articles, a => regex.Matches(a).Sum(m => m.Groups.Count));
        }
    }

    public static void Loop(TimeSpan duration)
    {
        var root = DataRoot.Locate().Value;
        var pipeline = NewsPipeline.Create(GeoData.Load(root).Value).Value;
        var articles = Articles(root);
        Console.WriteLine(WarmUp(pipeline, articles));

        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var paused = GC.GetTotalPauseDuration();
        var collections = Enumerable.Range(0, 3).Select(GC.CollectionCount).ToArray();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var count = 0;
        while (clock.Elapsed < duration)
        {
            pipeline.Extract(articles[count++ % articles.Length], new DateOnly(2022, 1, 11));
        }

        var loop = clock.Elapsed;
        var cpuUsed = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        var perArticleKb = (GC.GetAllocatedBytesForCurrentThread() - allocated) / 1024.0 / count;
        var pause = GC.GetTotalPauseDuration() - paused;
        var gcs = string.Join("/", Enumerable.Range(0, 3).Select(g => GC.CollectionCount(g) - collections[g]));
        var slowest = articles.Select((a, k) =>
            {
                var t = Stopwatch.GetTimestamp();
                pipeline.Extract(a, new DateOnly(2022, 1, 11));
                return (k, a.Length, Stopwatch.GetElapsedTime(t).TotalMilliseconds);
            }).OrderByDescending(x => x.Item3).Take(5);
        Console.WriteLine("slowest: " + string.Join("; ", slowest.Select(x => string.Create(CultureInfo.InvariantCulture, $"#{x.k} ({x.Length} chars) {x.Item3:F2} ms"))));
        var cpuPerArticle = cpuUsed.TotalMilliseconds * 1000 / count;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"GC: {gcs} collections (gen 0/1/2), paused {pause.TotalMilliseconds:F0} ms = {100 * pause / loop:F1}% of the loop"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"allocated {perArticleKb:F0} KB/article; process CPU {cpuPerArticle:F0} µs/article (all threads, GC included)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count} articles in {loop.TotalSeconds:F1} s: {count / loop.TotalSeconds:F0} articles/s, {loop.TotalMilliseconds * 1000 / count:F0} µs/article (after loading and the warm-up)"));
    }

    /// <summary>
    /// Extracts 300 articles, then goes on until the JIT has compiled nothing for a second (at most 30 seconds). The tiered
    /// JIT recompiles the hot methods on a background thread; on two cores that takes several seconds, and a loop started
    /// sooner times partly unoptimised code.
    /// </summary>
    /// <returns>What the warm-up took.</returns>
    internal static string WarmUp(NewsPipeline pipeline, string[] articles)
    {
        var warm = Stopwatch.StartNew();
        var (warmed, compiled, quietSince) = (0, System.Runtime.JitInfo.GetCompiledMethodCount(), TimeSpan.Zero);
        while ((warmed < 300 || warm.Elapsed - quietSince < TimeSpan.FromSeconds(1)) && warm.Elapsed < TimeSpan.FromSeconds(30))
        {
            pipeline.Extract(articles[warmed++ % articles.Length], new DateOnly(2022, 1, 11));
            if (System.Runtime.JitInfo.GetCompiledMethodCount() is var now && now != compiled)
            {
                (compiled, quietSince) = (now, warm.Elapsed);
            }
        }

        var how = warm.Elapsed >= TimeSpan.FromSeconds(30) ? "stopped at 30 s with the JIT still compiling" : "until the JIT was quiet for a second";
        return string.Create(CultureInfo.InvariantCulture, $"warm-up: {warmed} articles in {warm.Elapsed.TotalSeconds:F1} s ({warmed / warm.Elapsed.TotalSeconds:F0} articles/s), {how}");
    }

    /// <summary>The texts of <c>DASHBOARD_BENCH_JSONL</c> (GeoWebNews) when set, else the demo corpus.</summary>
    internal static string[] Articles(DataRoot root)
    {
        var jsonl = Environment.GetEnvironmentVariable("DASHBOARD_BENCH_JSONL");
        return string.IsNullOrEmpty(jsonl)
            ? CorpusManifest.Load(root.CorpusFolder).Value.Documents.Select(d => d.Text).ToArray()
            : File.ReadLines(jsonl).Where(l => l.Length > 0)
                .Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!).ToArray();
    }

    /// <summary>Each stage's share of the whole pipeline, timed inside the same loop (caches as in real use).</summary>
    private static void InContext(TextWriter output, NewsPipeline pipeline, string[] articles, int rounds)
    {
        var names = new[] { "prepare", "recognise", "resolve", "actors", "dates", "quantities", "events" };
        var ticks = new long[names.Length];
        var bytes = new long[names.Length];
        var published = new DateOnly(2022, 1, 11);
        for (var round = -200; round < rounds; round++)
        {
            var text = articles[Math.Abs(round) % articles.Length];
            var stamps = new long[names.Length + 1];
            var allocs = new long[names.Length + 1];
            void Mark(int k)
            {
                stamps[k] = Stopwatch.GetTimestamp();
                allocs[k] = GC.GetAllocatedBytesForCurrentThread();
            }

            Mark(0);
            var document = DocumentPreparer.Prepare(text);
            Mark(1);
            var mentions = pipeline.Recognizer.Recognise(document);
            Mark(2);
            var places = pipeline.Resolver.Resolve(document, mentions);
            Mark(3);
            var actors = pipeline.Actors.Recognise(document, places);
            Mark(4);
            var dates = DateRecognizer.Recognise(document, published);
            Mark(5);
            var quantities = pipeline.Quantities.Recognise(document);
            Mark(6);
            pipeline.Events.Extract(document, places, actors, dates, quantities, published);
            Mark(7);
            if (round >= 0)
            {
                for (var i = 0; i < names.Length; i++)
                {
                    ticks[i] += stamps[i + 1] - stamps[i];
                    bytes[i] += allocs[i + 1] - allocs[i];
                }
            }
        }

        for (var i = 0; i < names.Length; i++)
        {
            var perArticle = ticks[i] * 1_000_000.0 / Stopwatch.Frequency / rounds;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  in context: {names[i],-12} {perArticle,8:F1} µs/article {bytes[i] / 1024.0 / rounds,8:F1} KB/article"));
        }
    }

    private static void Measure(TextWriter output, string name, int rounds, string[] articles, Func<string, int> work)
    {
        for (var i = 0; i < 200; i++)
        {
            work(articles[i % articles.Length]);
        }

        var clock = Stopwatch.StartNew();
        for (var i = 0; i < rounds; i++)
        {
            work(articles[i % articles.Length]);
        }

        var perArticle = clock.Elapsed.TotalMilliseconds * 1000 / rounds;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-16} {perArticle,8:F1} µs/article  {1_000_000 / perArticle,8:F0} articles/s"));
    }
}
