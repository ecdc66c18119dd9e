using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Dashboard.Core.Events;
using Dashboard.Core.Text;

namespace Dashboard.Extraction.Events;

/// <summary>
/// Who speaks in a sentence rather than acting in its happening: the subject of a reporting verb that comes before the
/// happening ("Officer Ana Lima says the suspect was arrested": Lima reports the arrest, she did not make it), and private
/// people, whom news style names with their age ("Rui Costa, 38, told reporters…", "a 33-year-old resident said").
/// </summary>
internal static partial class Speakers
{
    /// <summary>
    /// Removes from a happening's actors those that only speak: actors before a reporting verb that stands before the
    /// trigger, unless a pronoun right after the verb takes them up as the doer ("Police said they arrested two men").
    /// </summary>
    public static void RemoveReporters(
        string text,
        TextSpan trigger,
        List<(string Type, string Status, TextSpan Span)> triggers,
        FrozenSet<string> reportingVerbs,
        List<(string Id, ActorKind Kind, TextSpan Span)> actors,
        TextSpan sentence,
        List<string> sources)
    {
        if (sources.Count == 0)
        {
            return;
        }

        if (ReportingVerbBefore(text, trigger, triggers, reportingVerbs) is not { } said
            || PronounAfter().IsMatch(text.AsSpan(said.End, Math.Min(PronounReach, sentence.End - said.End))))
        {
            return;
        }

        RemoveNamedOnlyBefore(said, trigger, sentence, actors, sources);
    }

    /// <summary>The last reporting verb (reporting-verbs.txt) among the statement triggers before <paramref name="trigger"/>.</summary>
    private static TextSpan? ReportingVerbBefore(string text, TextSpan trigger, List<(string Type, string Status, TextSpan Span)> triggers, FrozenSet<string> reportingVerbs)
    {
        var reporting = reportingVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
        TextSpan? verb = null;
        foreach (var t in triggers)
        {
            if (t.Type == "statement" && t.Span.End <= trigger.Start && reporting.Contains(text.AsSpan(t.Span.Start, t.Span.Length)))
            {
                verb = t.Span;
            }
        }

        return verb;
    }

    /// <summary>Removes the actors named before <paramref name="word"/> and not again between it and the trigger.</summary>
    public static void RemoveNamedOnlyBefore(TextSpan word, TextSpan trigger, TextSpan sentence, List<(string Id, ActorKind Kind, TextSpan Span)> actors, List<string> sources) =>
        sources.RemoveAll(id => actors.Exists(a => a.Id == id && sentence.Contains(a.Span) && a.Span.End <= word.Start)
            && !actors.Exists(a => a.Id == id && sentence.Contains(a.Span) && a.Span.Start >= word.End && a.Span.End <= trigger.Start));

    /// <summary>
    /// Keeps as the actors of a criticism told after a reporting verb only its speakers, where a state, an organisation or
    /// a person speaks before the verb: the groups of the clause the saying reports ("Mali said jihadists had attacked an
    /// army post and accused France of backing them": Mali accuses, not the jihadists or the army).
    /// </summary>
    public static void KeepSpeakers(
        string text,
        TextSpan trigger,
        List<(string Type, string Status, TextSpan Span)> triggers,
        FrozenSet<string> reportingVerbs,
        List<(string Id, ActorKind Kind, TextSpan Span)> actors,
        TextSpan sentence,
        List<string> sources)
    {
        if (ReportingVerbBefore(text, trigger, triggers, reportingVerbs) is not { } verb)
        {
            return;
        }

        bool Speaks(string id) => actors.Exists(a => a.Id == id && a.Kind is not ActorKind.Group && sentence.Contains(a.Span) && a.Span.End <= verb.Start);
        if (sources.Exists(Speaks))
        {
            sources.RemoveAll(id => !Speaks(id));
        }
    }

    /// <summary>Whether the verb at <paramref name="at"/> follows "and", or "and" and one adverb ("and formally asked", "and also offered").</summary>
    public static bool JoinedByAnd(string text, int floor, int at)
    {
        var (start, end) = PrecedingWord.Of(text, floor, at);
        if (end > start && text.AsSpan(start, end - start) is var word && (word.EndsWith("ly", StringComparison.Ordinal) || word is "also" or "then"))
        {
            (start, end) = PrecedingWord.Of(text, floor, start);
        }

        return text.AsSpan(start, end - start) is "and";
    }

    /// <summary>How many words may stand between a stance word and the happening's noun phrase ("urged both sides to end the hostilities").</summary>
    private const int StanceReach = 6;

    /// <summary>How many modifiers may stand between a determiner and the happening's noun ("the deadly overnight attack", "the Chadian attack").</summary>
    private const int NounModifiers = 2;

    /// <summary>
    /// The stance word (stance-words.txt) that governs the noun phrase ending at <paramref name="at"/>, if any, and whether
    /// the noun is definite ("the", "these", a possessive name: a happening the reader knows of). Whoever takes a stance
    /// towards a happening named by a noun, asks for it to end, investigates it or ends it does not do it: "Germany
    /// condemned the attack on the convoy", "the EU said it was concerned by the violence", "vowed to crush the unrest"
    /// are no attack, violence or unrest by the speaker, while actors named between the word and the noun act ("welcomed
    /// the withdrawal of French troops", "condemned the Chadian attack"). None where a possessive pronoun takes the
    /// subject up ("halted its offensive"), a clause or coordination comes between ("warned that they would attack"), or
    /// an infinitive governs an indefinite noun ("vowed to launch an offensive": the speaker's own).
    /// </summary>
    public static (TextSpan Word, bool Definite)? StanceBefore(string text, int floor, int at, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> stance)
    {
        // The noun phrase: a determiner or a possessive name, before up to two modifiers; or the noun right
        // after the stance word ("condemned attacks on civilians").
        var (start, end) = WordBeforeQuote(text, floor, at);
        if (start == end)
        {
            return null;
        }

        if (IsStance(text, floor, start, end, stance) is { } adjacent)
        {
            return (adjacent, false);
        }

        var definite = false;
        for (var modifiers = 0; ; modifiers++)
        {
            var word = text.AsSpan(start, end - start);
            if (word is "its" or "their" or "his" or "her" or "our" or "my" or "your")
            {
                return null; // "halted its offensive": the subject's own
            }

            if (word is "the" or "The" or "this" or "these" or "those" || char.IsUpper(word[0]) && (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal)))
            {
                definite = true;
                break;
            }

            if (word is "a" or "an" or "any" or "further" or "new" or "more")
            {
                break;
            }

            if (modifiers == NounModifiers || !char.IsLetter(word[0]))
            {
                return null;
            }

            (start, end) = WordBeforeQuote(text, floor, start);
            if (start == end)
            {
                return null;
            }
        }

        // Back from the determiner to the stance word, over at most a few words and no clause break or new subject.
        var infinitive = false;
        var from = start;
        for (var k = 0; k <= StanceReach; k++)
        {
            (start, end) = WordBeforeQuote(text, floor, from);
            var gap = text.AsSpan(end, from - end);
            if (start == end || gap.ContainsAny(ClauseBreaks) && !(gap.Trim().Length == 1 && gap.ContainsAny(QuoteMarks) && IsStance(text, floor, start, end, stance) is not null))
            {
                return null; // (a quotation mark only closes a quoted stance word: "said it was “appalled” by the attack")
            }

            if (IsStance(text, floor, start, end, stance) is { } found)
            {
                return infinitive && !definite ? null : (found, definite);
            }

            // a new clause, subject or coordinated verb phrase ("condemned the move and launched the offensive")
            var word = text.AsSpan(start, end - start);
            if (word is "that" or "which" or "who" or "it" or "they" or "he" or "she" or "we" or "I" or "would" or "will" or "could" or "should"
                or "and" or "but" or "or" or "then" or "while" or "as" or "when" or "because" or "before" or "after")
            {
                return null;
            }

            infinitive |= word is "to";
            from = start;
        }

        return null;
    }

    /// <summary>
    /// The word before <paramref name="at"/>, stepping over one quotation mark between (the speaker's own words quoted:
    /// condemned the “cowardly attack”, was “appalled” by the attack); empty where other punctuation comes first.
    /// </summary>
    private static (int Start, int End) WordBeforeQuote(string text, int floor, int at)
    {
        var (start, end) = PrecedingWord.Of(text, floor, at);
        return start == end && end > floor && QuoteMarks.Contains(text[end - 1]) ? PrecedingWord.Of(text, floor, end - 1) : (start, end);
    }

    private static readonly System.Buffers.SearchValues<char> QuoteMarks = System.Buffers.SearchValues.Create("\"\u201C\u201D");

    /// <summary>The stance word (or two-word phrase: "called for", "broke up") ending at <paramref name="end"/>, if it is one.</summary>
    private static TextSpan? IsStance(string text, int floor, int start, int end, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> stance)
    {
        if (stance.Contains(text.AsSpan(start, end - start)))
        {
            return new TextSpan(start, end);
        }

        var (before, _) = PrecedingWord.Of(text, floor, start);
        return before < start && text[start - 1] == ' ' && stance.Contains(text.AsSpan(before, end - before)) ? new TextSpan(before, end) : null;
    }

    private static readonly System.Buffers.SearchValues<char> ClauseBreaks = System.Buffers.SearchValues.Create(",;:()\u2014\"\u201C\u201D");

    /// <summary>The role events give a person named as a private individual.</summary>
    public const string PrivateRole = "private";

    /// <summary>Whether a person is named as a private individual: with an age after the name (", 38,") or before it ("33-year-old").</summary>
    public static bool IsPrivatePerson(string text, TextSpan name)
    {
        var before = Math.Max(0, name.Start - AgeReach);
        return AgeAfter().IsMatch(text.AsSpan(name.End, Math.Min(AgeReach, text.Length - name.End)))
            || AgeBefore().IsMatch(text.AsSpan(before, name.Start - before));
    }

    /// <summary>The role events give a person described as an analyst, a professor or another commentator.</summary>
    public const string CommentatorRole = "commentator";

    /// <summary>How many words right before a name are looked at for a commentator's description ("senior economist Ana Lima").</summary>
    private const int DescriptionWords = 3;

    /// <summary>How far after a name its apposition is looked at ("Ana Lima, an economist at…", "Ana Lima of BOP Consulting").</summary>
    private const int DescriptionAfter = 60;

    /// <summary>
    /// How a person is described next to this mention of the name (speaker-kinds.txt): as a commentator (quoted for an
    /// opinion on the news, not for a public speech act of their own: "environmental expert Ana Lima", "Ana Lima, a senior
    /// economist at…", "Ana Lima of BOP Consulting") or as a private individual ("Jays fan Ana Lima", "Ana Lima, a
    /// resident since May", "Ana Lima, who lives in Leeds", "a pregnant woman, Ana Lima"), in the words right before it (or
    /// before the comma right before it) or in its apposition, after a comma, "of", "at" or "from", up to the next comma.
    /// Null where neither.
    /// </summary>
    public static string? Description(string text, TextSpan name, FrozenDictionary<string, string> kinds)
    {
        var lookup = kinds.GetAlternateLookup<ReadOnlySpan<char>>();
        string? Kind(ReadOnlySpan<char> word) => lookup.TryGetValue(word, out var kind) && kind is CommentatorRole or PrivateRole ? kind : null;

        var at = name.Start;
        var comma = false;
        for (var k = 0; k < DescriptionWords; k++)
        {
            var end = at;
            while (end > 0 && text[end - 1] == ' ')
            {
                end--;
            }

            var start = end;
            while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '-'))
            {
                start--;
            }

            if (start == end && k == 0 && end > 0 && text[end - 1] == ',' && end != at)
            {
                at = end - 1; // an apposition before the name: "a pregnant woman, Ana Lima,"
                comma = true;
                continue;
            }

            if (start == end || (end == at && !comma))
            {
                break; // punctuation, or no space before the word
            }

            comma = false;
            if (Kind(text.AsSpan(start, end - start)) is { } before)
            {
                return before;
            }

            at = start;
        }

        var rest = text.AsSpan(name.End, Math.Min(DescriptionAfter, text.Length - name.End));
        if (!(rest.StartsWith(", ") || rest.StartsWith(" of ") || rest.StartsWith(" at ") || rest.StartsWith(" from ")))
        {
            return null;
        }

        var apposition = rest[1..];
        var stop = apposition.IndexOfAny(AppositionEnds);
        apposition = stop < 0 ? apposition : apposition[..stop];
        foreach (var (index, length) in new LatinWords(apposition))
        {
            if (Kind(apposition.Slice(index, length)) is { } after)
            {
                return after;
            }
        }

        return null;
    }

    private static readonly System.Buffers.SearchValues<char> AppositionEnds = System.Buffers.SearchValues.Create(",.;:!?()\n\u201C\u201D\"");

    /// <summary>How far after a reporting verb a pronoun subject is looked for.</summary>
    private const int PronounReach = 48;

    /// <summary>How far around a name an age is looked for.</summary>
    private const int AgeReach = 32;

    // (past a time told between the verb and the pronoun: "said on Wednesday it would send", "said later on Monday they")
    [GeneratedRegex(@"\A\s*(?:(?:later|earlier|again|also)\s+)?" + Dates.TimeAdverbials.Pattern + @"?(?:that\s+)?(?:it|they|he|she|we|its|their|his|her)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PronounAfter();

    [GeneratedRegex(@"\A\s*,\s*\d{1,3}\s*,")]
    private static partial Regex AgeAfter();

    [GeneratedRegex(@"\b\d{1,3}-year-old\s+(?:[a-z]+\s+){0,2}\z")]
    private static partial Regex AgeBefore();
}
