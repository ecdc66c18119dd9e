namespace Dashboard.Cli.Tests;

public sealed class EvalGeoCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("dashboard-evalgeo-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task EvalGeo_PerfectSmallGold_ScoresOne()
    {
        // Invented text; offsets are code points as in GeoWebNews ("Troops arrived in Lyon." → Lyon at 18..22).
        var gold = Path.Combine(_folder.FullName, "gold.jsonl");
        await File.WriteAllTextAsync(gold,
            """{"id": "t1", "text": "Troops arrived in Lyon.", "toponyms": [{"start": 18, "end": 22, "surface": "Lyon", "lat": 45.75, "lon": 4.85, "geonames_id": 2996944, "type": "literal", "fine_type": "Literal", "eval_geotagging": true, "eval_geocoding": true}]}""" + "\n");

        var (code, stdout, stderr) = await CliRunner.RunAsync("eval-geo", gold);

        Assert.True(code == 0, stderr);
        var all = stdout.Split('\n').Single(l => l.StartsWith("all", StringComparison.Ordinal));
        Assert.Contains("1.000  1.000  1.000", all, StringComparison.Ordinal);
        Assert.Contains("documents/s", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalGeo_MissingFile_SaysSo()
    {
        var (code, _, stderr) = await CliRunner.RunAsync("eval-geo", Path.Combine(_folder.FullName, "nope.jsonl"));
        Assert.Equal(66, code);
        Assert.Contains("no such file", stderr, StringComparison.Ordinal);
    }
}
