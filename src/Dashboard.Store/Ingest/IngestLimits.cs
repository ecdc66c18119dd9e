namespace Dashboard.Store.Ingest;

/// <summary>What the store accepts: file types, the largest file, and how long one document may take to extract.</summary>
public sealed record IngestLimits
{
    public const long DefaultMaxBytes = 5 * 1024 * 1024;

    public static readonly TimeSpan DefaultExtractionBudget = TimeSpan.FromSeconds(5);

    public IngestLimits(long maxBytes = DefaultMaxBytes, TimeSpan? extractionBudget = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBytes, 1);
        MaxBytes = maxBytes;
        ExtractionBudget = extractionBudget ?? DefaultExtractionBudget;
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(ExtractionBudget, TimeSpan.Zero);
    }

    public long MaxBytes { get; }

    /// <summary>
    /// The longest one document's extraction may take; a document that needs more is refused with a message (its work
    /// stops at the next pipeline stage), so a pathological file cannot hold an ingest or the app.
    /// </summary>
    public TimeSpan ExtractionBudget { get; }

    public static IReadOnlyList<string> Extensions { get; } = [".txt", ".md", ".html", ".htm"];
}
