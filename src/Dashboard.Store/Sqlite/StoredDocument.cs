using Dashboard.Core.Extraction;
using Dashboard.Core.Documents;

namespace Dashboard.Store.Sqlite;

/// <summary>A document as the store keeps it: the document, its content hash, its extraction and when it arrived.</summary>
public sealed record StoredDocument(CorpusDocument Document, string ContentHash, string? SourceName, ExtractionResult Extraction, DateTimeOffset IngestedAt);
