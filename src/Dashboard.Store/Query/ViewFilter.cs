using System.Collections.Frozen;

namespace Dashboard.Store.Query;

/// <summary>
/// What the analyst filters by. Within a dimension values are alternatives (any of the actors, any of the types); the
/// dimensions combine (all must hold). Actors match as sources or targets. A date range keeps the events whose whole
/// date interval lies inside it, so "9–9 January" does not keep an event known only to the week; undated events are
/// left out whenever a range is set. <see cref="StatedDatesOnly"/> keeps only events whose own clause states their date
/// (not one carried from another sentence or the article's news day); <see cref="StatedPlacesOnly"/> keeps only events
/// whose own sentence states their place (not one inferred from the text around it). <see cref="MinConfidence"/> hides
/// doubtful events: those the confidence model scores below it (unscored events, stored before the model, are kept).
/// </summary>
public sealed record ViewFilter
{
    public static ViewFilter None { get; } = new();

    public IReadOnlySet<string> Actors { get; init; } = FrozenSet<string>.Empty;

    public IReadOnlySet<string> Types { get; init; } = FrozenSet<string>.Empty;

    public IReadOnlySet<string> Documents { get; init; } = FrozenSet<string>.Empty;

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    /// <summary>Only events dated by their own clause: inferred and missing dates are left out.</summary>
    public bool StatedDatesOnly { get; init; }

    /// <summary>Only events placed by their own sentence: inferred and missing places are left out.</summary>
    public bool StatedPlacesOnly { get; init; }

    /// <summary>Only events whose confidence is at least this probability (0 to 1); null keeps every event.</summary>
    public double? MinConfidence
    {
        get => _minConfidence;
        init => _minConfidence = Core.Events.Probability.Checked(value, nameof(MinConfidence));
    }

    private readonly double? _minConfidence;

    /// <summary>
    /// The threshold nearest to <paramref name="least"/> that the store counts from its running totals, in steps of 0.05
    /// up to 0.95 (0.47 → 0.45): what a link or a model's threshold is taken as, so that every confidence filter stays fast.
    /// </summary>
    public static double CountableConfidence(double least) => Sql.ConfidenceBands.Nearest(least);

    /// <summary>Free text that a supporting passage must contain (case-insensitive).</summary>
    public string? Text { get; init; }

    /// <summary>Whether any filter on events themselves (actor, type, date, stated place, confidence) is set.</summary>
    public bool FiltersEvents =>
        Actors.Count > 0 || Types.Count > 0 || From is not null || To is not null || StatedDatesOnly || StatedPlacesOnly || MinConfidence is not null;
}
