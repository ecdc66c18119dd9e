using Dashboard.Core.Places;
using Dashboard.Core.Text;

namespace Dashboard.Store.Corrections;

/// <summary>
/// An analyst's correction, kept apart from machine output: which document, which mention (span) or event (type and
/// first evidence sentence), the place
/// chosen instead, who and when. Documents are identified by content, so a correction applies again after re-extraction.
/// </summary>
public sealed record Correction
{
    public Correction(long id, string documentId, CorrectionKind kind, TextSpan? mention, string? eventType, PlaceCandidate? place, string author, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(documentId);
        ArgumentException.ThrowIfNullOrWhiteSpace(author);
        switch (kind)
        {
            case CorrectionKind.ReassignPlace when mention is null || place is null:
                throw new ArgumentException("Reassigning a place needs the mention and the new place.", nameof(place));
            case CorrectionKind.NotAPlace when mention is null:
                throw new ArgumentException("Marking a mention as not a place needs the mention.", nameof(mention));
            case CorrectionKind.DismissEvent when string.IsNullOrWhiteSpace(eventType) || mention is null:
                throw new ArgumentException("Dismissing an event needs its type and its first evidence sentence.", nameof(eventType));
            default:
                break;
        }

        Id = id;
        DocumentId = documentId;
        Kind = kind;
        Mention = mention;
        EventType = eventType;
        Place = place;
        Author = author;
        At = at;
    }

    public long Id { get; }

    public string DocumentId { get; }

    public CorrectionKind Kind { get; }

    public TextSpan? Mention { get; }

    /// <summary>
    /// For a dismissal, the event's type; with <see cref="Mention"/> (its first evidence sentence) it names the event
    /// across re-extraction, where event numbers may change.
    /// </summary>
    public string? EventType { get; }

    public PlaceCandidate? Place { get; }

    public string Author { get; }

    public DateTimeOffset At { get; }
}
