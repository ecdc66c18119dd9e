using System.Collections.Frozen;
using Dashboard.Core.Text;

namespace Dashboard.Extraction.Events;

/// <summary>
/// Whether an amount counts the participants of another happening in the sentence: the subject of its verb ("Twenty
/// people were killed at a protest", "At least 12 people died as thousands protested") or its object ("Police arrested
/// 40 people at a rally"). Such an amount is that happening's, not the size of a protest or a deployment told beside it.
/// </summary>
internal static class CountedAmounts
{
    /// <summary>
    /// Words that may stand between a counted subject and its verb besides -ly adverbs: the auxiliaries of the passive and
    /// the perfect (<see cref="ObjectSenses.Auxiliaries"/>), "got", and "all" or "also" ("have all died", "were also hurt").
    /// </summary>
    private static readonly FrozenSet<string> Between =
        ObjectSenses.Auxiliaries.Concat(["got", "all", "also"]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a trigger other than the event's own (<paramref name="own"/>, which may have been given another type: "moved
    /// thousands of troops" to a border is a build-up), of a type that does not share <paramref name="type"/>'s counts
    /// (<see cref="EventUnits.ShareCounts"/>), has the amount at <paramref name="amount"/> as subject or object.
    /// </summary>
    public static bool ByAnother(string text, TextSpan amount, string type, TextSpan own, List<(string Type, string Status, TextSpan Span)> triggers)
    {
        foreach (var (otherType, _, span) in triggers)
        {
            if (span == own || EventUnits.ShareCounts(type, otherType) || EventUnits.Of(otherType).Count == 0)
            {
                // (a happening that counts nothing leaves the amount to the one that does: "20 people were shot dead" is
                // the casualties' count, not the shooting's)
                continue;
            }

            if (span.End <= amount.Start ? Adjacent(text, span.End, amount.Start) : span.Start >= amount.End && OnlyAuxiliaries(text, amount.End, span.Start))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Only spaces between the verb and its counted object ("arrested 40 people").</summary>
    private static bool Adjacent(string text, int from, int to) => to - from is >= 1 and <= 2 && text.AsSpan(from, to - from).IsWhiteSpace();

    /// <summary>At most three words of <see cref="Between"/> or -ly adverbs between the counted subject and its verb.</summary>
    private static bool OnlyAuxiliaries(string text, int from, int to)
    {
        if (to - from > 40)
        {
            return false;
        }

        var words = 0;
        foreach (var range in text.AsSpan(from, to - from).Split(' '))
        {
            var word = text.AsSpan(from, to - from)[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (++words > 3 || !(Between.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) || (word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal))))
            {
                return false;
            }
        }

        return true;
    }
}
