using Dashboard.Store.Ingest;

namespace Dashboard.Cli.Commands;

/// <summary>
/// <c>ingest [--published YYYY-MM-DD] [--title …] [--outlet …] [--url …] [--no-robots] [--data DIR] FILE|FOLDER|URL…</c>:
/// adds articles to the store. A folder must hold a manifest.json; a URL is fetched and its article read (title, outlet,
/// publication date and canonical address from the page). Each item gets a line; a failure does not stop the batch.
/// </summary>
internal sealed class IngestCommand : ICommand
{
    public string Name => "ingest";

    public string Summary => "ingest [--published D] [--title T] [--outlet O] [--url U] [--no-robots] [--data DIR] FILE|FOLDER|URL...: add articles to the store";

    public async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        var paths = new List<string>();
        var urls = new List<string>();
        var honourRobots = true;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] is "--published" or "--title" or "--outlet" or "--url" or "--data" && i + 1 < args.Length)
            {
                options[args[i]] = args[++i];
            }
            else if (args[i] == "--no-robots")
            {
                honourRobots = false;
            }
            else if (WebSources.IsUrl(args[i]))
            {
                urls.Add(args[i]);
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

        if (paths.Count == 0 && urls.Count == 0)
        {
            await stderr.WriteLineAsync("ingest needs at least one FILE, FOLDER or URL.");
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

        if (urls.Count > 0)
        {
            using var fetcher = WebSources.Fetcher(honourRobots);
            var byUrl = new Dashboard.Feeds.Ingest.UrlIngestor(new Dashboard.Feeds.Articles.ArticleFetcher(fetcher), ingestor);
            foreach (var url in urls)
            {
                if (!Uri.TryCreate(url, UriKind.Absolute, out var address))
                {
                    await stderr.WriteLineAsync($"{url}: not a valid address.");
                    failures++;
                    continue;
                }

                var result = await byUrl.IngestAsync(address, honourRobots: honourRobots);
                await (result.Succeeded ? stdout : stderr).WriteLineAsync(result.Message);
                failures += result.Succeeded ? 0 : 1;
            }
        }

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
