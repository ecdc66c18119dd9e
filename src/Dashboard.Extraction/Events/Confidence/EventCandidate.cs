using Dashboard.Core.Events;

namespace Dashboard.Extraction.Events.Confidence;

/// <summary>An event the rules found, with the features a model of real happenings reads (<see cref="EventFeatures"/>).</summary>
public sealed record EventCandidate(NewsEvent Event, IReadOnlyList<string> Features);
