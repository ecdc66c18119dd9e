namespace Dashboard.Feeds.Polling;

/// <summary>One item of a poll: its address (or id), its title, and what became of it.</summary>
public sealed record FeedItemProgress(string FeedId, string ItemKey, string? Title, bool Succeeded, string Message, string? DocumentId)
{
    /// <summary>Whether it failed for a passing reason (a timeout, a server error), so that the next poll tries it again.</summary>
    public bool Transient { get; init; }
}
