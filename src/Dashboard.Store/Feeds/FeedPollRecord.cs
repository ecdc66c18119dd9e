namespace Dashboard.Store.Feeds;

/// <summary>What one poll of a feed leaves behind: the feed's title, the validators for next time, when to poll next, the items taken and the error, if any.</summary>
public sealed record FeedPollRecord(string? Title, string? ETag, DateTimeOffset? LastModified, DateTimeOffset Polled, DateTimeOffset NextPoll, int ItemsTaken, string? Error);
