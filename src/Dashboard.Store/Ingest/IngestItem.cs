using Dashboard.Core.Documents;

namespace Dashboard.Store.Ingest;

/// <summary>
/// One document to ingest: a file name (its extension says how to read it), its bytes, and what the analyst typed.
/// Empty fields are filled from the document: the title from its headline, the date from a date it states.
/// <see cref="PublishedFrom"/> says where a given date came from (a page's metadata, a feed), <see cref="Feed"/> the
/// subscription that brought it, and <see cref="Name"/> what messages call it (a URL rather than a file name).
/// </summary>
public sealed record IngestItem(string FileName, byte[] Content, string? Title = null, string? Outlet = null, string? Url = null, string? Published = null)
{
    public PublishedFrom? PublishedFrom { get; init; }

    public string? Feed { get; init; }

    public string? Name { get; init; }
}
