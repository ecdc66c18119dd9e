namespace Dashboard.Cli.Tests;

public sealed class AgreeEventsCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("dashboard-agreeevents-");

    public void Dispose() => _folder.Delete(recursive: true);

    private async Task<string> Texts()
    {
        var texts = Path.Combine(_folder.FullName, "texts.jsonl");
        await File.WriteAllLinesAsync(texts,
        [
            """{"id": "a", "text": "Police arrested 12 people in Lyon. Rebels attacked a village near Goma. The mayor said the arrests were lawful."}""",
            """{"id": "b", "text": "Ministers held talks in Rome. Troops were sent to Gao."}""",
        ]);
        return texts;
    }

    private async Task<string> Annotation(string name, params (string Id, string Type, string Evidence)[] events)
    {
        var folder = _folder.CreateSubdirectory(name);
        foreach (var article in events.GroupBy(e => e.Id))
        {
            var list = string.Join(", ", article.Select(e => $$"""{"type": "{{e.Type}}", "actors": [], "evidence": "{{e.Evidence}}"}"""));
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, article.Key + ".json"), $$"""{"id": "{{article.Key}}", "events": [{{list}}]}""");
        }

        return folder.FullName;
    }

    [Fact]
    public async Task AgreeEvents_TwoAnnotations_ScoresTheSecondAgainstTheFirst()
    {
        var texts = await Texts();
        var first = await Annotation("first",
            ("a", "arrest", "Police arrested 12 people in Lyon."), ("a", "violence", "Rebels attacked a village near Goma."),
            ("b", "meeting", "Ministers held talks in Rome."), ("b", "deploy", "Troops were sent to Gao."));
        var second = await Annotation("second",
            ("a", "arrest", "Police arrested 12 people in Lyon."), ("a", "statement", "The mayor said the arrests were lawful."),
            ("b", "meeting", "Ministers held talks in Rome."), ("b", "transport", "Troops were sent to Gao."));

        var (code, stdout, stderr) = await CliRunner.RunAsync("agree-events", first, second, "--texts", texts);

        Assert.True(code == 0, stderr);
        Assert.Contains("agreement, 2 articles annotated in both: precision 0.500 (2/4), recall 0.500 (2/4), F1 0.500", stdout, StringComparison.Ordinal);
        Assert.Contains("the reference types otherwise: 1", stdout, StringComparison.Ordinal);
        Assert.Contains("  violence            1 /    0 /    0: 0.000 0.000 0.000", stdout, StringComparison.Ordinal);
        Assert.Contains("  statement           0 /    1 /    0: 0.000 0.000 0.000", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AgreeEvents_SameAnnotationTwice_AgreesFully()
    {
        var texts = await Texts();
        var gold = await Annotation("gold", ("a", "arrest", "Police arrested 12 people in Lyon."), ("b", "meeting", "Ministers held talks in Rome."));

        var (code, stdout, _) = await CliRunner.RunAsync("agree-events", gold, gold, "--texts", texts);

        Assert.Equal(0, code);
        Assert.Contains("precision 1.000 (2/2), recall 1.000 (2/2), F1 1.000", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AgreeEvents_NoArticleInBoth_SaysSoAndFails()
    {
        var texts = await Texts();
        var first = await Annotation("first", ("a", "arrest", "Police arrested 12 people in Lyon."));
        var second = await Annotation("second", ("b", "meeting", "Ministers held talks in Rome."));

        var (code, _, stderr) = await CliRunner.RunAsync("agree-events", first, second, "--texts", texts);

        Assert.Equal(66, code);
        Assert.Contains("no article is annotated in both", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("only-one")]
    [InlineData("a", "b", "--out", "c")]
    public async Task AgreeEvents_BadArguments_PrintsUsage(params string[] args)
    {
        var (code, _, stderr) = await CliRunner.RunAsync(["agree-events", .. args]);

        Assert.Equal(64, code);
        Assert.Contains("usage: agree-events REFERENCE OTHER --texts", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AgreeEvents_MissingFolder_NamesIt()
    {
        var texts = await Texts();
        var missing = Path.Combine(_folder.FullName, "nowhere");

        var (code, _, stderr) = await CliRunner.RunAsync("agree-events", missing, missing, "--texts", texts);

        Assert.Equal(66, code);
        Assert.Contains("nowhere: not found.", stderr, StringComparison.Ordinal);
    }
}
