using System.Text.RegularExpressions;
using Dashboard.Core.Text;

namespace Dashboard.Extraction.Events;

/// <summary>
/// Trigger words that stand in a sentence without the sentence telling a happening of their own: a happening named by
/// its year ("the 2016 election", "the 2014 invasion": background the reader knows), and a word of saying inside an
/// unattributed quotation ("“… who they claimed to be the leader.": the quoted speaker's words, not a speech act the
/// article reports).
/// </summary>
internal static partial class HappeningMentions
{
    /// <summary>
    /// Whether the trigger is a participle standing as an adjective before the people or things it describes, after a
    /// determiner or a count: "the escaped inmates", "19 wounded soldiers", "the two injured sailors" are people named by
    /// what befell them; the sentence reports what they do or what is done to them. (The caller keeps a harm named so
    /// where none was told before: "the plane returned with 19 wounded soldiers" is then the only report of the wounded.) A participle with a clause of its own ("the men arrested on Monday", "were wounded") or
    /// before a verb ("the wounded were taken") is left alone.
    /// </summary>
    public static bool AttributiveParticiple(string text, TextSpan sentence, TextSpan trigger)
    {
        var word = text.AsSpan(trigger.Start, trigger.Length);
        if (trigger.Length < 4 || word.Contains(' ') || !(word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("en", StringComparison.Ordinal)))
        {
            return false;
        }

        var after = trigger.End;
        if (after >= sentence.End || text[after] != ' ')
        {
            return false;
        }

        var next = after + 1;
        var end = next;
        while (end < sentence.End && char.IsAsciiLetterLower(text[end]))
        {
            end++;
        }

        var noun = text.AsSpan(next, end - next);
        if (noun.Length < 3 || !(noun.EndsWith("s", StringComparison.Ordinal) && !NotPluralNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(noun)
            || PeopleNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(noun)))
        {
            return false;
        }

        var (start, stop) = PrecedingWord.Of(text, sentence.Start, trigger.Start);
        if (start == stop)
        {
            // a count in digits ("19 wounded soldiers")
            var digits = trigger.Start;
            while (digits > sentence.Start && text[digits - 1] == ' ')
            {
                digits--;
            }

            return digits > sentence.Start && char.IsAsciiDigit(text[digits - 1]);
        }

        return Determiners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(start, stop - start));
    }

    /// <summary>Words before an attributive participle that make it describe a noun: articles, demonstratives, possessives and counts.</summary>
    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "these", "those", "his", "her", "their", "its", "our", "two", "three", "four", "five", "six", "seven",
        "eight", "nine", "ten", "dozens", "hundreds", "thousands", "several", "many", "some", "other", "all", "more",
    };

    /// <summary>Words ending in s after a participle that are no plural noun: a verb or a function word follows it.</summary>
    private static readonly HashSet<string> NotPluralNouns = new(StringComparer.Ordinal)
    {
        "was", "is", "has", "as", "this", "its", "his", "us", "thus", "plus", "says", "remains", "includes", "needs",
    };

    /// <summary>Plural nouns of people without an s.</summary>
    private static readonly HashSet<string> PeopleNouns = new(StringComparer.Ordinal) { "men", "women", "people", "children", "police", "personnel" };

    /// <summary>How far before a trigger (in characters) "the YEAR" is looked for.</summary>
    private const int YearReach = 32;

    /// <summary>
    /// Whether the trigger is a noun named by an earlier year: "the 2016 election", "the 2016 general election", "Russia's
    /// 2014 invasion". A year not earlier than the publication's (where known) may be the news itself ("the 2022 election
    /// will be held on Sunday").
    /// </summary>
    public static bool NamedByYear(string text, TextSpan sentence, TextSpan trigger, int? newsYear)
    {
        var from = Math.Max(sentence.Start, trigger.Start - YearReach);
        var before = text.AsSpan(from, trigger.Start - from);
        if (before.IndexOfAnyInRange('0', '9') < 0)
        {
            return false; // (the pattern needs a year's digits: most triggers have none before them)
        }

        foreach (var m in YearBefore().EnumerateMatches(before))
        {
            // (no Match object: this runs for every trigger of every sentence)
            var found = before.Slice(m.Index, m.Length);
            var digits = found.IndexOfAnyInRange('0', '9');
            var year = int.Parse(found.Slice(digits, 4), System.Globalization.CultureInfo.InvariantCulture);
            return newsYear is not { } news || year < news;
        }

        return false;
    }

    /// <summary>
    /// Whether a position stands inside a quotation that its sentence opens and never closes: the sentence is the quoted
    /// speaker's own words, with nobody's attribution in it ("“… who they claimed was the leader."). A quotation closed
    /// in the sentence ("“We intend to stay,” the minister said") is attributed, and its speech act is the speaker's.
    /// </summary>
    public static bool InsideQuotation(string text, TextSpan sentence, int at)
    {
        var open = false;
        var straight = 0;
        for (var i = sentence.Start; i < sentence.End; i++)
        {
            switch (text[i])
            {
                case '\u201C' when i < at:
                    open = true;
                    break;
                case '\u201D':
                    open = false;
                    break;
                case '"':
                    straight++;
                    break;
            }
        }

        return open || straight % 2 == 1 && text.AsSpan(sentence.Start, at - sentence.Start).Contains('"');
    }

    [GeneratedRegex(@"(?:\b[Tt]he|['\u2019]s)\s+(?:19|20)\d\d\s+(?:[a-z]+\s+)?\z", RegexOptions.CultureInvariant)]
    private static partial Regex YearBefore();

    /// <summary>How many words may stand between a supposed happening's noun and the modal its clause turns on.</summary>
    private const int SupposedReach = 8;

    /// <summary>
    /// Where the modal ends of a supposed happening's clause, or -1: the trigger is a noun with an indefinite article whose
    /// clause turns on a modal of possibility ("warned that an armed attack on its vessels would| invoke…", "any deployment
    /// of troops could…"; POLICY.md: hypotheticals are no events), and what it would bring about is supposed too. "A
    /// deployment of 300 troops will begin on Monday" is planned and stays.
    /// </summary>
    public static int SupposedModal(string text, TextSpan sentence, TextSpan trigger)
    {
        var before = text.AsSpan(Math.Max(sentence.Start, trigger.Start - 24), trigger.Start - Math.Max(sentence.Start, trigger.Start - 24));
        if (!IndefiniteBefore().IsMatch(before))
        {
            return -1;
        }

        var after = text.AsSpan(trigger.End, Math.Min(sentence.End, trigger.End + 90) - trigger.End);
        var words = 0;
        foreach (var m in WordAfter().EnumerateMatches(after))
        {
            var word = after.Slice(m.Index, m.Length).Trim();
            if (word is "would" or "could" or "might" or "may")
            {
                return trigger.End + m.Index + m.Length;
            }

            if (++words > SupposedReach || word.IndexOfAny(',', ';', ':') >= 0)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>How far (in characters) after a planned happening the condition it waits on may begin.</summary>
    private const int ConditionReach = 120;

    /// <summary>
    /// Whether the trigger is a happening a modal plans only on a condition that follows it in its clause: "said it would
    /// airlift 40 tons of biscuits on Wednesday if security conditions allowed", "would call a general strike if the
    /// detainees were not freed", "troops could be sent unless…" (POLICY.md: conditionals are no events; the saying
    /// stays the speaker's statement). "As if", "even if" and a condition in another clause (after a semicolon or a
    /// saying) leave the happening as planned.
    /// </summary>
    public static bool ConditionalPlan(string text, TextSpan sentence, TextSpan trigger)
    {
        var from = Math.Max(sentence.Start, trigger.Start - 40);
        if (!ModalRightBefore().IsMatch(text.AsSpan(from, trigger.Start - from)))
        {
            return false;
        }

        var after = text.AsSpan(trigger.End, Math.Min(sentence.End, trigger.End + ConditionReach) - trigger.End);
        foreach (var m in ConditionAfter().EnumerateMatches(after))
        {
            return after[..m.Index].IndexOfAny(';', ':') < 0;
        }

        return false;
    }

    /// <summary>A modal of plan or possibility, then at most three words, right before the trigger ("would call a general|").</summary>
    [GeneratedRegex(@"\b(?:would|will|could|might|may)\s+(?:[a-z-]+\s+){0,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex ModalRightBefore();

    /// <summary>"if" or "unless" opening a condition, not "as if", "even if", "if any" or after a saying ("said if…" is another clause).</summary>
    [GeneratedRegex(@"(?<!\b(?:as|even|only|said|says|saying|added|adding|warned|told)),?\s(?:if|unless)\s(?!any\b)", RegexOptions.CultureInvariant)]
    private static partial Regex ConditionAfter();

    /// <summary>"an attack", "an armed attack", "any large deployment" right before the trigger.</summary>
    [GeneratedRegex(@"(?:^|\s)(?:[Aa]n?|[Aa]ny)\s+(?:[a-z-]+\s+){0,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex IndefiniteBefore();

    [GeneratedRegex(@"\S+", RegexOptions.CultureInvariant)]
    private static partial Regex WordAfter();
}
