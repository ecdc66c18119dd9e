namespace Dashboard.Store.Ingest;

/// <summary>What the store accepts: file types and the largest file.</summary>
public sealed record IngestLimits
{
    public const long DefaultMaxBytes = 5 * 1024 * 1024;

    public IngestLimits(long maxBytes = DefaultMaxBytes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBytes, 1);
        MaxBytes = maxBytes;
    }

    public long MaxBytes { get; }

    public static IReadOnlyList<string> Extensions { get; } = [".txt", ".md", ".html", ".htm"];
}
