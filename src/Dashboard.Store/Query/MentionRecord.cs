using Dashboard.Core.Text;

namespace Dashboard.Store.Query;

/// <summary>
/// A place mention in a passage, resolved to a place (document offsets), with the resolver's other candidates (for
/// correction) and whether an analyst corrected it.
/// </summary>
public sealed record MentionRecord(string DocumentId, string PassageId, TextSpan Span, string Surface, PlaceRef Place, bool Literal)
{
    public IReadOnlyList<Dashboard.Core.Places.PlaceCandidate> Alternatives { get; init; } = [];

    public bool Corrected { get; init; }
}
