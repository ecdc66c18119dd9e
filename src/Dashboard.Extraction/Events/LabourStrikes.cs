using System.Collections.Frozen;
using Dashboard.Core.Text;

namespace Dashboard.Extraction.Events;

/// <summary>
/// A bare "strike" is an attack in conflict news, but in an article about a walkout it is the walkout: "the union would
/// extend the strike", "the strike was called by the union confederation". An article is about one when it names a
/// labour strike as the trigger lexicon's protest phrases do ("general strike", "went on strike", "strike action"; not a
/// hunger strike), or counts one in hours, days, weeks, months or years ("a 48-hour strike", "a week-long strike"). Air,
/// drone and missile strikes are phrases of their own (event-triggers.txt), so they stay violence.
/// </summary>
internal static class LabourStrikes
{
    /// <summary>How many words before "strike" a protest phrase of the lexicon may start ("called off the strike").</summary>
    private const int PhraseReach = 3;

    /// <summary>Whether a trigger is the single word "strike" or "strikes".</summary>
    public static bool IsBare(string text, TextSpan span) =>
        text.AsSpan(span.Start, span.Length) is var word
        && (word.Equals("strike", StringComparison.OrdinalIgnoreCase) || word.Equals("strikes", StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether the text names a labour strike anywhere (<see cref="LabourStrikes"/>).</summary>
    public static bool Named(string text, FrozenDictionary<string, (string Type, string Status)> triggers)
    {
        var lookup = triggers.GetAlternateLookup<ReadOnlySpan<char>>();
        var words = new List<(int Start, int Length)>();
        foreach (var (index, length) in new LatinWords(text))
        {
            words.Add((index, length));
        }

        for (var i = 0; i < words.Count; i++)
        {
            if (!IsBare(text, TextSpan.FromLength(words[i].Start, words[i].Length)))
            {
                continue;
            }

            if (Counted(text, words, i))
            {
                return true;
            }

            // "general strike", "went on strike", "called off the strike"; "strike action"
            var end = words[i].Start + words[i].Length;
            for (var first = Math.Max(0, i - PhraseReach); first < i; first++)
            {
                if (Protest(lookup, text.AsSpan(words[first].Start, end - words[first].Start)))
                {
                    return true;
                }
            }

            if (i + 1 < words.Count && Protest(lookup, text.AsSpan(words[i].Start, words[i + 1].Start + words[i + 1].Length - words[i].Start)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A protest phrase of the lexicon that names a walkout: a hunger strike is no labour strike.</summary>
    private static bool Protest(FrozenDictionary<string, (string Type, string Status)>.AlternateLookup<ReadOnlySpan<char>> lookup, ReadOnlySpan<char> phrase) =>
        lookup.TryGetValue(phrase, out var trigger) && trigger.Type == "protest" && !phrase.StartsWith("hunger", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "a 48-hour strike", "a two-day strike": a length joined by a hyphen to the word before "strike"; or a duration in
    /// "long" ("a week-long strike", "a weeklong strike", "a months-long strike", "a year-long strike").
    /// </summary>
    private static bool Counted(string text, List<(int Start, int Length)> words, int i)
    {
        if (i == 0)
        {
            return false;
        }

        var (start, length) = words[i - 1];
        var unit = text.AsSpan(start, length);
        var during = unit.Length > 4 && unit.EndsWith("long", StringComparison.OrdinalIgnoreCase);
        if (during)
        {
            unit = unit[..^4].TrimEnd('-').TrimEnd('s'); // "weeks-long", "months-long"
        }

        var lengthWord = unit.EndsWith("hour", StringComparison.OrdinalIgnoreCase) || unit.EndsWith("day", StringComparison.OrdinalIgnoreCase)
            || unit.EndsWith("week", StringComparison.OrdinalIgnoreCase) || unit.EndsWith("month", StringComparison.OrdinalIgnoreCase)
            || unit.EndsWith("year", StringComparison.OrdinalIgnoreCase);
        var hyphen = unit.LastIndexOf('-');
        var joined = during || hyphen > 0 || (start > 0 && text[start - 1] == '-' && char.IsAsciiDigit(text[Math.Max(0, start - 2)]));
        return lengthWord && joined && words[i].Start == start + length + 1;
    }
}
