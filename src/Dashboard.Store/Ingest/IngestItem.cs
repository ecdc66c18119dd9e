namespace Dashboard.Store.Ingest;

/// <summary>
/// One document to ingest: a file name (its extension says how to read it), its bytes, and what the analyst typed.
/// Empty fields are filled from the document: the title from its headline, the date from a date it states.
/// </summary>
public sealed record IngestItem(string FileName, byte[] Content, string? Title = null, string? Outlet = null, string? Url = null, string? Published = null);
