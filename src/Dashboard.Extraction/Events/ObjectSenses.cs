using System.Buffers;
using System.Collections.Frozen;

namespace Dashboard.Extraction.Events;

/// <summary>
/// A trigger verb whose object gives it another sense (trigger-object-senses.txt): "captured video of the attack",
/// "struck a record $944 million deal", "fighting two apartment fires", "offers products and services" tell no capture,
/// strike, fight or support given; "captured the town", "struck a convoy" keep their type.
/// </summary>
internal static class ObjectSenses
{
    /// <summary>How many lower-case words after the trigger its object is looked for in (names do not count).</summary>
    private const int Reach = 5;

    /// <summary>How many words in all (names included: "deny the trainer Bob Baffert a second win") are looked at.</summary>
    private const int WordReach = 10;

    /// <summary>
    /// The type the trigger at <paramref name="i"/> of <paramref name="words"/> takes from its object ("none" for no
    /// happening): the word right before it ("a letter sent"), a passive's subject past the phrases after its noun ("classes
    /// at the university were suspended"), or the first listed object after it. Null where no object
    /// listed for it stands there before a clause break, a preposition, a conjunction, a
    /// verb in -ed or an auxiliary. "For", "against", "of" and "in" may stand right after the verb ("fight for funding", "participated in a study"),
    /// and "of" after a counting word ("two of its crossing points").
    /// </summary>
    public static string? Of(string text, List<(int Start, int Length)> words, int i, FrozenDictionary<string, string> objects)
    {
        // a participle after its noun: "a letter sent to", "the deal struck in May"; or its subject in the passive:
        // "the case was withdrawn", "the deal had been struck"
        var (noun, passive) = Subject(text, words, i);
        if (noun is { } n && objects.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text.AsSpan(words[n].Start, words[n].Length), out var before))
        {
            return before;
        }

        if (passive && PassiveHead(text, words, noun!.Value, objects) is { } head)
        {
            return head;
        }

        var lower = 0;
        for (var k = i + 1; k < words.Count && k - i <= WordReach && lower < Reach; k++)
        {
            var gapStart = words[k - 1].Start + words[k - 1].Length;
            if (HasBreak(text.AsSpan(gapStart, words[k].Start - gapStart)))
            {
                return null;
            }

            var word = text.AsSpan(words[k].Start, words[k].Length);
            if (objects.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var type))
            {
                return type;
            }

            if (char.IsUpper(word[0]))
            {
                continue; // a name: the person or team denied something, the firm a deal is struck with
            }

            if (Stops.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) && !(k == i + 1 && word is "for" or "against" or "of" or "in" or "from")
                && !(word is "of" && Partitives.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(words[k - 1].Start, words[k - 1].Length)))
                || word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal) && !word.Contains('-'))
            {
                return null;
            }

            lower++;
        }

        return null;
    }

    /// <summary>
    /// The word the participle at <paramref name="i"/> is said of, standing before it: right before ("a letter sent"), or
    /// before the auxiliaries of a passive ("the case was withdrawn", "the deal had been struck", "the bill was later
    /// killed"), and whether auxiliaries stand between (a passive). Null where a clause break comes between.
    /// </summary>
    private static (int? Noun, bool Passive) Subject(string text, List<(int Start, int Length)> words, int i)
    {
        var k = i - 1;
        var auxiliaries = 0;
        while (k >= 0 && i - k <= PassiveReach && !Gap(text, words, k, k + 1).ContainsAny(Breaks))
        {
            var word = text.AsSpan(words[k].Start, words[k].Length);
            if (Passive.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            {
                auxiliaries++;
            }
            else if (!(word.Length > 3 && word.EndsWith("ly", StringComparison.Ordinal) || word is "later" or "then" or "also" or "since"))
            {
                return (k == i - 1 || auxiliaries > 0 ? k : null, auxiliaries > 0);
            }

            k--;
        }

        return (null, false);
    }

    /// <summary>
    /// The type a passive's subject gives it when a phrase after the subject's noun stands between them: "Commercial
    /// flights to the eastern city of X were suspended", "Talks in Geneva were suspended". The subject is the clause's words
    /// up to <paramref name="last"/> (the word before the auxiliaries, <see cref="Subject"/>) and before its first
    /// preposition or conjunction; a listed object among them gives the type. Null where none is listed there.
    /// </summary>
    private static string? PassiveHead(string text, List<(int Start, int Length)> words, int last, FrozenDictionary<string, string> objects)
    {
        var start = last;
        while (start > 0 && last - start < SubjectReach && !Gap(text, words, start - 1, start).ContainsAny(Breaks))
        {
            start--;
        }

        if (start > 0 && !Gap(text, words, start - 1, start).ContainsAny(Breaks))
        {
            return null; // the clause began further back than a subject reaches
        }

        var lookup = objects.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var j = start; j < last; j++)
        {
            var word = text.AsSpan(words[j].Start, words[j].Length);
            if (Stops.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            {
                return null;
            }

            if (lookup.TryGetValue(word, out var type))
            {
                return type;
            }
        }

        return null;
    }

    /// <summary>How many words a passive's subject with its phrases may span before the auxiliary.</summary>
    private const int SubjectReach = 12;

    /// <summary>How many words before a participle its subject may stand (two auxiliaries and an adverb between).</summary>
    private const int PassiveReach = 4;

    /// <summary>The auxiliaries of the passive and the perfect ("was", "had been"); they also end an object phrase (<see cref="Stops"/>).</summary>
    internal static readonly string[] Auxiliaries = ["was", "were", "is", "are", "been", "being", "be", "has", "have", "had"];

    private static readonly FrozenSet<string> Passive = Auxiliaries.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static ReadOnlySpan<char> Gap(string text, List<(int Start, int Length)> words, int before, int after) =>
        text.AsSpan(words[before].Start + words[before].Length, words[after].Start - words[before].Start - words[before].Length);

    /// <summary>Whether a stretch between two words breaks the clause: punctuation, but not the comma or point inside a number ("send 2,000 weapons").</summary>
    private static bool HasBreak(ReadOnlySpan<char> gap)
    {
        for (var at = 0; at < gap.Length; at++)
        {
            if (Breaks.Contains(gap[at])
                && !(gap[at] is ',' or '.' && at > 0 && at + 1 < gap.Length && char.IsAsciiDigit(gap[at - 1]) && char.IsAsciiDigit(gap[at + 1])))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly SearchValues<char> Breaks = SearchValues.Create(",;:.()\"\u201C\u201D!?\u2014");

    /// <summary>
    /// Counting words before "of" that keep the object phrase going: "closed two of its six crossing points", "freed
    /// hundreds of inmates" (a closed class of English quantifiers and number words).
    /// </summary>
    private static readonly FrozenSet<string> Partitives = new[]
    {
        "all", "some", "most", "many", "several", "both", "each", "half", "part", "none", "dozens", "hundreds", "thousands",
        "scores", "millions", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Prepositions, conjunctions, relative words and auxiliaries: the object phrase has ended before them.</summary>
    internal static readonly FrozenSet<string> Stops = new[]
    {
        "about", "across", "after", "against", "along", "and", "around", "as", "at", "because", "before", "but", "by", "during",
        "for", "from", "if", "in", "into", "near", "of", "on", "or", "over", "since", "than", "that", "through", "to", "toward",
        "towards", "under", "until", "when", "where", "which", "while", "who", "whom", "with", "without",
        "will", "would", "can", "could", "may", "might", "should", "must",
    }.Concat(Auxiliaries).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
