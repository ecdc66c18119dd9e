using Dashboard.Feeds.Articles;
using Dashboard.Feeds.Fetch;
using Dashboard.Feeds.Ingest;
using Dashboard.Feeds.Polling;
using Dashboard.Store.Feeds;
using Dashboard.Store.Sql;
using Dashboard.Web.Feeds;

namespace Dashboard.Web.Hosting;

/// <summary>Registration of fetching by URL and feed polling.</summary>
public static class FeedServiceExtensions
{
    public static IServiceCollection AddDashboardFeeds(this IServiceCollection services, DashboardOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var shared = string.Equals(options.Mode, "shared", StringComparison.OrdinalIgnoreCase);
        services.AddSingleton(new FetchOptions(
            TimeSpan.FromSeconds(Math.Max(1, options.Fetch.TimeoutSeconds)),
            options.MaxUploadBytes,
            allowPrivateNetworks: options.Fetch.AllowPrivateNetworks ?? !shared,
            honourRobots: options.Fetch.HonourRobots));
        services.AddSingleton<WebFetcher>();
        services.AddSingleton<ArticleFetcher>();
        services.AddSingleton<UrlIngestor>();
        services.AddSingleton<IFeedStore>(sp => sp.GetRequiredService<SqlStore>());
        services.AddSingleton(new FeedPollOptions());
        services.AddSingleton(sp => new FeedPoller(
            sp.GetRequiredService<IFeedStore>(), sp.GetRequiredService<WebFetcher>(), sp.GetRequiredService<UrlIngestor>(),
            sp.GetRequiredService<FeedPollOptions>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<FeedActivity>();
        services.AddSingleton<FeedPollingService>();
        services.AddHostedService(sp => sp.GetRequiredService<FeedPollingService>());
        return services;
    }
}
