namespace Dashboard.Core.Documents;

/// <summary>What is known about an article besides its text.</summary>
public sealed record DocumentMetadata
{
    public DocumentMetadata(string title, string outlet, DateOnly? published, Uri? url)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        Title = title.Trim();
        Outlet = outlet?.Trim() ?? string.Empty;
        Published = published;
        Url = url;
        PublishedFrom = published is null ? PublishedFrom.Unknown : PublishedFrom.Given;
    }

    public string Title { get; }

    public string Outlet { get; }

    /// <summary>The publication date; relative dates in the text resolve against it.</summary>
    public DateOnly? Published { get; }

    /// <summary>Where <see cref="Published"/> came from (given, a page's metadata, a feed, the text).</summary>
    public PublishedFrom PublishedFrom { get; init; }

    public Uri? Url { get; }

    /// <summary>The feed subscription the article came from, if any.</summary>
    public string? Feed { get; init; }

    /// <summary>When the article was stored, where known.</summary>
    public DateTimeOffset? Added { get; init; }
}
