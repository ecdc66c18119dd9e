using Dashboard.Core.Documents;
using Dashboard.Core.Places;
using Dashboard.Core.Time;

namespace Dashboard.Extraction.Pipeline;

/// <summary>Everything extracted from one version of one document.</summary>
public sealed record ExtractionResult(PreparedDocument Document, IReadOnlyList<ResolvedPlace> Places, IReadOnlyList<TimeExpression> Dates);
