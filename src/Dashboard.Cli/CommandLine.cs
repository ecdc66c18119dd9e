using Dashboard.Cli.Commands;

namespace Dashboard.Cli;

/// <summary>Dispatches <c>dashboard &lt;command&gt; [arguments]</c>; every expected failure is a message and an exit code.</summary>
internal static class CommandLine
{
    private static readonly IReadOnlyList<ICommand> Commands = [new LookupCommand(), new ExtractCommand(), new EvalGeoCommand(), new EvalEventsCommand(), new IngestCommand(), new ExportCommand(), new ImportCommand(), new ReextractCommand(), new FeedsCommand(), new HashPasswordCommand(), new TrainEventsCommand(), new GoldSpansCommand(), new AgreeEventsCommand()];

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            await WriteUsageAsync(stdout);
            return args.Length == 0 ? ExitCodes.Usage : ExitCodes.Ok;
        }

        var command = Commands.FirstOrDefault(c => c.Name == args[0]);
        if (command is null)
        {
            await stderr.WriteLineAsync($"Unknown command '{args[0]}'.");
            await WriteUsageAsync(stderr);
            return ExitCodes.Usage;
        }

        return await command.RunAsync(args[1..], stdout, stderr);
    }

    private static async Task WriteUsageAsync(TextWriter writer)
    {
        await writer.WriteLineAsync("usage: dotnet run --project src/Dashboard.Cli -- <command> [arguments]");
        foreach (var c in Commands)
        {
            await writer.WriteLineAsync($"  {c.Name,-12} {c.Summary}");
        }
    }
}
