using System.Buffers;
using System.Collections.Frozen;
using Dashboard.Core.Text;

namespace Dashboard.Extraction.Events;

/// <summary>
/// A relative clause in the simple present describes what its antecedent habitually does or is for, not a happening:
/// "the charity, which supports families in need", "the unit, which probes cases of injury", "a skipper who captains a
/// ferry" (POLICY.md: generic or habitual statements and background are not events). A happening in a relative clause
/// is told in the past or with an auxiliary ("which sent troops", "who has been arrested"), and those stay, unless "who"
/// is said of people in general ("those who burned the city", "anyone who looted shops").
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
                return (PresentThirdPerson(verb) || word is "who" && GenericAntecedent(text, words, k))
                    && !sayings.GetAlternateLookup<ReadOnlySpan<char>>().Contains(verb);
            }
        }

        return false;
    }

    /// <summary>
    /// Whether "who" at <paramref name="k"/> follows a word naming people in general ("those who burned our city will face
    /// the law", "anyone who attacks", "all those who took part"): the clause says who is meant, in any tense, and tells
    /// no happening of its own.
    /// </summary>
    private static bool GenericAntecedent(string text, List<(int Start, int Length)> words, int k) =>
        k > 0 && !Break(text, words[k - 1].Start + words[k - 1].Length, words[k].Start)
        && text.AsSpan(words[k - 1].Start, words[k - 1].Length) is "those" or "Those" or "anyone" or "Anyone" or "anybody" or "Anybody" or "everyone" or "Everyone";

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

    /// <summary>
    /// Whether the trigger is the verb of a main clause in the simple present that tells what its subject habitually does
    /// or offers ("ICON offers products to farmers", "Volunteers provide transport for patients", "The charity provides
    /// a wide range of services"): background, not a happening (POLICY.md: generic or habitual statements). News tells
    /// its happenings in the past, the perfect or the progressive; a dated sentence ("Protesters march on Sunday") and the
    /// lead of a story (a headline's present) keep theirs. The verb is told from a plural noun by its neighbours: a
    /// subject before it (a name, "he", "she", "it", "they", "we", or a plural noun for the plain form) and the start of
    /// an object after it (a determiner or a lower-case word that is no preposition), so "Kurdish protests continue"
    /// and "the talks in Geneva" stay.
    /// </summary>
    public static bool Habitual(string text, List<(int Start, int Length)> words, TextSpan trigger)
    {
        var i = words.BinarySearch((trigger.Start, int.MaxValue));
        i = i < 0 ? ~i - 1 : i;
        if (i < 1 || i + 1 >= words.Count || words[i].Start != trigger.Start || words[i].Length != trigger.Length
            || Break(text, words[i - 1].Start + words[i - 1].Length, trigger.Start) || Break(text, trigger.End, words[i + 1].Start))
        {
            return false;
        }

        var verb = text.AsSpan(trigger.Start, trigger.Length);
        var before = text.AsSpan(words[i - 1].Start, words[i - 1].Length);
        var after = text.AsSpan(words[i + 1].Start, words[i + 1].Length);
        if (!char.IsLower(verb[0]) || !ObjectStart(after))
        {
            return false;
        }

        if (PresentThirdPerson(verb))
        {
            // "ICON offers", "it provides", "the charity provides": a name inside the sentence, a singular pronoun, or a
            // lower-case noun after "the" (not "the opposition protests": its object test fails on the verb after it)
            // ("It provides…" opens the sentence; "this new office provides": one modifier between)
            return before is "he" or "she" or "it" or "He" or "She" or "It"
                || char.IsUpper(before[0]) && i - 1 > 0 && !Determiners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(before)
                || char.IsLower(before[0]) && !Determiners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(before)
                    && (i >= 2 && SubjectDeterminer(text, words[i - 2])
                        || i >= 3 && char.IsLower(text[words[i - 2].Start]) && !Break(text, words[i - 2].Start + words[i - 2].Length, words[i - 1].Start)
                            && SubjectDeterminer(text, words[i - 3]));
        }

        // the plain form after a plural subject: "Volunteers provide", "they offer", "we provide"
        return verb[^1] != 's' && !verb.EndsWith("ed", StringComparison.Ordinal) && !verb.EndsWith("ing", StringComparison.Ordinal)
            && (before is "they" or "we" or "They" or "We"
                || before.Length > 3 && before[^1] == 's' && before[^2] is not ('s' or '\'' or 'u' or 'i') && (i - 1 == 0 || char.IsLower(before[0])));
    }

    private static bool SubjectDeterminer(string text, (int Start, int Length) word) =>
        text.AsSpan(word.Start, word.Length) is "the" or "The" or "this" or "This" or "our" or "Our";

    /// <summary>Whether a word can open the object of a verb: a determiner or a lower-case word that is no preposition, adverb in -ly or verb in -ed.</summary>
    private static bool ObjectStart(ReadOnlySpan<char> word) =>
        char.IsLower(word[0]) && !NoObject.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) && !word.EndsWith("ly", StringComparison.Ordinal)
        && !(word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal));

    private static readonly FrozenSet<string> Determiners = new[]
    {
        "a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your", "some", "any", "no",
        "more", "new", "further", "additional", "many", "several", "two", "three",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Words after a plural noun or a verb that open no object: the prepositions, conjunctions and auxiliaries that end an
    /// object phrase (<see cref="ObjectSenses.Stops"/>), and verbs, adverbs and particles that follow a plural noun subject.
    /// </summary>
    private static readonly FrozenSet<string> NoObject = ObjectSenses.Stops.Concat(
    [
        "do", "does", "did", "continue", "continued", "erupt", "erupted", "spread", "broke", "began", "took", "left", "also",
        "not", "there", "here", "so", "then", "again", "last", "this", "next", "up", "out", "down", "off", "back",
    ]).ToFrozenSet(StringComparer.Ordinal);

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
