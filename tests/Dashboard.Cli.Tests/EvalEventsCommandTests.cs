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
    public async Task EvalEvents_MissingFolder_SaysSo()
    {
        var (code, _, stderr) = await CliRunner.RunAsync("eval-events", Path.Combine(_folder.FullName, "nope"), _folder.FullName);
        Assert.Equal(66, code);
        Assert.Contains("no such folder", stderr, StringComparison.Ordinal);
    }
}
