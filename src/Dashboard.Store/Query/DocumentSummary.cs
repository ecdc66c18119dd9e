using Dashboard.Core.Documents;

namespace Dashboard.Store.Query;

/// <summary>A document in the store: id, metadata, and how many events and place mentions were extracted from it.</summary>
public sealed record DocumentSummary(string Id, DocumentMetadata Metadata, int EventCount, int PlaceCount);
