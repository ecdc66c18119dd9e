using System.Globalization;
using System.Text;
using Dashboard.Extraction.Pipeline;
using Dashboard.Store.Corpus;

namespace Dashboard.Extraction.Tests;

/// <summary>
/// Whole-article output for the demo corpus, one sorted line per place, compared with Golden/*.places.txt. A change in
/// rules or data shows up as a reviewable diff: run with DASHBOARD_UPDATE_GOLDEN=1 to rewrite the files, then read the diff.
/// </summary>
[Collection(PipelineCollection.Name)]
public sealed class GoldenFileTests(PipelineFixture fixture)
{
    public static TheoryData<string> DemoDocuments() => ["000_f77711c9805fcef0", "002_9793a7ecf1a5a3a5"];

    [Theory]
    [MemberData(nameof(DemoDocuments))]
    public void Extract_DemoArticle_MatchesGoldenFile(string id)
    {
        var document = CorpusManifest.Load(fixture.Root.CorpusFolder).Value.Documents.Single(d => d.Id == id);
        var actual = Render(fixture.Pipeline.Extract(document.Text));
        var path = Path.Combine(GoldenFolder(), id + ".places.txt");
        if (Environment.GetEnvironmentVariable("DASHBOARD_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"{path} is missing; run the tests with DASHBOARD_UPDATE_GOLDEN=1 to create it.");
        Assert.Equal(File.ReadAllText(path), actual);
    }

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
