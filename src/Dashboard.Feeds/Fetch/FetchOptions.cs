namespace Dashboard.Feeds.Fetch;

/// <summary>
/// How pages and feeds are fetched: time and size limits, redirects, which networks may be reached, the User-Agent, and
/// whether robots.txt is honoured. The defaults are the issue's: 10 s, 5 MB after decompression, 5 redirects.
/// </summary>
public sealed record FetchOptions
{
    public const string DefaultUserAgent = "NewsMapDashboard/1.0 (+https://github.com/; offline news-map dashboard; fetches pages an analyst asked for)";

    public FetchOptions(
        TimeSpan? timeout = null,
        long maxBytes = 5 * 1024 * 1024,
        int maxRedirects = 5,
        bool allowPrivateNetworks = false,
        string userAgent = DefaultUserAgent,
        bool honourRobots = true)
    {
        Timeout = timeout ?? TimeSpan.FromSeconds(10);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(Timeout, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBytes, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(maxRedirects);
        ArgumentException.ThrowIfNullOrWhiteSpace(userAgent);
        MaxBytes = maxBytes;
        MaxRedirects = maxRedirects;
        AllowPrivateNetworks = allowPrivateNetworks;
        UserAgent = userAgent;
        HonourRobots = honourRobots;
    }

    /// <summary>The whole fetch, every redirect hop included.</summary>
    public TimeSpan Timeout { get; }

    /// <summary>The largest body accepted, counted after decompression (a gzip bomb stops here).</summary>
    public long MaxBytes { get; }

    public int MaxRedirects { get; }

    /// <summary>Whether loopback, link-local and private addresses may be reached (local mode); refused otherwise.</summary>
    public bool AllowPrivateNetworks { get; }

    public string UserAgent { get; }

    public bool HonourRobots { get; }
}
