using Dashboard.Store.Ingest;

namespace Dashboard.Cli.Commands;

/// <summary>
/// <c>ingest [--published YYYY-MM-DD] [--title …] [--outlet …] [--url …] [--data DIR] FILE|FOLDER…</c>: adds articles to
/// the store. A folder must hold a manifest.json. Each file gets a line; a failure does not stop the batch.
/// </summary>
internal sealed class IngestCommand : ICommand
{
    public string Name => "ingest";

    public string Summary => "ingest [--published D] [--title T] [--outlet O] [--url U] [--data DIR] FILE|FOLDER...: add articles to the store";

    public async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        var paths = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] is "--published" or "--title" or "--outlet" or "--url" or "--data" && i + 1 < args.Length)
            {
                options[args[i]] = args[++i];
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                await stderr.WriteLineAsync($"Unknown or incomplete option '{args[i]}'.");
                return ExitCodes.Usage;
            }
            else
            {
                paths.Add(args[i]);
            }
        }

        if (paths.Count == 0)
        {
            await stderr.WriteLineAsync("ingest needs at least one FILE or FOLDER.");
            return ExitCodes.Usage;
        }

        var loaded = IngestorLoader.Open(options.GetValueOrDefault("--data"));
        if (!loaded.IsSuccess)
        {
            await stderr.WriteLineAsync(loaded.Error);
            return ExitCodes.DataMissing;
        }

        var (store, ingestor) = loaded.Value;
        var failures = 0;
        // Extraction on one thread, storing on this one; each result is reported in order as its batch is stored.
        ingestor.IngestAll(Items(paths, options, stderr, ref failures), result =>
        {
            if (result.Succeeded)
            {
                stdout.WriteLine(result.Message);
            }
            else
            {
                failures++;
                stderr.WriteLine(result.Message);
            }
        });

        await stdout.WriteLineAsync($"{store.DocumentCount} documents in {store.Path}");
        return failures == 0 ? ExitCodes.Ok : ExitCodes.Failed;
    }

    private static List<IngestItem> Items(List<string> paths, Dictionary<string, string> options, TextWriter stderr, ref int failures)
    {
        var items = new List<IngestItem>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var manifest = ManifestItems.Read(path);
                if (!manifest.IsSuccess)
                {
                    stderr.WriteLine(manifest.Error);
                    failures++;
                    continue;
                }

                foreach (var problem in manifest.Value.Problems)
                {
                    stderr.WriteLine(problem);
                    failures++;
                }

                items.AddRange(manifest.Value.Items);
                continue;
            }

            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"{path}: cannot be read ({e.Message}).");
                failures++;
                continue;
            }

            items.Add(new IngestItem(path, bytes, options.GetValueOrDefault("--title"), options.GetValueOrDefault("--outlet"),
                options.GetValueOrDefault("--url"), options.GetValueOrDefault("--published")));
        }

        return items;
    }
}
