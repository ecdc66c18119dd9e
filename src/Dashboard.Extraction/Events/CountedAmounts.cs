using Dashboard.Core.Text;

namespace Dashboard.Extraction.Events;

/// <summary>
/// Whether an amount counts the participants of another happening in the sentence: the subject of its verb ("Twenty
/// people were killed at a protest", "At least 12 people died as thousands protested") or its object ("Police arrested
/// 40 people at a rally"). Such an amount is that happening's, not the size of a protest or a deployment told beside it.
/// </summary>
internal static class CountedAmounts
{
    /// <summary>Words that may stand between a counted subject and its verb: auxiliaries and -ly adverbs ("have reportedly died").</summary>
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "got", "all", "also",
    };

    /// <summary>
    /// The types that move or pledge forces or people: they share what they count ("has moved thousands of troops close
    /// to its border" is a build-up of those troops; "pledged 5,000 troops" may be the deployment's size; "planes had
    /// flown 380 people to Djibouti" is the evacuation's count).
    /// </summary>
    private static readonly HashSet<string> Forces = new(StringComparer.Ordinal) { "deploy", "build_up", "withdraw", "transport", "offer_support", "evacuate" };

    /// <summary>
    /// Whether a trigger other than the event's own (<paramref name="own"/>, which may have been given another type: "moved
    /// thousands of troops" to a border is a build-up) and of a type other than <paramref name="type"/> has the amount at
    /// <paramref name="amount"/> as subject or object.
    /// </summary>
    public static bool ByAnother(string text, TextSpan amount, string type, TextSpan own, List<(string Type, string Status, TextSpan Span)> triggers)
    {
        foreach (var (otherType, _, span) in triggers)
        {
            if (span == own || otherType == type || EventUnits.Of(otherType).Count == 0 || (Forces.Contains(type) && Forces.Contains(otherType)))
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

    /// <summary>At most three auxiliaries or -ly adverbs between the counted subject and its verb.</summary>
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

            if (++words > 3 || !(Auxiliaries.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) || (word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal))))
            {
                return false;
            }
        }

        return true;
    }
}
