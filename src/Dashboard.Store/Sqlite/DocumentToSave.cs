using Dashboard.Core.Extraction;
using Dashboard.Core.Documents;

namespace Dashboard.Store.Sqlite;

/// <summary>
/// A document ready to be stored: its text and metadata, content hash, source file name and extraction. The stored
/// form of the extraction (and the JSON columns of its rows) is made here, on the thread that creates the record (the extracting one, in a bulk ingest),
/// not on the thread that writes.
/// </summary>
public sealed record DocumentToSave(CorpusDocument Document, string ContentHash, string? SourceName, ExtractionResult Extraction)
{
    internal string StoredJson { get; } = Sql.StoredExtraction.Write(Extraction);

    /// <summary>The JSON columns of its rows, made here too.</summary>
    internal Sql.RowJson RowJson { get; } = new(Extraction);
}
