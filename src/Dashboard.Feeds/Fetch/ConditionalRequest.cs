namespace Dashboard.Feeds.Fetch;

/// <summary>The validators of the last successful fetch, sent back so that an unchanged feed answers 304 with no body.</summary>
public sealed record ConditionalRequest(string? ETag, DateTimeOffset? LastModified)
{
    public static ConditionalRequest None { get; } = new(null, null);
}
