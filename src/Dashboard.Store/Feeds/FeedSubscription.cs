namespace Dashboard.Store.Feeds;

/// <summary>
/// A feed the analyst follows: its address, how often it is polled, whether it is paused, whether robots.txt is honoured
/// for it and whether a paywalled item may keep the feed's summary as its text; and what polling it last did (the
/// validators for a conditional request, when it ran and runs next, how many items it has taken, the last error).
/// </summary>
public sealed record FeedSubscription
{
    public static readonly TimeSpan MinInterval = TimeSpan.FromMinutes(1);

    public static readonly TimeSpan MaxInterval = TimeSpan.FromDays(7);

    public FeedSubscription(string id, Uri url, TimeSpan interval, DateTimeOffset added, DateTimeOffset nextPoll)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(url);
        if (interval < MinInterval || interval > MaxInterval)
        {
            throw new ArgumentOutOfRangeException(nameof(interval), interval, $"A feed is polled every {MinInterval.TotalMinutes} minute to {MaxInterval.TotalDays} days.");
        }

        Id = id;
        Url = url;
        Interval = interval;
        Added = added;
        NextPoll = nextPoll;
    }

    public string Id { get; }

    public Uri Url { get; }

    public TimeSpan Interval { get; }

    public DateTimeOffset Added { get; }

    public DateTimeOffset NextPoll { get; init; }

    public string? Title { get; init; }

    public bool Paused { get; init; }

    public bool HonourRobots { get; init; } = true;

    public bool KeepSummaries { get; init; }

    public string? ETag { get; init; }

    public DateTimeOffset? LastModified { get; init; }

    public DateTimeOffset? LastPoll { get; init; }

    public long ItemsTaken { get; init; }

    public string? LastError { get; init; }

    /// <summary>Polls in a row that failed; the next poll waits longer after each (see the poller's back-off).</summary>
    public int Failures { get; init; }

    /// <summary>Whether the feed should be polled at <paramref name="now"/>.</summary>
    public bool IsDue(DateTimeOffset now) => !Paused && NextPoll <= now;
}
