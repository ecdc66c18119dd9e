using System.Text.RegularExpressions;
using Dashboard.Core.Text;

namespace Dashboard.Extraction.Events;

/// <summary>
/// "The two countries' presidents met in Argyle", "the two governments signed a peace deal", "the two former Soviet
/// republics fought a border war": a subject that refers to a pair of states names no state, yet the happening is done
/// by the two states the article named last before it. Only the subject counts ("urged the two countries to talk" names
/// whom the happening is aimed at, not who does it), and only a pair of states: "the two sides" or "the two men" may be
/// anyone.
/// </summary>
internal static partial class PairReferences
{
    /// <summary>
    /// Where "the two countries" (nations, governments, neighbours, states, republics, armies, their foreign or defence
    /// ministers) stands as the subject of the
    /// trigger, in the sentence before it and in the trigger's own clause; -1 when it does not.
    /// </summary>
    public static int Subject(string text, TextSpan sentence, TextSpan trigger)
    {
        if (trigger.Start <= sentence.Start || trigger.Start > sentence.End)
        {
            return -1;
        }

        var before = text.AsSpan(sentence.Start, trigger.Start - sentence.Start);
        foreach (var m in PairSubject().EnumerateMatches(before))
        {
            return sentence.Start + m.Index;
        }

        return -1;
    }

    /// <summary>
    /// The two states whose mentions come last before <paramref name="at"/>, the later one first; null when fewer than two
    /// are named before it.
    /// </summary>
    /// <param name="countries">Every mention of a state, in text order.</param>
    public static string[]? Pair(List<(string Id, int Start)> countries, int at)
    {
        string? last = null;
        for (var k = countries.Count - 1; k >= 0; k--)
        {
            var (id, start) = countries[k];
            if (start >= at)
            {
                continue;
            }

            if (last is null)
            {
                last = id;
            }
            else if (id != last)
            {
                return [last, id];
            }
        }

        return null;
    }

    /// <summary>
    /// "the two countries" (governments, armies, foreign ministers…) with up to two modifiers ("the two former Soviet republics", "the two neighbouring states"),
    /// optionally as possessor ("the two countries' presidents", "the two nations' leaders"), then up to eight words and
    /// no clause boundary before the trigger.
    /// </summary>
    [GeneratedRegex(@"\b[Tt]he\s+two\s+(?:[\w-]+\s+){0,2}?(?:countries|nations|governments|neighbou?rs|states|republics|armies|militaries|(?:foreign|defen[cs]e)\s+ministers)\b['’]?(?:\s+[\w-]+){0,8}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex PairSubject();
}
