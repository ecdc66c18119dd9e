using Dashboard.Store.Ingest;

namespace Dashboard.Web.Ingest;

/// <summary>
/// A batch of documents being ingested in the background, with a result per document as it finishes: files and pasted
/// text (<see cref="Items"/>), then addresses to fetch (<see cref="Urls"/>).
/// </summary>
public sealed class IngestJob(long id, IReadOnlyList<IngestItem> items, IReadOnlyList<Uri>? urls = null)
{
    private readonly List<IngestResult> _results = [];

    public long Id { get; } = id;

    public IReadOnlyList<IngestItem> Items { get; } = items;

    public IReadOnlyList<Uri> Urls { get; } = urls ?? [];

    /// <summary>How many documents the batch holds.</summary>
    public int Count => Items.Count + Urls.Count;

    /// <summary>The file being extracted now, if any.</summary>
    public string? Current { get; internal set; }

    public IReadOnlyList<IngestResult> Results
    {
        get
        {
            lock (_results)
            {
                return [.. _results];
            }
        }
    }

    public bool IsDone => Results.Count == Count;

    internal void Add(IngestResult result)
    {
        lock (_results)
        {
            _results.Add(result);
        }
    }
}
