namespace Dashboard.Cli.Commands;

/// <summary><c>import [--data DIR] FILE</c>: restores a backup made by <c>export</c>, replacing the store's content.</summary>
internal sealed class ImportCommand : ICommand
{
    public string Name => "import";

    public string Summary => "import [--data DIR] FILE: restore the store from a backup made by export";

    public async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var (data, file) = StoreArguments.Read(args);
        if (file is null)
        {
            await stderr.WriteLineAsync("import needs the backup FILE to read.");
            return ExitCodes.Usage;
        }

        var store = StoreLoader.Open(data);
        if (!store.IsSuccess)
        {
            await stderr.WriteLineAsync(store.Error);
            return ExitCodes.DataMissing;
        }

        var restored = store.Value.Restore(Path.GetFullPath(file));
        if (!restored.IsSuccess)
        {
            await stderr.WriteLineAsync(restored.Error);
            return ExitCodes.Failed;
        }

        await stdout.WriteLineAsync($"Restored {restored.Value} documents into {store.Value.Path}");
        return ExitCodes.Ok;
    }
}
