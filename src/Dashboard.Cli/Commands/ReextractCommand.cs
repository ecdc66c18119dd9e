using Dashboard.Store.Ingest;

namespace Dashboard.Cli.Commands;

/// <summary><c>reextract [--data DIR]</c>: runs the current pipeline again over every stored document; corrections stay.</summary>
internal sealed class ReextractCommand : ICommand
{
    public string Name => "reextract";

    public string Summary => "reextract [--data DIR]: extract every stored document again (after an upgrade); corrections are kept";

    public async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var (data, _) = StoreArguments.Read(args);
        var store = StoreLoader.Open(data);
        if (!store.IsSuccess)
        {
            await stderr.WriteLineAsync(store.Error);
            return ExitCodes.DataMissing;
        }

        var pipeline = PipelineLoader.Load();
        if (!pipeline.IsSuccess)
        {
            await stderr.WriteLineAsync(pipeline.Error);
            return ExitCodes.DataMissing;
        }

        var count = new DocumentIngestor(store.Value, pipeline.Value, new IngestLimits(), TimeProvider.System).ReextractAll();
        await stdout.WriteLineAsync($"Extracted {count} documents again; {store.Value.Corrections().Count} corrections kept.");
        return ExitCodes.Ok;
    }
}
