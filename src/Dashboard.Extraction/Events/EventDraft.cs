using Dashboard.Core.Events;
using Dashboard.Core.Places;
using Dashboard.Core.Text;
using Dashboard.Core.Time;

namespace Dashboard.Extraction.Events;

/// <summary>One sentence's report of a happening, before reports of the same happening are merged into one event.</summary>
internal sealed record EventDraft(
    string Type, EventStatus Status, IReadOnlyList<string> Actors, IReadOnlyList<string> Targets, ResolvedPlace? Place,
    ResolvedPlace? Origin, DateInterval? When, DateBasis Basis, IReadOnlyList<Quantity> Quantities, Evidence Evidence)
{
    /// <summary>Whether the report is in the lead (the first sentence of the standfirst or the body), which sums up the news.</summary>
    public bool Lead { get; init; }

    /// <summary>Where the trigger word stands ("killed", "injured"): what kind of happening the report tells.</summary>
    public TextSpan Trigger { get; init; }

    /// <summary>States the report names as the other party of a meeting though read as places ("talks with Chad"): they
    /// tell meetings apart, and are no actors of the event.</summary>
    public IReadOnlyList<string> Counterparts { get; init; } = [];

    /// <summary>Whether the report's clause has a subject of its own besides the happening its sentence told first ("…, and a
    /// court sentenced him"): a happening of its own, which no earlier event absorbs.</summary>
    public bool OwnSubject { get; init; }

    /// <summary>The count the report implies without a number ("a man was killed": one), used when no report of the happening states one.</summary>
    public Quantity? Implied { get; init; }

    /// <summary>Whether the place is the sentence's own or inferred from the text around it.</summary>
    public PlaceBasis PlaceBasis { get; init; }
}
