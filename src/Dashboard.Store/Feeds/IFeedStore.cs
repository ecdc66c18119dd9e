using Dashboard.Core.Results;

namespace Dashboard.Store.Feeds;

/// <summary>The feed subscriptions and the items each has seen; both stores implement it in the same SQL.</summary>
public interface IFeedStore
{
    IReadOnlyList<FeedSubscription> Feeds();

    /// <summary>A subscription by id or by its address; null when there is none.</summary>
    FeedSubscription? FindFeed(string idOrUrl);

    /// <summary>Subscribes to a feed, first poll now; refused when the address is already followed.</summary>
    Result<FeedSubscription> AddFeed(Uri url, TimeSpan interval, bool honourRobots, bool keepSummaries, DateTimeOffset now);

    /// <summary>Unsubscribes; the articles it brought stay in the store.</summary>
    bool RemoveFeed(string id);

    bool SetPaused(string id, bool paused);

    /// <summary>Makes a feed due at once ("poll now").</summary>
    bool MakeDue(string id, DateTimeOffset now);

    void RecordPoll(string id, FeedPollRecord poll);

    /// <summary>
    /// Claims a due feed for one poll: moves its next poll to <paramref name="leaseUntil"/> only if it is still
    /// <paramref name="expectedNextPoll"/>, so that of several app instances on one database exactly one polls it.
    /// </summary>
    bool TryClaim(string id, DateTimeOffset expectedNextPoll, DateTimeOffset leaseUntil);

    /// <summary>Whether the feed has already taken or refused this item (by its link or id).</summary>
    bool HasSeen(string feedId, string itemKey);

    void RecordItem(string feedId, string itemKey, string? documentId, string status, DateTimeOffset now);
}
