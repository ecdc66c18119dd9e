namespace Dashboard.Cli.Tests;

public sealed class CommandLineTests
{
    [Fact]
    public async Task RunAsync_NoArguments_PrintsUsageAndFails()
    {
        var (code, stdout, _) = await RunAsync();
        Assert.Equal(64, code);
        Assert.Contains("usage:", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_UnknownCommand_NamesItOnStderr()
    {
        var (code, _, stderr) = await RunAsync("frobnicate");
        Assert.Equal(64, code);
        Assert.Contains("Unknown command 'frobnicate'", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lookup_NoName_ExplainsWhatIsMissing()
    {
        var (code, _, stderr) = await RunAsync("lookup");
        Assert.Equal(64, code);
        Assert.Contains("at least one name", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lookup_KnownCity_ListsItsGeoNamesId()
    {
        var (code, stdout, _) = await RunAsync("lookup", "Alma-Ata");
        Assert.Equal(0, code);
        Assert.Contains("gn:1526384", stdout, StringComparison.Ordinal);
    }

    private static Task<(int Code, string Stdout, string Stderr)> RunAsync(params string[] args) => CliRunner.RunAsync(args);
}
