using System.Diagnostics;
using System.Globalization;
using Dashboard.Extraction.Dates;
using Dashboard.Extraction.Pipeline;
using Dashboard.Extraction.Prepare;
using Dashboard.Geo;
using Dashboard.Geo.Data;

namespace Dashboard.Benchmarks;

/// <summary>
/// Each stage's cost an article as the sum over the articles of the fastest of several passes. On a virtual machine whose
/// speed swings by half within seconds, the minimum per article is what two builds can be compared on: a stall hits one
/// pass of an article, not all of them. (A lower bound, not a throughput: <c>profile</c> gives that.) Each stage's
/// allocation an article is read from the first pass (the collector's work grows with it).
/// </summary>
internal static class StageMinimums
{
    /// <summary>The pipeline's stages, in order.</summary>
    private static readonly string[] Names = ["prepare", "recognise", "resolve", "actors", "dates", "quantities", "events"];

    /// <summary>Prints each stage's sum of fastest passes an article, and their total, after the warm-up.</summary>
    public static void Print(TextWriter output, int passes)
    {
        var root = DataRoot.Locate().Value;
        var pipeline = NewsPipeline.Create(GeoData.Load(root).Value).Value;
        var articles = StageTimings.Articles(root);
        var published = new DateOnly(2022, 1, 11);
        output.WriteLine(StageTimings.WarmUp(pipeline, articles));
        var best = new long[articles.Length, Names.Length];
        var stamps = new long[Names.Length + 1];
        var allocated = new long[Names.Length + 1]; // bytes this thread has allocated, at each stamp (first pass only)
        var allocatedSum = new long[Names.Length];
        for (var pass = 0; pass < passes; pass++)
        {
            for (var a = 0; a < articles.Length; a++)
            {
                stamps[0] = Stopwatch.GetTimestamp();
                allocated[0] = GC.GetAllocatedBytesForCurrentThread();
                var document = DocumentPreparer.Prepare(articles[a]);
                stamps[1] = Stopwatch.GetTimestamp();
                allocated[1] = GC.GetAllocatedBytesForCurrentThread();
                var mentions = pipeline.Recognizer.Recognise(document);
                stamps[2] = Stopwatch.GetTimestamp();
                allocated[2] = GC.GetAllocatedBytesForCurrentThread();
                var places = pipeline.Resolver.Resolve(document, mentions);
                stamps[3] = Stopwatch.GetTimestamp();
                allocated[3] = GC.GetAllocatedBytesForCurrentThread();
                var actors = pipeline.Actors.Recognise(document, places);
                stamps[4] = Stopwatch.GetTimestamp();
                allocated[4] = GC.GetAllocatedBytesForCurrentThread();
                var dates = DateRecognizer.Recognise(document, published);
                stamps[5] = Stopwatch.GetTimestamp();
                allocated[5] = GC.GetAllocatedBytesForCurrentThread();
                var quantities = pipeline.Quantities.Recognise(document);
                stamps[6] = Stopwatch.GetTimestamp();
                allocated[6] = GC.GetAllocatedBytesForCurrentThread();
                pipeline.Events.Extract(document, places, actors, dates, quantities, published);
                stamps[7] = Stopwatch.GetTimestamp();
                allocated[7] = GC.GetAllocatedBytesForCurrentThread();
                for (var s = 0; s < Names.Length; s++)
                {
                    var took = stamps[s + 1] - stamps[s];
                    best[a, s] = pass == 0 ? took : Math.Min(best[a, s], took);
                    allocatedSum[s] += pass == 0 ? allocated[s + 1] - allocated[s] : 0;
                }
            }
        }

        var whole = 0.0;
        for (var s = 0; s < Names.Length; s++)
        {
            var sum = 0L;
            for (var a = 0; a < articles.Length; a++)
            {
                sum += best[a, s];
            }

            var perArticle = sum * 1_000_000.0 / Stopwatch.Frequency / articles.Length;
            whole += perArticle;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  fastest of {passes}: {Names[s],-12} {perArticle,8:F1} µs/article, allocating {allocatedSum[s] / 1024.0 / articles.Length,6:F1} KB/article"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  fastest of {passes}: {"all stages",-12} {whole,8:F1} µs/article ({1_000_000 / whole:F0} articles/s at best)"));
    }
}
