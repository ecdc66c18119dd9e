using Dashboard.Extraction.Events.Confidence;

namespace Dashboard.Cli.Tests;

public sealed class TrainEventsCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("dashboard-trainevents-");

    public void Dispose() => _folder.Delete(recursive: true);

    private static readonly string[] Texts =
    [
        "France sent about 1,200 soldiers to Niamey. Police arrested 12 people in Lyon.",
        "Rebels attacked a village near Goma. Ministers held talks in Rome.",
        "Police arrested 3 men in Porto. The mayor said the arrests were lawful.",
        "Protesters marched through Quito. Troops were sent to Guayaquil.",
    ];

    /// <summary>The texts as a JSON-lines file of the folder.</summary>
    private async Task<string> TextsAsync(string name)
    {
        var texts = Path.Combine(_folder.FullName, name);
        await File.WriteAllLinesAsync(texts, Texts.Select((t, i) => $$"""{"id": "t-{{i}}", "text": "{{t}}"}"""));
        return texts;
    }

    /// <summary>A gold folder annotating each text's first sentence as a deployment.</summary>
    private async Task<DirectoryInfo> DeployGoldAsync(string name)
    {
        var gold = _folder.CreateSubdirectory(name);
        for (var i = 0; i < Texts.Length; i++)
        {
            var sentence = Texts[i][..(Texts[i].IndexOf('.', StringComparison.Ordinal) + 1)];
            await File.WriteAllTextAsync(Path.Combine(gold.FullName, $"t-{i}.json"), $$"""{"id": "t-{{i}}", "events": [{"type": "deploy", "actors": [], "evidence": "{{sentence}}"}]}""");
        }

        return gold;
    }

    [Fact]
    public async Task TrainEvents_SmallGold_WritesAModelAndTheSpanForm()
    {
        var texts = Path.Combine(_folder.FullName, "texts.jsonl");
        await File.WriteAllLinesAsync(texts, Texts.Select((t, i) => $$"""{"id": "t-{{i}}", "text": "{{t}}"}"""));
        var gold = _folder.CreateSubdirectory("gold");
        for (var i = 0; i < Texts.Length; i++)
        {
            var first = Texts[i][..(Texts[i].IndexOf('.', StringComparison.Ordinal) + 1)];
            await File.WriteAllTextAsync(Path.Combine(gold.FullName, $"t-{i}.json"),
                $$"""{"id": "t-{{i}}", "events": [{"type": "{{(i % 2 == 0 ? "deploy" : "violence")}}", "actors": [], "evidence": "{{first}}"}]}""");
        }

        var model = Path.Combine(_folder.FullName, "model.tsv");
        var spans = Path.Combine(_folder.FullName, "spans.jsonl");

        var (code, stdout, stderr) = await CliRunner.RunAsync("train-events", "--texts", texts, "--out", model, "--folds", "2", gold.FullName);

        Assert.True(code == 0, stderr);
        Assert.Contains("4 articles, 4 annotated happenings", stdout, StringComparison.Ordinal);
        Assert.Contains("cross-validation over 2 folds", stdout, StringComparison.Ordinal);
        Assert.Contains("best: l2 ", stdout, StringComparison.Ordinal);
        var read = EventConfidenceModel.Parse(await File.ReadAllLinesAsync(model));
        Assert.True(read.IsSuccess, read.Error);

        // The span form quotes no text, and trains and scores the same as the folder it came from.
        var (spansCode, _, spansError) = await CliRunner.RunAsync("gold-spans", gold.FullName, "--texts", texts, "--out", spans);
        Assert.True(spansCode == 0, spansError);
        var spanLines = await File.ReadAllLinesAsync(spans);
        Assert.Equal(4, spanLines.Length);
        Assert.StartsWith("""{"id":"t-0","events":[{"type":"deploy","actors":[],"spans":[[0,""", spanLines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("Niamey", spanLines[0], StringComparison.Ordinal);
        var (code2, stdout2, _) = await CliRunner.RunAsync("train-events", "--texts", texts, "--folds", "2", spans);
        Assert.Equal(0, code2);
        Assert.Equal(stdout.Split('\n')[..^2], stdout2.Split('\n')[..^1]);
        var (_, fromFolder, _) = await CliRunner.RunAsync("eval-events", gold.FullName, "--texts", texts);
        var (_, fromSpans, _) = await CliRunner.RunAsync("eval-events", spans, "--texts", texts);
        Assert.Contains("every happening, 4 articles", fromSpans, StringComparison.Ordinal);
        Assert.Equal(fromFolder, fromSpans);
    }

    [Fact]
    public async Task TrainEvents_TextsInTwoFilesFixedPenaltyAndThreshold_WritesThatThreshold()
    {
        var (first, second) = (Path.Combine(_folder.FullName, "a.jsonl"), Path.Combine(_folder.FullName, "b.jsonl"));
        await File.WriteAllLinesAsync(first, Texts.Take(2).Select((t, i) => $$"""{"id": "t-{{i}}", "text": "{{t}}"}"""));
        await File.WriteAllLinesAsync(second, Texts.Skip(2).Select((t, i) => $$"""{"id": "t-{{i + 2}}", "text": "{{t}}"}"""));
        var gold = await DeployGoldAsync("gold2");

        var model = Path.Combine(_folder.FullName, "fixed.tsv");

        var (code, stdout, stderr) = await CliRunner.RunAsync("train-events", "--texts", first, "--texts", second, "--l2", "3", "--threshold", "0.55", "--out", model, "--folds", "2", gold.FullName);

        Assert.True(code == 0, stderr);
        Assert.Contains("4 articles", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("l2    1 ", stdout, StringComparison.Ordinal);
        var read = EventConfidenceModel.Parse(await File.ReadAllLinesAsync(model));
        Assert.Equal(0.55, read.Value.Threshold);
    }

    [Fact]
    public async Task TrainEvents_PrecisionTarget_WritesTheLowestThresholdWhoseCrossValidatedPrecisionReachesIt()
    {
        var texts = await TextsAsync("texts3.jsonl");
        var gold = await DeployGoldAsync("gold3");

        var (_, rows, _) = await CliRunner.RunAsync("train-events", "--texts", texts, "--l2", "1", "--folds", "2", gold.FullName);
        var printed = rows.Split('\n').Where(l => l.Contains(" threshold 0.", StringComparison.Ordinal) && l.Contains(" P ", StringComparison.Ordinal))
            .Select(l => (Threshold: double.Parse(l.Split(" threshold ")[1][..4], System.Globalization.CultureInfo.InvariantCulture),
                Precision: double.Parse(l.Split(" P ")[1][..5], System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
        // The rows print precision to three places: half a unit below the best printed one is reached there and nowhere lower.
        var best = printed.Max(r => r.Precision);
        var target = best - 0.0005;
        var model = Path.Combine(_folder.FullName, "aimed.tsv");

        var (code, stdout, stderr) = await CliRunner.RunAsync("train-events", "--texts", texts, "--l2", "1", "--precision",
            target.ToString("0.0000", System.Globalization.CultureInfo.InvariantCulture), "--out", model, "--folds", "2", gold.FullName);

        Assert.True(code == 0, stderr);
        var lowest = printed.First(r => r.Precision >= best).Threshold;
        Assert.Contains(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"reaches {target:0.###}: {lowest:0.00}"), stdout, StringComparison.Ordinal);
        var read = EventConfidenceModel.Parse(await File.ReadAllLinesAsync(model));
        Assert.Equal(lowest, read.Value.Threshold);
        Assert.Contains("the lowest whose cross-validated precision reaches", await File.ReadAllTextAsync(model), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TrainEvents_PrecisionNoThresholdReaches_FailsAndWritesNoModel()
    {
        var texts = await TextsAsync("texts4.jsonl");
        var gold = await DeployGoldAsync("gold4");

        var model = Path.Combine(_folder.FullName, "unreached.tsv");

        // Every second candidate is no happening, so no threshold keeps only happenings across the folds.
        var (code, _, stderr) = await CliRunner.RunAsync("train-events", "--texts", texts, "--l2", "1", "--precision", "1", "--out", model, "--folds", "2", gold.FullName);

        Assert.Equal(1, code);
        Assert.Contains("No threshold up to 0.80 reaches a cross-validated precision of 1", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(model));
    }

    [Theory]
    [InlineData("--precision", "0")]
    [InlineData("--precision", "1.5")]
    public async Task TrainEvents_PrecisionOutOfRange_PrintsUsage(string option, string value)
    {
        var (code, _, stderr) = await CliRunner.RunAsync("train-events", "--texts", "t.jsonl", option, value, "gold");

        Assert.Equal(64, code);
        Assert.Contains("--precision P", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TrainEvents_ThresholdAndPrecisionTogether_PrintsUsage()
    {
        var (code, _, stderr) = await CliRunner.RunAsync("train-events", "--texts", "t.jsonl", "--threshold", "0.5", "--precision", "0.7", "gold");

        Assert.Equal(64, code);
        Assert.Contains("usage: train-events", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--out", "m.tsv", "gold")]
    [InlineData("--texts", "t.jsonl", "--out")]
    public async Task TrainEvents_MissingArgument_PrintsUsage(string a, string b, string c)
    {
        var (code, _, stderr) = await CliRunner.RunAsync("train-events", a, b, c);

        Assert.Equal(64, code);
        Assert.Contains("usage: train-events", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TrainEvents_MissingGold_SaysSo()
    {
        var texts = Path.Combine(_folder.FullName, "texts.jsonl");
        await File.WriteAllTextAsync(texts, "");

        var (code, _, stderr) = await CliRunner.RunAsync("train-events", "--texts", texts, "--out", Path.Combine(_folder.FullName, "m.tsv"), Path.Combine(_folder.FullName, "nope"));

        Assert.Equal(66, code);
        Assert.Contains("nope: not found", stderr, StringComparison.Ordinal);
    }
}
