using Dashboard.Core.Extraction;
using Dashboard.Core.Documents;

namespace Dashboard.Store.Query;

/// <summary>A document together with what the pipeline extracted from it.</summary>
public sealed record ExtractedDocument(CorpusDocument Document, ExtractionResult Result);
