namespace Dashboard.Feeds.Fetch;

/// <summary>What is being fetched, which decides the media types accepted.</summary>
public enum FetchKind
{
    /// <summary>An article page: HTML or plain text.</summary>
    Page,

    /// <summary>A feed: RSS, Atom or JSON Feed (served as XML, JSON or, often, as text or HTML by mistake).</summary>
    Feed,

    /// <summary>A site's robots.txt.</summary>
    Robots,
}
