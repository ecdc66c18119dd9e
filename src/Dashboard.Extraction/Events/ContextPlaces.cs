using Dashboard.Core.Events;
using Dashboard.Core.Places;

namespace Dashboard.Extraction.Events;

/// <summary>
/// The place an event with none of its own is set in: what was said, met or criticised, and a happening its sentence
/// does not place, took place where the text around it is ("Toronto police said…" in a Toronto story). The first place its
/// sentence names, else the last one named before it, else the country the article is about; marked
/// <see cref="PlaceBasis.Context"/>, so the map can draw it and the analyst can tell it from a stated place.
/// </summary>
internal static class ContextPlaces
{
    public static List<NewsEvent> Fill(string text, List<NewsEvent> events, IReadOnlyList<ResolvedPlace> places, ResolvedPlace? mainCountry)
    {
        if (!events.Exists(e => e.Place is null))
        {
            return events;
        }

        var named = places.Where(p => p.Choice is not null && p.Mention.Literal && p.Mention.Cue is not MentionCue.Demonym)
            .OrderBy(p => p.Mention.Span.Start).ToList();
        var starts = named.ConvertAll(p => p.Mention.Span.Start);
        for (var k = 0; k < events.Count; k++)
        {
            var e = events[k];
            if (e.Place is not null || e.Evidence.Count == 0)
            {
                continue;
            }

            var sentence = e.Evidence[0].Span;
            var at = starts.BinarySearch(sentence.Start);
            at = at < 0 ? ~at : at;
            while (at > 0 && starts[at - 1] == sentence.Start)
            {
                at--; // the first of equal starts
            }

            // the first place the sentence names, but not where somebody lives ("Marc Dufresne, 56, of Lyon, was arrested")
            while (at < named.Count && starts[at] < sentence.End && ResidencePlaces.IsResidence(text, sentence, named[at].Mention.Span))
            {
                at++;
            }

            var before = starts.BinarySearch(sentence.Start) is var b && b < 0 ? ~b : b;
            while (before > 0 && starts[before - 1] >= sentence.Start)
            {
                before--;
            }

            var place = at < named.Count && starts[at] < sentence.End ? named[at] : before > 0 ? named[before - 1] : mainCountry;
            if (place is not null)
            {
                events[k] = e with { Place = place, PlaceBasis = PlaceBasis.Context };
            }
        }

        return events;
    }
}
