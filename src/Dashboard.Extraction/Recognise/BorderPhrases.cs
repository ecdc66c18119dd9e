using System.Text.RegularExpressions;
using Dashboard.Core.Geography;
using Dashboard.Core.Places;
using Dashboard.Core.Text;
using Dashboard.Geo.Gazetteer;

namespace Dashboard.Extraction.Recognise;

/// <summary>
/// Border phrases built on country mentions: "Poland's border with Belarus", "its border with Belarus", "the border
/// between X and Y", "the X-Y border", "the Belarus border". The country names inside stay mentions of their own.
/// </summary>
internal static partial class BorderPhrases
{
    public static IEnumerable<PlaceMention> Find(string text, string passageId, IReadOnlyList<PlaceMention> mentions, GeoGazetteer gazetteer)
    {
        var countries = mentions.Where(m => m.Cue is MentionCue.Name or MentionCue.Metonymy && IsCountry(m.Surface, gazetteer)).ToList();
        var coveredUpTo = -1;
        foreach (var m in countries)
        {
            if (m.Span.Start < coveredUpTo)
            {
                continue; // the second country of a phrase already found ("Armenia-Azerbaijan border")
            }

            var after = text.AsSpan(m.Span.End, Math.Min(60, text.Length - m.Span.End)).ToString();
            var with = PossessiveWith().Match(after);
            if (with.Success && NextCountry(countries, m.Span.End + with.Length) is { } other)
            {
                coveredUpTo = other.Span.End;
                yield return Make(text, passageId, m.Span.Start, other.Span.End);
                continue;
            }

            if (after.Length > 0 && after[0] is '-' or '–' && NextCountry(countries, m.Span.End + 1) is { } second)
            {
                var tail = PlainBorder().Match(text, second.Span.End, Math.Min(30, text.Length - second.Span.End));
                if (tail.Success)
                {
                    coveredUpTo = second.Span.End + tail.Length;
                    yield return Make(text, passageId, m.Span.Start, coveredUpTo);
                    continue;
                }
            }

            var plain = PlainBorder().Match(after);
            if (plain.Success)
            {
                yield return Make(text, passageId, m.Span.Start, m.Span.End + plain.Length);
                continue;
            }

            var before = text.AsSpan(Math.Max(0, m.Span.Start - 40), Math.Min(40, m.Span.Start)).ToString();
            var pronoun = PronounWith().Match(before);
            if (pronoun.Success)
            {
                // "its border with Belarus": the other country is the one the pronoun stands for; the resolver takes the
                // neighbour of Belarus the article names most
                yield return Make(text, passageId, m.Span.Start - (before.Length - pronoun.Index), m.Span.End);
                continue;
            }

            var between = BetweenPrefix().Match(before);
            if (between.Success && AndNext().Match(after) is { Success: true } and && NextCountry(countries, m.Span.End + and.Length) is { } right)
            {
                yield return Make(text, passageId, m.Span.Start - between.Length, right.Span.End);
            }
        }
    }

    private static bool IsCountry(string surface, GeoGazetteer gazetteer)
    {
        foreach (var r in gazetteer.Refs(surface))
        {
            if (r.Table == PlaceKind.Country)
            {
                return true;
            }
        }

        return false;
    }

    private static PlaceMention? NextCountry(List<PlaceMention> countries, int at) =>
        countries.FirstOrDefault(c => c.Span.Start == at);

    private static PlaceMention Make(string text, string passageId, int start, int end)
    {
        var span = new TextSpan(start, end);
        return new PlaceMention(span, span.Slice(text), literal: true, MentionCue.Border, passageId);
    }

    [GeneratedRegex(@"^['’]s\s+(?:\w+\s+)?(?:border|frontier)s?\s+with\s+(?:the\s+)?", RegexOptions.CultureInvariant)]
    private static partial Regex PossessiveWith();

    [GeneratedRegex(@"\b(?:its|their|the\s+country['’]s)\s+(?:\w+\s+)?(?:border|frontier)s?\s+with\s+(?:the\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PronounWith();

    [GeneratedRegex(@"\G\s+(?:border|frontier)s?\b", RegexOptions.CultureInvariant)]
    private static partial Regex PlainBorder();

    [GeneratedRegex(@"(?:border|frontier)s?\s+between\s+(?:the\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex BetweenPrefix();

    [GeneratedRegex(@"^\s+and\s+(?:the\s+)?", RegexOptions.CultureInvariant)]
    private static partial Regex AndNext();
}
