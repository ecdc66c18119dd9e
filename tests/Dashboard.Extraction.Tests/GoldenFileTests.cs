using Dashboard.Core.Extraction;
using System.Globalization;
using System.Text;
using Dashboard.Extraction.Pipeline;
using Dashboard.Store.Corpus;

namespace Dashboard.Extraction.Tests;

/// <summary>
/// Whole-article output for the demo corpus, one sorted line per place (Golden/*.places.txt) and per actor and event
/// (Golden/*.events.txt). A change in rules or data shows up as a reviewable diff: run with DASHBOARD_UPDATE_GOLDEN=1 to
/// rewrite the files, then read the diff.
/// </summary>
[Collection(PipelineCollection.Name)]
public sealed class GoldenFileTests(PipelineFixture fixture)
{
    public static TheoryData<string> DemoDocuments() => ["000_f77711c9805fcef0", "002_9793a7ecf1a5a3a5"];

    [Theory]
    [MemberData(nameof(DemoDocuments))]
    public void Extract_DemoArticle_MatchesGoldenFile(string id) => Compare(id, ".places.txt", Render);

    [Theory]
    [MemberData(nameof(DemoDocuments))]
    public void Extract_DemoArticle_MatchesGoldenEventsFile(string id) => Compare(id, ".events.txt", RenderEvents);

    private void Compare(string id, string suffix, Func<ExtractionResult, string> render)
    {
        var document = CorpusManifest.Load(fixture.Root.CorpusFolder).Value.Documents.Single(d => d.Id == id);
        var actual = render(fixture.Pipeline.Extract(document.Text, document.Metadata.Published));
        var path = Path.Combine(GoldenFolder(), id + suffix);
        if (Environment.GetEnvironmentVariable("DASHBOARD_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"{path} is missing; run the tests with DASHBOARD_UPDATE_GOLDEN=1 to create it.");
        Assert.Equal(File.ReadAllText(path), actual);
    }

    /// <summary>Actors by id, then events by first evidence and type, with every field an analyst reviews.</summary>
    internal static string RenderEvents(ExtractionResult result)
    {
        var builder = new StringBuilder();
        builder.AppendLine("# actor\tkind\tcountry\trole\tname\tmentions");
        foreach (var a in result.Actors.OrderBy(a => a.Id, StringComparer.Ordinal))
        {
            builder.AppendLine(CultureInfo.InvariantCulture,
                $"{a.Id}\t{a.Kind}\t{a.Country ?? "-"}\t{a.Role ?? "-"}\t{a.Name}\t{string.Join(' ', a.Mentions.Select(m => $"{m.Start}-{m.End}"))}");
        }

        builder.AppendLine("# event\tstatus\tactors\ttargets\tplace\torigin\tdate\tprecision\tbasis\tquantities\tevidence\tconfidence");
        var events = result.Events
            .OrderBy(e => e.Evidence[0].Span.Start).ThenBy(e => e.Type, StringComparer.Ordinal)
            .Select(e => string.Create(CultureInfo.InvariantCulture,
                $"{e.Type}\t{e.Status}\t{Ids(e.Actors)}\t{Ids(e.Targets)}\t{e.Place?.Choice?.Name ?? "-"}{(e.Place is not null && e.PlaceBasis == Core.Events.PlaceBasis.Context ? " [context]" : "")}\t{e.Origin?.Choice?.Name ?? "-"}\t{e.When?.ToString() ?? "-"}\t{e.When?.Precision.ToString() ?? "-"}\t{(e.When is null ? "-" : e.DateBasis.ToString())}\t{(e.Quantities.Count == 0 ? "-" : string.Join("; ", e.Quantities))}\t{string.Join(' ', e.Evidence.Select(x => $"{x.Span.Start}-{x.Span.End}"))}\t{e.Confidence?.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) ?? "-"}"));
        foreach (var line in events)
        {
            builder.AppendLine(line);
        }

        return builder.ToString();
    }

    private static string Ids(IReadOnlyList<string> ids) => ids.Count == 0 ? "-" : string.Join(',', ids);

    internal static string Render(ExtractionResult result)
    {
        var lines = result.Places
            .OrderBy(p => p.Mention.Span.Start).ThenBy(p => p.Mention.Span.End)
            .Select(p => string.Create(CultureInfo.InvariantCulture,
                $"{p.Mention.Span.Start}-{p.Mention.Span.End}\t{p.Mention.Surface}\t{p.Mention.Cue}\t{(p.Mention.Literal ? "literal" : "associative")}\t{p.Kind}\t{p.Precision}\t{p.Choice?.Id ?? "-"}\t{p.Choice?.Name ?? "-"}\t{p.Confidence:0.00}"));
        var builder = new StringBuilder();
        builder.AppendLine("# span\tsurface\tcue\tuse\tkind\tprecision\tchoice\tname\tconfidence");
        foreach (var line in lines)
        {
            builder.AppendLine(line);
        }

        return builder.ToString();
    }

    private static string GoldenFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "Dashboard.Extraction.Tests", "Golden");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("tests/Dashboard.Extraction.Tests/Golden");
    }
}
