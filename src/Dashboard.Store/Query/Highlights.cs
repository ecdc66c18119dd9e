using Dashboard.Core.Extraction;

namespace Dashboard.Store.Query;

/// <summary>The reader's highlights of one extraction: places, dates and actors, never overlapping, in text order.</summary>
public static class Highlights
{
    public static IReadOnlyList<Highlight> Of(ExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var candidates = new List<Highlight>();
        foreach (var place in result.Places)
        {
            if (PlaceRef.From(place) is { } p)
            {
                candidates.Add(new Highlight(place.Mention.Span, HighlightKind.Place, p.Id, $"{p.Name} ({Labels.Precision(p.Precision)})") { Point = p.Point });
            }
        }

        foreach (var date in result.Dates)
        {
            candidates.Add(new Highlight(date.Span, HighlightKind.Date, date.Interval.ToString(), Labels.Date(date.Interval)));
        }

        foreach (var actor in result.Actors)
        {
            foreach (var span in actor.Mentions)
            {
                candidates.Add(new Highlight(span, HighlightKind.Actor, actor.Id, actor.Name));
            }
        }

        // Places first, then dates, then actors: a stretch that is both a place and an actor links to the map.
        var kept = new List<Highlight>();
        foreach (var h in candidates.OrderBy(h => h.Kind).ThenBy(h => h.Span.Start))
        {
            if (!kept.Any(k => k.Span.Overlaps(h.Span)))
            {
                kept.Add(h);
            }
        }

        return [.. kept.OrderBy(h => h.Span.Start)];
    }
}
