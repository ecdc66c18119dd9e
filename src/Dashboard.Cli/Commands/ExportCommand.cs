namespace Dashboard.Cli.Commands;

/// <summary><c>export [--data DIR] FILE</c>: a full, consistent backup of the store (documents, extractions, corrections).</summary>
internal sealed class ExportCommand : ICommand
{
    public string Name => "export";

    public string Summary => "export [--data DIR] FILE: back up the whole store to FILE";

    public async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var (data, file) = StoreArguments.Read(args);
        if (file is null)
        {
            await stderr.WriteLineAsync("export needs the backup FILE to write.");
            return ExitCodes.Usage;
        }

        var store = StoreLoader.Open(data);
        if (!store.IsSuccess)
        {
            await stderr.WriteLineAsync(store.Error);
            return ExitCodes.DataMissing;
        }

        try
        {
            store.Value.Backup(Path.GetFullPath(file));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
        {
            await stderr.WriteLineAsync($"The backup could not be written to '{file}': {e.Message}");
            return ExitCodes.Failed;
        }

        await stdout.WriteLineAsync($"{store.Value.DocumentCount} documents and {store.Value.Corrections().Count} corrections backed up to {file}");
        return ExitCodes.Ok;
    }
}
