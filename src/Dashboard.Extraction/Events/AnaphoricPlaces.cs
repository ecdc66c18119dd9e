using System.Text.RegularExpressions;
using Dashboard.Core.Geography;
using Dashboard.Core.Places;
using Dashboard.Core.Text;

namespace Dashboard.Extraction.Events;

/// <summary>
/// The place a sentence refers back to with a definite locating noun and no name: "the capital" is the capital of the
/// country the text is about, where the article names it ("detained at his residence in the capital", "shut across the
/// capital"); "the city" and "the town" are the last city named before the sentence, "the province" the last region of a
/// country named before it ("more than 180,000 people have fled their homes in the province"). "The state" (often the
/// government) and "the region" (often a whole part of the world) are too often something else to be read so. Nothing when the noun is followed by its name ("the capital, Lilongwe", "the city of Goma": the name is a
/// mention of its own) or when the article names no such place.
/// </summary>
internal static partial class AnaphoricPlaces
{
    private static readonly System.Buffers.SearchValues<string> Nouns = System.Buffers.SearchValues.Create(["the capital", "the city", "the town", "the province"], StringComparison.Ordinal);

    [GeneratedRegex(@"\bthe (capital|city|town|province)\b(?!\s+of\b|,\s*\p{Lu}|\s+\p{Lu}|-)", RegexOptions.CultureInvariant)]
    private static partial Regex Anaphor();

    /// <param name="text">The document's text.</param>
    /// <param name="sentence">The sentence of the event.</param>
    /// <param name="places">The document's resolved places.</param>
    /// <param name="capitals">Capital names by ISO alpha-2 code.</param>
    /// <param name="country">The ISO alpha-2 code of the country the text is about at this point, if known.</param>
    /// <param name="dateline">The article's dateline ("CALAMBA CITY, Laguna -"), if any: only its first place counts (the
    /// rest qualifies it).</param>
    public static ResolvedPlace? Find(
        string text, TextSpan sentence, IReadOnlyList<ResolvedPlace> places, IReadOnlyDictionary<string, IReadOnlyList<string>> capitals, string? country,
        (ResolvedPlace Place, TextSpan Header)? dateline)
    {
        if (text.AsSpan(sentence.Start, sentence.Length).IndexOfAny(Nouns) < 0)
        {
            return null; // (most sentences)
        }

        var match = Anaphor().Match(text, sentence.Start, sentence.Length);
        if (!match.Success)
        {
            return null;
        }

        return match.Groups[1].Value switch
        {
            "capital" => Capital(places, capitals, country),
            "city" or "town" => LastBefore(places, sentence.Start, PlaceKind.City, dateline),
            _ => LastBefore(places, sentence.Start, PlaceKind.Admin, dateline),
        };
    }

    private static ResolvedPlace? Capital(IReadOnlyList<ResolvedPlace> places, IReadOnlyDictionary<string, IReadOnlyList<string>> capitals, string? country)
    {
        if (country is null || !capitals.TryGetValue(country, out var names))
        {
            return null;
        }

        foreach (var p in places)
        {
            if (p.Mention.Literal && p.Choice is { Kind: PlaceKind.City } c && c.Country == country
                && names.Any(n => n.Equals(c.Name, StringComparison.OrdinalIgnoreCase) || n.Equals(p.Mention.Surface, StringComparison.OrdinalIgnoreCase)))
            {
                return p;
            }
        }

        return null;
    }

    private static ResolvedPlace? LastBefore(IReadOnlyList<ResolvedPlace> places, int start, PlaceKind kind, (ResolvedPlace Place, TextSpan Header)? dateline)
    {
        ResolvedPlace? last = null;
        foreach (var p in places)
        {
            if (p.Mention.Span.Start < start && p.Mention.Literal && p.Choice?.Kind == kind && (last is null || p.Mention.Span.Start > last.Mention.Span.Start)
                && !(dateline is { } d && d.Header.Contains(p.Mention.Span) && p != d.Place))
            {
                last = p;
            }
        }

        return last;
    }
}
