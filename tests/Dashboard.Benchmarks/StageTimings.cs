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
        var articles = CorpusManifest.Load(root.CorpusFolder).Value.Documents.Select(d => d.Text).ToArray();
        const int rounds = 2000;
        Measure(output, "prepare", rounds, articles, a => DocumentPreparer.Prepare(a).Passages.Count);
        Measure(output, "dates", rounds, articles, a => DateRecognizer.Recognise(DocumentPreparer.Prepare(a), new DateOnly(2022, 1, 11)).Count);
        Measure(output, "whole pipeline", rounds, articles, a => pipeline.Extract(a, new DateOnly(2022, 1, 11)).Places.Count);
        var digits = System.Buffers.SearchValues.Create(["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"], StringComparison.OrdinalIgnoreCase);
        var months = System.Buffers.SearchValues.Create(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], StringComparison.OrdinalIgnoreCase);
        Measure(output, "search digits", 200, articles, a => a.AsSpan().IndexOfAny(digits));
        Measure(output, "search months", 200, articles, a => a.AsSpan().IndexOfAny(months));
        var prepared = articles.Select(DocumentPreparer.Prepare).ToArray();
        var k = 0;
        Measure(output, "dates only", 2000, articles, _ => DateRecognizer.Recognise(prepared[k++ % prepared.Length], new DateOnly(2022, 1, 11)).Count);
        foreach (var name in new[] { "IsoDate", "DayMonthYear", "MonthDayYear", "MonthYear", "SinceYear", "InYear", "Weekday", "RelativeDay", "RelativeWeek", "PastPeriod", "InMonth" })
        {
            var regex = (System.Text.RegularExpressions.Regex)typeof(DateRecognizer).GetMethod(name, System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!.Invoke(null, null)!;
            Measure(output, name, 200, articles, a => regex.Matches(a).Sum(m => m.Groups.Count));
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
