using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Dashboard.Extraction.Pipeline;
using Dashboard.Geo;
using Dashboard.Geo.Data;
using Dashboard.Store.Ingest;
using Dashboard.Store.Postgres;
using Dashboard.Store.Query;
using Dashboard.Store.Sql;
using Dashboard.Store.Sqlite;

namespace Dashboard.Benchmarks;

/// <summary>
/// The scale benchmark: builds a store from real texts it is given (JSON lines with a "text" field, such as
/// GeoWebNews), replicated into editions with other publication dates, then prints ingest speed, start-up time, the
/// p50/p95 latency of each request the dashboard makes, and memory (`--ingest-only` stops after the ingest and its CPU time an article).
/// <code>dotnet run -c Release --project tests/Dashboard.Benchmarks -- scale --jsonl FILE [--editions 50] [--postgres CONNECTION] [--keep DIR] [--ingest-only]</code>
/// </summary>
public static class ScaleBenchmark
{
    public static int Run(string[] args, TextWriter output)
    {
        var jsonl = Option(args, "--jsonl");
        if (jsonl is null || !File.Exists(jsonl))
        {
            output.WriteLine("scale: --jsonl FILE (JSON lines with a \"text\" field, e.g. ../shared/eval/geowebnews.jsonl) is required.");
            return 2;
        }

        var editions = int.Parse(Option(args, "--editions") ?? "50", CultureInfo.InvariantCulture);
        var postgres = Option(args, "--postgres");
        var folder = Option(args, "--keep") ?? Directory.CreateTempSubdirectory("dashboard-scale-").FullName;
        var texts = File.ReadLines(jsonl).Select(l => JsonDocument.Parse(l).RootElement)
            .Select(e => (Title: e.TryGetProperty("title", out var t) ? t.GetString() : null, Text: e.GetProperty("text").GetString() ?? string.Empty))
            .Where(x => x.Text.Length > 0).ToList();
        var root = DataRoot.Locate().Value;
        var geo = GeoData.Load(root).Value;
        var pipeline = NewsPipeline.Create(geo).Value;

        SqlStore Open() => postgres is null ? SqliteStore.Open(folder).Value : PostgresStore.Open(postgres).Value;
        var store = Open();
        var existing = store.DocumentCount;
        output.WriteLine($"store: {(postgres is null ? "sqlite" : "postgres")} at {store.Path}; {texts.Count} texts × {editions} editions; {existing} documents already there");
        if (existing == 0)
        {
            var ingestor = new DocumentIngestor(store, pipeline, new IngestLimits(IngestLimits.DefaultMaxBytes), TimeProvider.System);
            var clock = Stopwatch.StartNew();
            var count = 0;
            var start = new DateOnly(2024, 1, 1);
            IEnumerable<IngestItem> Editions()
            {
                for (var edition = 0; edition < editions; edition++)
                {
                    var published = start.AddDays(edition * 7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                    foreach (var (title, text) in texts)
                    {
                        // Each edition is the same news told again on another day: a different text, so it is stored anew.
                        yield return new IngestItem($"{edition}-{title}.txt", Encoding.UTF8.GetBytes($"Edition {edition + 1}.\n\n{text}"), title, "GeoWebNews", null, published);
                    }
                }
            }

            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var storingBefore = ThreadCpu(); // IngestAll stores on the caller's thread
            var writtenBefore = WrittenBytes();
            ingestor.IngestAll(Editions(), _ =>
            {
                if (++count % 2000 == 0)
                {
                    output.WriteLine($"  {count} articles ingested, {count / clock.Elapsed.TotalSeconds:0} articles/s");
                }
            });

            output.WriteLine($"ingest: {count} articles in {clock.Elapsed.TotalSeconds:0.0} s = {count / clock.Elapsed.TotalSeconds:0} articles/s (DocumentIngestor.IngestAll, as the CLI's ingest: extraction and storing overlap)");
            var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
            var storing = ThreadCpu() - storingBefore;
            output.WriteLine($"ingest CPU: {cpu.TotalMilliseconds / Math.Max(count, 1):0.00} ms an article over all threads (on 2 cores, 300 articles/s needs at most 6.67), "
                + $"of which the storing thread {storing.TotalMilliseconds / Math.Max(count, 1):0.00} ms (at most 3.33); "
                + $"written to disk {(WrittenBytes() - writtenBefore) / 1024.0 / Math.Max(count, 1):0} KB an article");
            if (args.Contains("--ingest-only"))
            {
                return 0;
            }
        }

        if (store is IDisposable disposable)
        {
            disposable.Dispose();
        }

        // Start-up: a new store object on the existing data, ready when it answers its first facets query.
        var startup = Stopwatch.StartNew();
        store = Open();
        store.FacetsAsync(ViewFilter.None).GetAwaiter().GetResult();
        output.WriteLine($"start-up (open store + first facets): {startup.Elapsed.TotalMilliseconds:0} ms; {store.DocumentCount} documents, {store.EventsAsync(ViewFilter.None, new EventPageRequest(1)).GetAwaiter().GetResult().Total} events");

        var facets = store.FacetsAsync(ViewFilter.None).GetAwaiter().GetResult();
        var topActor = facets.Actors[0].Value;
        var busiest = store.MapAsync(ViewFilter.None, new MapRequest(null, 6, maxPoints: 100_000)).GetAwaiter().GetResult()
            .Places.Where(p => p.Place.Point is not null).MaxBy(p => p.MentionCount)!;
        var point = busiest.Place.Point!.Value;
        var city = new BoundingBox(point.Longitude - 0.5, point.Latitude - 0.3, point.Longitude + 0.5, point.Latitude + 0.3);
        var actorFilter = new ViewFilter { Actors = new HashSet<string> { topActor.Id } };
        // "Hide doubtful events" at the model's threshold (a band's edge: counted from the totals), and a link's threshold
        // off every edge (read from the rows).
        var doubtfulHidden = ViewFilter.None with { MinConfidence = pipeline.Lexicons.Confidence?.Threshold ?? 0.45 };
        var offEdge = ViewFilter.None with { MinConfidence = 0.47 };
        var typeFilter = new ViewFilter { Types = new HashSet<string> { facets.Types[0].Value } };
        var textFilter = new ViewFilter { Text = "police" };
        var documentId = store.DocumentsAsync(DocumentQuery.Latest(1)).GetAwaiter().GetResult()[0].Id;
        output.WriteLine($"probes: actor {topActor.Id}, type {facets.Types[0].Value}, place {busiest.Place.Id} ({busiest.Place.Name}), text 'police'");

        var world = new MapRequest(new BoundingBox(-180, -85, 180, 85), 2);
        var rows = new (string Name, Func<Task<int>> Run)[]
        {
            ("map, world zoom 2", async () => Size(await store.MapAsync(ViewFilter.None, world))),
            ("map, world zoom 2, actor filter", async () => Size(await store.MapAsync(actorFilter, world))),
            ("map, world zoom 2, text filter", async () => Size(await store.MapAsync(textFilter, world))),
            ("map, world zoom 2, stated dates", async () => Size(await store.MapAsync(ViewFilter.None with { StatedDatesOnly = true }, world))),
            ("map, world zoom 2, stated places", async () => Size(await store.MapAsync(ViewFilter.None with { StatedPlacesOnly = true }, world))),
            ("map, world zoom 2, doubtful hidden", async () => Size(await store.MapAsync(doubtfulHidden, world))),
            ("map, city zoom 10", async () => Size(await store.MapAsync(ViewFilter.None, new MapRequest(city, 10)))),
            ("extent (where the map opens), no filter", async () => (await store.ExtentAsync(ViewFilter.None)) is null ? 0 : 1),
            ("facets, no filter", async () => (await store.FacetsAsync(ViewFilter.None)).Actors.Count),
            ("facets, actor filter", async () => (await store.FacetsAsync(actorFilter)).Actors.Count),
            ("facets, type filter", async () => (await store.FacetsAsync(typeFilter)).Actors.Count),
            ("facets, stated places", async () => (await store.FacetsAsync(ViewFilter.None with { StatedPlacesOnly = true })).Actors.Count),
            ("facets, doubtful hidden", async () => (await store.FacetsAsync(doubtfulHidden)).Actors.Count),
            ("facets, confidence off an edge", async () => (await store.FacetsAsync(offEdge)).Actors.Count),
            ("table page 1, by date", async () => (await store.EventsAsync(ViewFilter.None, new EventPageRequest(25, 0, EventSort.Date, true))).Items.Count),
            ("table page 200, by place", async () => (await store.EventsAsync(ViewFilter.None, new EventPageRequest(25, 5000, EventSort.Place))).Items.Count),
            ("table page 1, by confidence", async () => (await store.EventsAsync(ViewFilter.None, new EventPageRequest(25, 0, EventSort.Confidence))).Items.Count),
            ("API events page (500)", async () => (await store.EventsAsync(actorFilter, new EventPageRequest(500))).Items.Count),
            ("sources panel, busiest place", async () => (await store.SourcesAsync(busiest.Place.Id, ViewFilter.None))!.Passages.Count),
            ("reader, one article", async () => (await store.DocumentAsync(documentId))!.Highlights.Count),
        };
        output.WriteLine($"{"request",-34} {"p50 ms",8} {"p95 ms",8} {"max ms",8} {"items",7}");
        foreach (var (name, run) in rows)
        {
            run().GetAwaiter().GetResult();
            var times = new List<double>();
            var items = 0;
            for (var i = 0; i < 15; i++)
            {
                var clock = Stopwatch.StartNew();
                items = run().GetAwaiter().GetResult();
                times.Add(clock.Elapsed.TotalMilliseconds);
            }

            times.Sort();
            output.WriteLine($"{name,-34} {times[times.Count / 2],8:0.0} {times[(int)Math.Ceiling(times.Count * 0.95) - 1],8:0.0} {times[^1],8:0.0} {items,7}");
        }

        GC.Collect();
        var process = Process.GetCurrentProcess();
        output.WriteLine($"memory: RSS {process.WorkingSet64 / 1048576} MB, managed heap {GC.GetTotalMemory(false) / 1048576} MB (gazetteer and pipeline included)");
        if (postgres is null && File.Exists(Path.Combine(folder, SqliteStore.FileName)))
        {
            output.WriteLine($"file: {new FileInfo(Path.Combine(folder, SqliteStore.FileName)).Length / 1048576} MB at {folder}");
        }

        return 0;
    }

    /// <summary>
    /// Store writes alone: the texts are extracted once, then saved again and again (as editions) into a new store, so
    /// that the figure is the store's own cost per article.
    /// <code>dotnet run -c Release --project tests/Dashboard.Benchmarks -- store-writes --jsonl FILE [--editions 5] [--batch 32] [--postgres CONNECTION]</code>
    /// </summary>
    public static int StoreWrites(string[] args, TextWriter output)
    {
        var jsonl = Option(args, "--jsonl");
        if (jsonl is null || !File.Exists(jsonl))
        {
            output.WriteLine("store-writes: --jsonl FILE is required.");
            return 2;
        }

        var editions = int.Parse(Option(args, "--editions") ?? "5", CultureInfo.InvariantCulture);
        var postgres = Option(args, "--postgres");
        var pipeline = NewsPipeline.Create(GeoData.Load(DataRoot.Locate().Value).Value).Value;
        var clock = Stopwatch.StartNew();
        var extracted = File.ReadLines(jsonl).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString() ?? string.Empty)
            .Where(t => t.Length > 0).Select(t => (Text: t, Result: pipeline.Extract(t, new DateOnly(2024, 1, 1)))).ToList();
        output.WriteLine($"extraction, first pass (with warm-up): {extracted.Count} texts in {clock.Elapsed.TotalMilliseconds:0} ms = {extracted.Count / clock.Elapsed.TotalSeconds:0} articles/s");
        clock.Restart();
        foreach (var (text, _) in extracted)
        {
            pipeline.Extract(text, new DateOnly(2024, 1, 1));
        }

        output.WriteLine($"extraction, second pass: {extracted.Count / clock.Elapsed.TotalSeconds:0} articles/s");
        // --into DIR writes into an existing store (a copy of a large one), where the indexes no longer fit in a small cache.
        var into = Option(args, "--into");
        SqlStore store = postgres is null ? SqliteStore.Open(into ?? Directory.CreateTempSubdirectory("dashboard-writes-").FullName).Value : PostgresStore.Open(postgres).Value;
        output.WriteLine($"store: {store.DocumentCount} documents already there");
        var batch = int.Parse(Option(args, "--batch") ?? "32", CultureInfo.InvariantCulture);
        clock.Restart();
        var count = 0;
        var pending = new List<DocumentToSave>();
        for (var edition = 0; edition < editions; edition++)
        {
            foreach (var (text, result) in extracted)
            {
                var id = $"w{edition:D4}{count:D12}";
                var document = new Dashboard.Core.Documents.CorpusDocument(id, new Dashboard.Core.Documents.DocumentMetadata("t", "o", new DateOnly(2024, 1, 1), null), text);
                pending.Add(new DocumentToSave(document, id, null, result));
                count++;
                if (pending.Count == batch)
                {
                    store.SaveAll(pending, DateTimeOffset.UnixEpoch);
                    pending.Clear();
                }
            }
        }

        if (pending.Count > 0)
        {
            store.SaveAll(pending, DateTimeOffset.UnixEpoch);
        }

        output.WriteLine($"store writes: {count} articles in {clock.Elapsed.TotalMilliseconds:0} ms = {count / clock.Elapsed.TotalSeconds:0} articles/s ({clock.Elapsed.TotalMilliseconds / count:0.00} ms each)");
        return 0;
    }

    /// <summary>CPU time of the calling thread (Linux: /proc/thread-self/stat, in clock ticks of 10 ms); zero elsewhere.</summary>
    private static TimeSpan ThreadCpu()
    {
        const string Stat = "/proc/thread-self/stat";
        if (!File.Exists(Stat))
        {
            return TimeSpan.Zero;
        }

        var fields = File.ReadAllText(Stat);
        var parts = fields[(fields.LastIndexOf(')') + 2)..].Split(' ');
        // After the command name: state is field 3, utime and stime are fields 14 and 15.
        var ticks = long.Parse(parts[11], CultureInfo.InvariantCulture) + long.Parse(parts[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromMilliseconds(ticks * 10);
    }

    /// <summary>Bytes this process caused to be written to storage (Linux: /proc/self/io); zero elsewhere.</summary>
    private static long WrittenBytes()
    {
        const string Io = "/proc/self/io";
        if (!File.Exists(Io))
        {
            return 0;
        }

        var line = File.ReadLines(Io).FirstOrDefault(l => l.StartsWith("write_bytes:", StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line["write_bytes:".Length..].Trim(), CultureInfo.InvariantCulture);
    }

    private static int Size(MapView view) => view.Places.Count + view.Cells.Count + view.Movements.Count;

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
