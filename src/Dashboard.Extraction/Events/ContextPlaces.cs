using Dashboard.Core.Events;
using Dashboard.Core.Geography;
using Dashboard.Core.Places;

namespace Dashboard.Extraction.Events;

/// <summary>
/// The place an event with none of its own is set in: what was said, met or criticised, and a happening its sentence
/// does not place, took place where the text around it is ("Toronto police said…" in a Toronto story). A city, region or
/// landmark its sentence names, else the place of the article's dateline, else a country its sentence names, else the
/// last place named before it, else the country the article is about; marked
/// <see cref="PlaceBasis.Context"/>, so the map can draw it and the analyst can tell it from a stated place.
/// </summary>
internal static class ContextPlaces
{
    public static List<NewsEvent> Fill(string text, List<NewsEvent> events, IReadOnlyList<ResolvedPlace> places, ResolvedPlace? mainCountry, ResolvedPlace? dateline,
        Dashboard.Core.Text.TextSpan? filedFrom = null)
    {
        for (var k = 0; k < events.Count; k++)
        {
            var e = events[k];
            if (e.Place is not null || e.Evidence.Count == 0 || EventPlaces.IsMovement(e.Type) && e.Origin is not null)
            {
                continue; // (a movement told only by where it set out from went where the text does not say)
            }

            if (e.Type == "request_support" && e.Actors.Where(a => a.StartsWith("country:", StringComparison.Ordinal)).ToList() is [var asking]
                && places.FirstOrDefault(p => p.Choice is { Kind: PlaceKind.Country } c && "country:" + c.Country == asking) is { } own)
            {
                // "Mali requested help from ECOWAS at a summit in Abuja": a state asks help for itself, not for the venue
                // (only where one state asks: with two named, which one asked is not known here)
                events[k] = e with { Place = own, PlaceBasis = PlaceBasis.Context };
                continue;
            }

            // one pass over the places, allocating nothing: the first the sentence names and the first city, region or
            // landmark it names (not where somebody lives: "Marc Dufresne, 56, of Lyon, was arrested"), and the last one
            // named before it
            var sentence = e.Evidence[0].Span;
            ResolvedPlace? inSentence = null;
            ResolvedPlace? specific = null;
            ResolvedPlace? before = null;
            foreach (var p in places)
            {
                if (p.Choice is null || !p.Mention.Literal || p.Mention.Cue is MentionCue.Demonym || filedFrom is { } filed && filed.Contains(p.Mention.Span))
                {
                    continue; // (nor where the story was filed from)
                }

                var start = p.Mention.Span.Start;
                if (start < sentence.Start)
                {
                    before = before is null || start > before.Mention.Span.Start ? p : before;
                }
                else if (start < sentence.End && !ResidencePlaces.IsResidence(text, sentence, p.Mention.Span))
                {
                    inSentence = inSentence is null || start < inSentence.Mention.Span.Start ? p : inSentence;
                    specific = IsSpecific(p) && (specific is null || start < specific.Mention.Span.Start) ? p : specific;
                }
            }

            if (Pick(specific, inSentence, before, mainCountry, dateline) is { } place)
            {
                events[k] = e with { Place = place, PlaceBasis = PlaceBasis.Context };
            }
        }

        return events;
    }

    /// <summary>
    /// A city, region or landmark the sentence names; else the dateline's place (where the story was filed is more
    /// precise than a country the sentence names: "Kuala Lumpur: … Mahathir, Asia's longest-serving leader, said…"); else
    /// the sentence's country, the last place named before it, the main country.
    /// </summary>
    private static ResolvedPlace? Pick(ResolvedPlace? specific, ResolvedPlace? inSentence, ResolvedPlace? before, ResolvedPlace? mainCountry, ResolvedPlace? dateline) =>
        specific ?? dateline ?? inSentence ?? before ?? mainCountry;

    private static bool IsSpecific(ResolvedPlace p) => p.Choice is { Kind: not PlaceKind.Country and not PlaceKind.Region };
}
