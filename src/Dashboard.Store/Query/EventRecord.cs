using Dashboard.Core.Events;
using Dashboard.Core.Time;

namespace Dashboard.Store.Query;

/// <summary>One extracted event with its actors, places, date, quantities and evidence, ready for filtering.</summary>
public sealed record EventRecord(
    string Id,
    string DocumentId,
    string Type,
    EventStatus Status,
    IReadOnlyList<ActorRef> Actors,
    IReadOnlyList<ActorRef> Targets,
    PlaceRef? Place,
    PlaceRef? Origin,
    DateInterval? When,
    IReadOnlyList<Quantity> Quantities,
    IReadOnlyList<EvidenceRecord> Evidence)
{
    /// <summary>Whether <see cref="When"/> is stated in the event's own clause or inferred (from an earlier sentence or the news day).</summary>
    public DateBasis DateBasis { get; init; }

    /// <summary>Whether <see cref="Place"/> is stated in the event's own sentence or inferred from the text around it.</summary>
    public PlaceBasis PlaceBasis { get; init; }

    /// <summary>The probability that the event is a real happening (<see cref="NewsEvent.Confidence"/>); null when unscored.</summary>
    public double? Confidence { get; init; }
}
