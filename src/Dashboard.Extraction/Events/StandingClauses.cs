using System.Buffers;
using System.Collections.Frozen;
using Dashboard.Core.Text;

namespace Dashboard.Extraction.Events;

/// <summary>
/// A relative clause in the simple present describes what its antecedent habitually does or is for, not a happening:
/// "the charity, which supports families in need", "the unit, which probes cases of injury", "a skipper who captains a
/// ferry" (POLICY.md: generic or habitual statements and background are not events). A happening in a relative clause
/// is told in the past or with an auxiliary ("which sent troops", "who has been arrested"), and those stay.
/// </summary>
internal static class StandingClauses
{
    /// <summary>How many words before a trigger (within its clause) the relative pronoun is looked for.</summary>
    private const int Reach = 6;

    /// <summary>
    /// Whether the trigger stands in a relative clause opened by "which" or "who" and a verb in the third person of the
    /// simple present ("which supports", "who heads"), within <see cref="Reach"/> words and no clause break.
    /// <paramref name="words"/> are the sentence's words in order (<see cref="LatinWords"/>); a saying ("who says he was
    /// beaten") reports what it tells and does not count.
    /// </summary>
    public static bool Describes(string text, List<(int Start, int Length)> words, TextSpan trigger, FrozenSet<string> sayings)
    {
        var i = words.BinarySearch((trigger.Start, int.MaxValue));
        i = i < 0 ? ~i - 1 : i; // the word the trigger starts with
        if (i < 0 || words[i].Start != trigger.Start)
        {
            return false;
        }

        for (var k = i - 1; k >= 0 && i - k <= Reach; k--)
        {
            if (Break(text, words[k].Start + words[k].Length, words[k + 1].Start))
            {
                return false;
            }

            var word = text.AsSpan(words[k].Start, words[k].Length);
            if (word is "which" or "who")
            {
                var verb = text.AsSpan(words[k + 1].Start, words[k + 1].Length);
                return PresentThirdPerson(verb) && !sayings.GetAlternateLookup<ReadOnlySpan<char>>().Contains(verb);
            }
        }

        return false;
    }

    /// <summary>How many words may stand between an existential opening and the counted trigger ("There were 130 more murders").</summary>
    private const int CountReach = 3;

    /// <summary>
    /// Whether the trigger is what an existential sentence counts and compares ("There were 130 murders in 2017, compared
    /// with 292 in New York", "There were more murders in March than in any month"): a statistic, background rather than
    /// a happening (POLICY.md). The sentence opens with "There were", "There are", "There have been" or "There had been",
    /// the trigger follows within <see cref="CountReach"/> words with no clause break, and "than" or "compared" follows it.
    /// "There were clashes in Gao on Monday" compares nothing and stays.
    /// </summary>
    public static bool ComparesCounts(string text, List<(int Start, int Length)> words, TextSpan trigger)
    {
        if (words.Count < 3 || !text.AsSpan(words[0].Start, words[0].Length).Equals("there", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var second = text.AsSpan(words[1].Start, words[1].Length);
        var opened = second is "were" or "are" ? 2
            : second is "have" or "had" && text.AsSpan(words[2].Start, words[2].Length) is "been" ? 3 : 0;
        if (opened == 0)
        {
            return false;
        }

        var i = words.BinarySearch((trigger.Start, int.MaxValue));
        i = i < 0 ? ~i - 1 : i;
        if (i < opened || words[i].Start != trigger.Start || i - opened > CountReach
            || Break(text, words[opened - 1].Start + words[opened - 1].Length, trigger.Start))
        {
            return false;
        }

        for (var k = i + 1; k < words.Count; k++)
        {
            if (text.AsSpan(words[k].Start, words[k].Length) is "than" or "compared")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the characters between two words break the clause: a comma, semicolon, colon, bracket or quotation mark.</summary>
    private static bool Break(string text, int from, int to) =>
        text.AsSpan(from, to - from).IndexOfAny(ClauseBreaks) >= 0;

    private static readonly SearchValues<char> ClauseBreaks = SearchValues.Create(",;:()\"\u201C\u201D");

    /// <summary>
    /// A lower-case verb form in -s that is not an auxiliary ("supports", "heads", "probes"; not "is", "has", "was",
    /// "does", whose clause tells its tense by the verb after them, nor a form in -ss such as "bless").
    /// </summary>
    private static bool PresentThirdPerson(ReadOnlySpan<char> verb) =>
        verb.Length > 3 && char.IsLower(verb[0]) && verb[^1] == 's' && verb[^2] != 's'
        && verb is not ("does" or "was" or "has" or "is");
}
