using System.Globalization;
using Dashboard.Feeds.Polling;

namespace Dashboard.Cli.Commands;

/// <summary>
/// <c>feeds add URL [--every 15m] [--no-robots] [--keep-summaries]</c>, <c>feeds list</c>, <c>feeds remove ID|URL</c>,
/// <c>feeds poll</c> (every due feed now: a line per item, then exit), each with <c>[--data DIR]</c>. A refused item or a
/// failed feed makes the exit code non-zero, with a one-line reason.
/// </summary>
internal sealed class FeedsCommand : ICommand
{
    public string Name => "feeds";

    public string Summary => "feeds add URL [--every 15m] [--no-robots] [--keep-summaries] | list | remove ID|URL | poll  [--data DIR]: follow RSS, Atom and JSON feeds";

    public async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        string? data = null;
        var every = TimeSpan.FromMinutes(15);
        var honourRobots = true;
        var keepSummaries = false;
        var words = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--data" when i + 1 < args.Length:
                    data = args[++i];
                    break;
                case "--every" when i + 1 < args.Length:
                    if (ParseInterval(args[++i]) is not { } interval)
                    {
                        await stderr.WriteLineAsync($"--every '{args[i]}' is not an interval such as 90s, 15m, 2h or 1d.");
                        return ExitCodes.Usage;
                    }

                    every = interval;
                    break;
                case "--no-robots":
                    honourRobots = false;
                    break;
                case "--keep-summaries":
                    keepSummaries = true;
                    break;
                default:
                    if (args[i].StartsWith("--", StringComparison.Ordinal))
                    {
                        await stderr.WriteLineAsync($"Unknown or incomplete option '{args[i]}'.");
                        return ExitCodes.Usage;
                    }

                    words.Add(args[i]);
                    break;
            }
        }

        var verb = words.FirstOrDefault();
        if (verb is not ("add" or "list" or "remove" or "poll") || (verb is "add" or "remove" && words.Count != 2) || (verb is "list" or "poll" && words.Count != 1))
        {
            await stderr.WriteLineAsync("usage: feeds add URL [--every 15m] [--no-robots] [--keep-summaries] | feeds list | feeds remove ID|URL | feeds poll  [--data DIR]");
            return ExitCodes.Usage;
        }

        if (verb == "poll")
        {
            return await PollAsync(data, stdout, stderr);
        }

        var opened = StoreLoader.Open(data);
        if (!opened.IsSuccess)
        {
            await stderr.WriteLineAsync(opened.Error);
            return ExitCodes.DataMissing;
        }

        var store = opened.Value;
        switch (verb)
        {
            case "add":
                if (!Uri.TryCreate(words[1], UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
                {
                    await stderr.WriteLineAsync($"{words[1]}: not an http or https address.");
                    return ExitCodes.Failed;
                }

                var added = store.AddFeed(url, every, honourRobots, keepSummaries, DateTimeOffset.UtcNow);
                if (!added.IsSuccess)
                {
                    await stderr.WriteLineAsync(added.Error);
                    return ExitCodes.Failed;
                }

                await stdout.WriteLineAsync($"{added.Value.Id}  {url}  every {Describe(every)}{(honourRobots ? string.Empty : ", robots.txt off")}{(keepSummaries ? ", keeps summaries of paywalled items" : string.Empty)}; first poll now (feeds poll, or the running app)");
                return ExitCodes.Ok;
            case "remove":
                var feed = store.FindFeed(words[1]);
                if (feed is null || !store.RemoveFeed(feed.Id))
                {
                    await stderr.WriteLineAsync($"{words[1]}: no such feed (feeds list shows them).");
                    return ExitCodes.Failed;
                }

                await stdout.WriteLineAsync($"removed {feed.Id}  {feed.Url}; the {feed.ItemsTaken} articles it brought stay in the store");
                return ExitCodes.Ok;
            default:
                var feeds = store.Feeds();
                foreach (var f in feeds)
                {
                    var state = f.Paused ? "paused" : $"next poll {f.NextPoll.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}Z";
                    var last = f.LastPoll is { } polled ? polled.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + "Z" : "never";
                    await stdout.WriteLineAsync($"{f.Id}  {f.Url}  {f.Title ?? "(title not yet known)"}  every {Describe(f.Interval)}  last poll {last}  {state}  {f.ItemsTaken} taken{(f.LastError is null ? string.Empty : "  last error: " + f.LastError)}");
                }

                await stdout.WriteLineAsync($"{feeds.Count} feeds in {store.Path}");
                return ExitCodes.Ok;
        }
    }

    private static async Task<int> PollAsync(string? data, TextWriter stdout, TextWriter stderr)
    {
        var loaded = IngestorLoader.Open(data);
        if (!loaded.IsSuccess)
        {
            await stderr.WriteLineAsync(loaded.Error);
            return ExitCodes.DataMissing;
        }

        var (store, ingestor) = loaded.Value;
        using var fetcher = WebSources.Fetcher();
        var failures = 0;
        var outcomes = await WebSources.Poller(store, fetcher, ingestor).PollDueAsync(new SynchronousProgress(item =>
        {
            (item.Succeeded ? stdout : stderr).WriteLine(item.Message);
            failures += item.Succeeded ? 0 : 1;
        }));
        foreach (var outcome in outcomes)
        {
            if (outcome.Error is not null)
            {
                await stderr.WriteLineAsync(outcome.Error);
                failures++;
            }
            else
            {
                await stdout.WriteLineAsync($"{outcome.Feed.Url}: {(outcome.NotModified ? "unchanged since the last poll" : $"{outcome.Taken} new articles, {outcome.Items.Count - outcome.Taken} refused")}");
            }
        }

        await stdout.WriteLineAsync($"{outcomes.Count} feeds polled; {store.DocumentCount} documents in {store.Path}");
        return failures == 0 ? ExitCodes.Ok : ExitCodes.Failed;
    }

    /// <summary>"90s", "15m", "2h", "1d" (a bare number is minutes).</summary>
    internal static TimeSpan? ParseInterval(string text)
    {
        var unit = text.Length > 0 && char.IsLetter(text[^1]) ? char.ToLowerInvariant(text[^1]) : 'm';
        var number = char.IsLetter(text[^1]) ? text[..^1] : text;
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value <= 0)
        {
            return null;
        }

        return unit switch
        {
            's' => TimeSpan.FromSeconds(value),
            'm' => TimeSpan.FromMinutes(value),
            'h' => TimeSpan.FromHours(value),
            'd' => TimeSpan.FromDays(value),
            _ => null,
        };
    }

    private static string Describe(TimeSpan interval) =>
        interval.TotalDays >= 1 && interval.TotalDays % 1 == 0 ? $"{interval.TotalDays:0}d"
        : interval.TotalHours >= 1 && interval.TotalHours % 1 == 0 ? $"{interval.TotalHours:0}h"
        : $"{interval.TotalMinutes:0.#}m";

    /// <summary>Reports on the poller's thread, in order (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class SynchronousProgress(Action<FeedItemProgress> report) : IProgress<FeedItemProgress>
    {
        public void Report(FeedItemProgress value) => report(value);
    }
}
