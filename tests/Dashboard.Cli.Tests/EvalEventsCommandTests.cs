namespace Dashboard.Cli.Tests;

public sealed class EvalEventsCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("dashboard-evalevents-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task EvalEvents_SmallGold_ScoresRecallAndAttributes()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder.FullName, "a.txt"), "Headline\n\nFrance sent about 1,200 soldiers to Niamey on Sunday.\n");
        await File.WriteAllTextAsync(Path.Combine(_folder.FullName, "a.json"), """
            {"publication_date": "2022-01-11", "text_file": "a.txt", "events": [
              {"type": "deploy", "actors": ["France"], "place": "Niamey", "date": "2022-01-09", "date_precision": "day",
               "quantity": {"troops": 1200}, "evidence": "France sent about 1,200 soldiers to Niamey on Sunday."},
              {"type": "protest", "actors": [], "place": null, "date": null, "date_precision": null, "quantity": null,
               "evidence": "Headline"}
            ]}
            """);

        var (code, stdout, stderr) = await CliRunner.RunAsync("eval-events", _folder.FullName, _folder.FullName);

        Assert.True(code == 0, stderr);
        Assert.Contains("events recall: 0.500 (1/2)", stdout, StringComparison.Ordinal);
        Assert.Contains("place: 1.000 (1/1); date: 1.000 (1/1); quantity: 1.000 (1/1)", stdout, StringComparison.Ordinal);
        Assert.Contains("missed a.json: protest", stdout, StringComparison.Ordinal);
        Assert.Contains("extracted: 1 events in 1 annotated articles, 1 of them matching", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalEvents_DemoFormWithAModel_ScoresOnlyTheEventsItKeeps()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder.FullName, "a.txt"), "Headline\n\nFrance sent about 1,200 soldiers to Niamey on Sunday.\n");
        await File.WriteAllTextAsync(Path.Combine(_folder.FullName, "a.json"), """
            {"publication_date": "2022-01-11", "text_file": "a.txt", "events": [
              {"type": "deploy", "actors": ["France"], "place": "Niamey", "date": "2022-01-09", "date_precision": "day",
               "quantity": {"troops": 1200}, "evidence": "France sent about 1,200 soldiers to Niamey on Sunday."}
            ]}
            """);
        var model = Path.Combine(_folder.FullName, "model.tsv");
        await File.WriteAllTextAsync(model, "# doubts every deployment\nbias\t0\nthreshold\t0.5\ntype:deploy\t-5\n");

        var (code, stdout, stderr) = await CliRunner.RunAsync("eval-events", _folder.FullName, _folder.FullName, "--model", model);
        var (_, kept, _) = await CliRunner.RunAsync("eval-events", _folder.FullName, _folder.FullName, "--model", model, "--threshold", "0");

        Assert.True(code == 0, stderr);
        Assert.Contains("events recall: 0.000 (0/1)", stdout, StringComparison.Ordinal);
        Assert.Contains("events recall: 1.000 (1/1)", kept, StringComparison.Ordinal);
    }

    /// <summary>An article telling a deployment, an arrest and talks, and gold that lists the deployment and (wrongly typed) the arrest.</summary>
    private async Task<(string Texts, string Gold)> ThreeHappeningsAsync(string id)
    {
        var texts = Path.Combine(_folder.FullName, $"texts-{id}.jsonl");
        await File.WriteAllTextAsync(texts,
            $$"""{"id": "{{id}}", "text": "France sent about 1,200 soldiers to Niamey. Police arrested 12 people in Lyon. Ministers held talks in Rome."}""" + "\n");
        var gold = _folder.CreateSubdirectory($"gold-{id}");
        await File.WriteAllTextAsync(Path.Combine(gold.FullName, $"{id}.json"), $$"""
            {"id": "{{id}}", "events": [
              {"type": "deploy", "actors": ["France"], "place": "Niamey", "date": null, "quantity": {"troops": 1200},
               "evidence": "France sent about 1,200 soldiers to Niamey."},
              {"type": "protest", "actors": [], "place": "Lyon", "date": null, "quantity": null,
               "evidence": "Police arrested 12 people in Lyon."}
            ]}
            """);
        return (texts, gold.FullName);
    }

    [Fact]
    public async Task EvalEvents_EveryHappeningGold_ScoresPrecisionRecallAndListsErrors()
    {
        var (texts, gold) = await ThreeHappeningsAsync("t-1");

        var (code, stdout, stderr) = await CliRunner.RunAsync("eval-events", gold, "--texts", texts, "--list");

        Assert.True(code == 0, stderr);
        // Extracted: deploy (right), arrest (the gold says protest: a miss and a false positive), meeting (not annotated).
        Assert.Contains("every happening, 1 articles: precision 0.333 (1/3), recall 0.500 (1/2), F1 0.400", stdout, StringComparison.Ordinal);
        Assert.Contains("actor: 1.000 (1/1); place: 1.000 (1/1)", stdout, StringComparison.Ordinal);
        Assert.Contains("missed t-1 protest", stdout, StringComparison.Ordinal);
        Assert.Contains("false positive t-1 arrest", stdout, StringComparison.Ordinal);
        Assert.Contains("statements among all events extracted from the 1 texts", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalEvents_MatchedWithWrongActorPlaceAndDate_ListsEachWithTheExpectedValue()
    {
        var texts = Path.Combine(_folder.FullName, "texts.jsonl");
        await File.WriteAllTextAsync(texts, """{"id": "t-2", "text": "France sent about 1,200 soldiers to Niamey on 2 March 2021."}""" + "\n");
        var gold = _folder.CreateSubdirectory("gold-fields");
        await File.WriteAllTextAsync(Path.Combine(gold.FullName, "t-2.json"), """
            {"id": "t-2", "events": [
              {"type": "deploy", "actors": ["Chad"], "place": "Agadez", "date": "2021-03-01", "quantity": null,
               "evidence": "France sent about 1,200 soldiers to Niamey on 2 March 2021."}
            ]}
            """);

        var (code, stdout, stderr) = await CliRunner.RunAsync("eval-events", gold.FullName, "--texts", texts, "--list");

        Assert.True(code == 0, stderr);
        Assert.Contains("actor: 0.000 (0/1); place: 0.000 (0/1)", stdout, StringComparison.Ordinal);
        Assert.Contains("actor wrong t-2 deploy [France, soldiers] expected [Chad]", stdout, StringComparison.Ordinal);
        Assert.Contains("place wrong t-2 deploy [Niamey (stated)] expected [Agadez]", stdout, StringComparison.Ordinal);
        Assert.Contains("date wrong t-2 deploy [2021-03-02 (stated)] expected [2021-03-01]", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalEvents_GoldActorIsAnotherNameOfTheSameCountry_CountsTheActorRight()
    {
        var texts = Path.Combine(_folder.FullName, "texts-alias.jsonl");
        await File.WriteAllTextAsync(texts, """{"id": "t-4", "text": "Turkey sent about 1,200 soldiers to Niamey."}""" + "\n");
        var gold = _folder.CreateSubdirectory("gold-alias");
        await File.WriteAllTextAsync(Path.Combine(gold.FullName, "t-4.json"), """
            {"id": "t-4", "events": [
              {"type": "deploy", "actors": ["Republic of Turkey"], "place": "Niamey", "date": null, "quantity": null,
               "evidence": "Turkey sent about 1,200 soldiers to Niamey."}
            ]}
            """);

        var (code, stdout, stderr) = await CliRunner.RunAsync("eval-events", gold.FullName, "--texts", texts);

        // The system names the country "Türkiye"; "Republic of Turkey" is its official name in the gazetteer.
        Assert.True(code == 0, stderr);
        Assert.Contains("actor: 1.000 (1/1)", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalEvents_WithAModelAndThreshold_ScoresOnlyTheCandidatesItKeeps()
    {
        var (texts, gold) = await ThreeHappeningsAsync("t-3");
        var model = Path.Combine(_folder.FullName, "model.tsv");
        await File.WriteAllTextAsync(model, "# keeps only deployments told by \"sent\"\nbias\t-5\nthreshold\t0.9\ntrigger:deploy:sent\t10\n");

        var (code, stdout, stderr) = await CliRunner.RunAsync("eval-events", gold, "--texts", texts, "--model", model);
        var (_, everything, _) = await CliRunner.RunAsync("eval-events", gold, "--texts", texts, "--model", model, "--threshold", "0");

        Assert.True(code == 0, stderr);
        Assert.Contains("every happening, 1 articles: precision 1.000 (1/1), recall 0.500 (1/2)", stdout, StringComparison.Ordinal);
        Assert.Contains("precision 0.333 (1/3), recall 0.500 (1/2)", everything, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalEvents_EveryHappeningWithoutAModel_AlsoScoresWhatTheMapShowsWithDoubtfulEventsHidden()
    {
        // The project's own invented crisis articles: a set of eight of which several events fall below the shipped model's
        // threshold (a set of four can have none).
        var invented = InventedGoldTests.Invented();
        var (gold, texts) = (Path.Combine(invented, "crisis4-gold.jsonl"), Path.Combine(invented, "crisis4-texts.jsonl"));
        var shipped = Path.Combine(Dashboard.Geo.Data.DataRoot.Locate(null).Value.Path, "models", "event-confidence.tsv");
        var threshold = Dashboard.Extraction.Events.Confidence.EventConfidenceModel.Parse(File.ReadLines(shipped)).Value.Threshold
            .ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);

        var (code, stdout, stderr) = await CliRunner.RunAsync("eval-events", gold, "--texts", texts);
        var (_, filtered, _) = await CliRunner.RunAsync("eval-events", gold, "--texts", texts, "--model", shipped);

        Assert.True(code == 0, stderr);
        static string Figures(string output) => output.Split('\n')[0][(output.IndexOf(" articles: ", StringComparison.Ordinal) + " articles: ".Length)..];
        // The second line scores the same events as a run filtered by the shipped model at its own threshold, fewer than every event.
        var line = stdout.Split('\n').Single(l => l.StartsWith("with doubtful events hidden", StringComparison.Ordinal));
        Assert.Contains($"threshold {threshold}, as the map's \"Hide doubtful events\"): {Figures(filtered)}; statements ", line, StringComparison.Ordinal);
        Assert.NotEqual(Figures(stdout), Figures(filtered));
        Assert.DoesNotContain("with doubtful events hidden", filtered, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bias\tnot-a-number\n", null, "model-bad.tsv")]
    [InlineData("bias\t0\nthreshold\t0.5\n", "2", "--threshold")]
    public async Task EvalEvents_BadModelOrThreshold_SaysWhatIsWrong(string content, string? threshold, string message)
    {
        var model = Path.Combine(_folder.FullName, "model-bad.tsv");
        await File.WriteAllTextAsync(model, content);
        var texts = Path.Combine(_folder.FullName, "texts-bad.jsonl");
        await File.WriteAllTextAsync(texts, """{"id": "t-4", "text": "Police arrested 12 people in Lyon."}""" + "\n");
        string[] args = threshold is null
            ? ["eval-events", _folder.FullName, "--texts", texts, "--model", model]
            : ["eval-events", _folder.FullName, "--texts", texts, "--model", model, "--threshold", threshold];

        var (code, _, stderr) = await CliRunner.RunAsync(args);

        Assert.Equal(64, code);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalEvents_MissingFolder_SaysSo()
    {
        var (code, _, stderr) = await CliRunner.RunAsync("eval-events", Path.Combine(_folder.FullName, "nope"), _folder.FullName);
        Assert.Equal(66, code);
        Assert.Contains("no such folder", stderr, StringComparison.Ordinal);
    }
}
