
namespace Dashboard.Cli.Commands;

/// <summary><c>reextract [--data DIR]</c>: runs the current pipeline again over every stored document; corrections stay.</summary>
internal sealed class ReextractCommand : ICommand
{
    public string Name => "reextract";

    public string Summary => "reextract [--data DIR]: extract every stored document again (after an upgrade); corrections are kept";

    public async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var (data, _) = StoreArguments.Read(args);
        var loaded = IngestorLoader.Open(data);
        if (!loaded.IsSuccess)
        {
            await stderr.WriteLineAsync(loaded.Error);
            return ExitCodes.DataMissing;
        }

        var (store, ingestor) = loaded.Value;
        var count = ingestor.ReextractAll();
        await stdout.WriteLineAsync($"Extracted {count} documents again; {store.Corrections().Count} corrections kept.");
        return ExitCodes.Ok;
    }
}
