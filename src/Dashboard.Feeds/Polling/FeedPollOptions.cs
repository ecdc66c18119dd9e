namespace Dashboard.Feeds.Polling;

/// <summary>How much one poll takes and how polling backs off after failures.</summary>
public sealed record FeedPollOptions
{
    public FeedPollOptions(int maxItemsPerPoll = 20, int maxItemsExamined = 500, TimeSpan? maxBackOff = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxItemsPerPoll, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxItemsExamined, maxItemsPerPoll);
        MaxItemsPerPoll = maxItemsPerPoll;
        MaxItemsExamined = maxItemsExamined;
        MaxBackOff = maxBackOff ?? TimeSpan.FromDays(1);
    }

    /// <summary>New items taken in one poll; the rest wait for the next (a feed of thousands of items is taken in steps).</summary>
    public int MaxItemsPerPoll { get; }

    /// <summary>Items looked at in one poll, new or not: a huge feed costs a bounded number of look-ups.</summary>
    public int MaxItemsExamined { get; }

    /// <summary>The longest wait after failures: each failed poll doubles the feed's interval up to this.</summary>
    public TimeSpan MaxBackOff { get; }
}
