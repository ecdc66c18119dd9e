using Dashboard.Store.Feeds;

namespace Dashboard.Feeds.Polling;

/// <summary>What one poll of a feed did: unchanged (304), the items it took or refused, or the error that stopped it.</summary>
public sealed record FeedPollOutcome(FeedSubscription Feed, bool NotModified, IReadOnlyList<FeedItemProgress> Items, string? Error)
{
    public int Taken => Items.Count(i => i.Succeeded);
}
