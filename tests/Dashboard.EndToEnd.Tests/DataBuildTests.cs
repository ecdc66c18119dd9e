using System.Diagnostics;

namespace Dashboard.EndToEnd.Tests;

/// <summary>
/// The data build's own check (<c>npm run check</c> in <c>wwwroot-data/build</c>), run as a maintainer would: every
/// generated file is reproduced byte for byte from its pinned packages, and every hand-written lexicon passes the
/// validator (known kinds, no repeats). Without this test a lexicon kind added in C# but not in the validator went
/// unnoticed for a session.
/// </summary>
public sealed class DataBuildTests
{
    private static readonly string BuildFolder = Path.Combine(RepositoryPaths.Root, "wwwroot-data", "build");

    [Fact]
    public async Task DataBuildCheck_CommittedFiles_AreReproducedAndTheLexiconsValid()
    {
        if (!Directory.Exists(Path.Combine(BuildFolder, "node_modules")))
        {
            var (installed, _, installErrors) = await RunAsync("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error");
            Assert.True(installed == 0, "npm ci failed in wwwroot-data/build: " + installErrors);
        }

        var (code, output, errors) = await RunAsync("npm", "run", "check");

        Assert.True(code == 0, $"npm run check failed:\n{Tail(output)}\n{Tail(errors)}");
        Assert.Contains("hand-written lexicons OK:", output, StringComparison.Ordinal);
        Assert.Contains("check OK:", output, StringComparison.Ordinal);
    }

    private static string Tail(string text) => text.Length <= 2000 ? text : text[^2000..];

    private static async Task<(int ExitCode, string Output, string Errors)> RunAsync(string command, params string[] args)
    {
        var info = new ProcessStartInfo(command)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = BuildFolder,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException(command + " did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3));
        return (process.ExitCode, await output, await errors);
    }
}
