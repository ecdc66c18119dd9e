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
    }

    public string Title { get; }

    public string Outlet { get; }

    /// <summary>The publication date; relative dates in the text resolve against it.</summary>
    public DateOnly? Published { get; }

    public Uri? Url { get; }
}
