using Dashboard.Core.Documents;
using Dashboard.Core.Events;
using Dashboard.Core.Places;
using Dashboard.Core.Time;

namespace Dashboard.Core.Extraction;

/// <summary>Everything extracted from one version of one document.</summary>
public sealed record ExtractionResult(PreparedDocument Document, IReadOnlyList<ResolvedPlace> Places, IReadOnlyList<TimeExpression> Dates)
{
    public IReadOnlyList<Actor> Actors { get; init; } = [];

    public IReadOnlyList<Quantity> Quantities { get; init; } = [];

    public IReadOnlyList<NewsEvent> Events { get; init; } = [];
}
