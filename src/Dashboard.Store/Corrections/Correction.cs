using Dashboard.Core.Places;
using Dashboard.Core.Text;

namespace Dashboard.Store.Corrections;

/// <summary>
/// An analyst's correction, kept apart from machine output: which document, which mention (span) or event, the place
/// chosen instead, who and when. Documents are identified by content, so a correction applies again after re-extraction.
/// </summary>
public sealed record Correction
{
    public Correction(long id, string documentId, CorrectionKind kind, TextSpan? mention, string? eventId, PlaceCandidate? place, string author, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(documentId);
        ArgumentException.ThrowIfNullOrWhiteSpace(author);
        switch (kind)
        {
            case CorrectionKind.ReassignPlace when mention is null || place is null:
                throw new ArgumentException("Reassigning a place needs the mention and the new place.", nameof(place));
            case CorrectionKind.NotAPlace when mention is null:
                throw new ArgumentException("Marking a mention as not a place needs the mention.", nameof(mention));
            case CorrectionKind.DismissEvent when string.IsNullOrWhiteSpace(eventId):
                throw new ArgumentException("Dismissing an event needs its id.", nameof(eventId));
            default:
                break;
        }

        Id = id;
        DocumentId = documentId;
        Kind = kind;
        Mention = mention;
        EventId = eventId;
        Place = place;
        Author = author;
        At = at;
    }

    public long Id { get; }

    public string DocumentId { get; }

    public CorrectionKind Kind { get; }

    public TextSpan? Mention { get; }

    /// <summary>The event's id within its document (<c>e3</c>).</summary>
    public string? EventId { get; }

    public PlaceCandidate? Place { get; }

    public string Author { get; }

    public DateTimeOffset At { get; }
}
