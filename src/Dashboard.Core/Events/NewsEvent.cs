using Dashboard.Core.Places;
using Dashboard.Core.Time;

namespace Dashboard.Core.Events;

/// <summary>
/// One reported happening: its type (deploy, protest, casualties…), status, who acted and on whom, where (and, for
/// movements, from where), when, how many, and the sentences that say so. The same happening reported twice in one
/// document is one event with two pieces of evidence.
/// </summary>
public sealed record NewsEvent(
    string Id,
    string Type,
    EventStatus Status,
    IReadOnlyList<string> Actors,
    IReadOnlyList<string> Targets,
    ResolvedPlace? Place,
    ResolvedPlace? Origin,
    DateInterval? When,
    IReadOnlyList<Quantity> Quantities,
    IReadOnlyList<Evidence> Evidence)
{
    /// <summary>Whether <see cref="When"/> is stated in the event's own clause or inferred (meaningless without a date).</summary>
    public DateBasis DateBasis { get; init; }

    /// <summary>Whether <see cref="Place"/> is stated in the event's own sentence or inferred from the text around it (meaningless without a place).</summary>
    public PlaceBasis PlaceBasis { get; init; }

    /// <summary>
    /// The probability, between 0 and 1, that an annotator would list this event as a happening, from the confidence
    /// model over the rules' candidates (<c>wwwroot-data/models/event-confidence.tsv</c>); null when no model scored it
    /// (results stored before the model came, or a pipeline built without one).
    /// </summary>
    public double? Confidence
    {
        get => _confidence;
        init => _confidence = Probability.Checked(value, nameof(Confidence));
    }

    private readonly double? _confidence;
}
