using System.Diagnostics;

namespace Dashboard.EndToEnd.Tests;

/// <summary>Runs the command-line tool from its build output, as a user would.</summary>
internal static class CliProcess
{
    public static Process Start(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryPaths.Root,
        };
        info.ArgumentList.Add(RepositoryPaths.CliAssembly);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start.");
    }

    public static async Task<(int ExitCode, string Output, string Errors)> RunAsync(params string[] args)
    {
        using var process = Start(args);
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return (process.ExitCode, await output, await errors);
    }
}
