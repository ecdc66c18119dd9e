using Dashboard.Feeds.Articles;
using Dashboard.Feeds.Fetch;
using Dashboard.Feeds.Ingest;
using Dashboard.Feeds.Polling;
using Dashboard.Store.Ingest;
using Dashboard.Store.Sql;

namespace Dashboard.Cli.Commands;

/// <summary>
/// What the command line fetches with. It runs for one user on their own machine (local mode), so private and loopback
/// addresses are allowed; robots.txt is honoured unless <c>--no-robots</c>.
/// </summary>
internal static class WebSources
{
    public static bool IsUrl(string argument) =>
        argument.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || argument.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    public static WebFetcher Fetcher(bool honourRobots = true) => new(new FetchOptions(allowPrivateNetworks: true, honourRobots: honourRobots));

    public static FeedPoller Poller(SqlStore store, WebFetcher fetcher, DocumentIngestor ingestor) =>
        new(store, fetcher, new UrlIngestor(new ArticleFetcher(fetcher), ingestor), new FeedPollOptions(), TimeProvider.System);
}
