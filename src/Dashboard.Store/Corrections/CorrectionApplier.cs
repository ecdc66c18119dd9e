using Dashboard.Core.Extraction;
using Dashboard.Core.Places;

namespace Dashboard.Store.Corrections;

/// <summary>
/// Applies an analyst's corrections to a document's extraction: reassigned mentions take the chosen place (and so do
/// the events placed by them), mentions that are not places disappear (with the event places they gave), and dismissed
/// events are dropped. Corrections whose mention or event no longer exists are skipped.
/// </summary>
public static class CorrectionApplier
{
    public static ExtractionResult Apply(ExtractionResult result, IReadOnlyList<Correction> corrections)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(corrections);
        if (corrections.Count == 0)
        {
            return result;
        }

        // The latest correction of a mention wins.
        var byMention = corrections.Where(c => c.Mention is not null && c.Kind != CorrectionKind.DismissEvent)
            .GroupBy(c => c.Mention!.Value)
            .ToDictionary(g => g.Key, g => g.OrderBy(c => c.At).ThenBy(c => c.Id).Last());
        var dismissed = corrections.Where(c => c.Kind == CorrectionKind.DismissEvent)
            .Select(c => (c.EventType!, c.Mention!.Value)).ToHashSet();

        ResolvedPlace? Correct(ResolvedPlace? place)
        {
            if (place is null || !byMention.TryGetValue(place.Mention.Span, out var correction))
            {
                return place;
            }

            return correction.Kind == CorrectionKind.NotAPlace
                ? null
                : place with
                {
                    Choice = correction.Place,
                    Kind = correction.Place!.Kind,
                    Precision = PlacePrecision.Of(correction.Place),
                    Confidence = 1.0,
                };
        }

        var places = result.Places.Select(Correct).OfType<ResolvedPlace>().ToList();
        var events = result.Events
            .Where(e => e.Evidence.Count == 0 || !dismissed.Contains((e.Type, e.Evidence[0].Span)))
            .Select(e => e with { Place = Correct(e.Place), Origin = Correct(e.Origin) })
            .ToList();
        return result with { Places = places, Events = events };
    }
}
