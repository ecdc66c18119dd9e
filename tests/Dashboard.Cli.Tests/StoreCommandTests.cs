namespace Dashboard.Cli.Tests;

/// <summary>ingest, export and import against a data folder of the test's own.</summary>
public sealed class StoreCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dashboard-cli-store-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // The OS cleans temp folders.
        }
    }

    [Fact]
    public async Task Ingest_GoodAndBadFiles_ReportsEachAndContinues()
    {
        var good = Path.Combine(_folder, "good.txt");
        var bad = Path.Combine(_folder, "bad.pdf");
        await File.WriteAllTextAsync(good, "Talks in Lisbon\n\nEnvoys met in Lisbon on Monday.\n");
        await File.WriteAllTextAsync(bad, "%PDF");

        var (code, stdout, stderr) = await CliRunner.RunAsync("ingest", "--data", Path.Combine(_folder, "data"), "--published", "2023-05-02", bad, good);

        Assert.Equal(1, code);
        Assert.Contains("bad.pdf: unsupported file type '.pdf'", stderr, StringComparison.Ordinal);
        Assert.Contains("good.txt: added", stdout, StringComparison.Ordinal);
        Assert.Contains("1 documents in", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_NoFiles_UsageError() =>
        Assert.Equal(64, (await CliRunner.RunAsync("ingest", "--data", _folder)).Code);

    [Fact]
    public async Task ExportThenImport_IntoAnotherFolder_SameDocuments()
    {
        var file = Path.Combine(_folder, "a.txt");
        await File.WriteAllTextAsync(file, "Talks in Lisbon\n\nEnvoys met in Lisbon.\n");
        await CliRunner.RunAsync("ingest", "--data", Path.Combine(_folder, "one"), file);
        var backup = Path.Combine(_folder, "backup.db");

        var export = await CliRunner.RunAsync("export", "--data", Path.Combine(_folder, "one"), backup);
        var import = await CliRunner.RunAsync("import", "--data", Path.Combine(_folder, "two"), backup);

        Assert.Equal(0, export.Code);
        Assert.Contains("1 documents and 0 corrections backed up", export.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, import.Code);
        Assert.Contains("Restored 1 documents", import.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_NotABackup_RefusedWithAMessage()
    {
        var junk = Path.Combine(_folder, "junk.db");
        await File.WriteAllTextAsync(junk, "not a database at all, just some text to fill the header");

        var (code, _, stderr) = await CliRunner.RunAsync("import", "--data", Path.Combine(_folder, "data"), junk);

        Assert.Equal(1, code);
        Assert.Contains("junk.db", stderr, StringComparison.Ordinal);
    }
}
