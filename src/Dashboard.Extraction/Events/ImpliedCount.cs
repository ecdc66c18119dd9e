using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Dashboard.Core.Events;
using Dashboard.Core.Text;

namespace Dashboard.Extraction.Events;

/// <summary>
/// The count a report of casualties or arrests gives without a number: one person described in the singular ("A young
/// woman was killed", "police arrested a 46-year-old man", "one soldier died"), two for two such phrases joined ("a man
/// and a woman were detained"), one for a pronoun or a named person the happening befell ("He was pronounced dead",
/// "Ana Lima was arrested"). The map then counts them as it counts "two men".
/// </summary>
internal static partial class ImpliedCount
{
    /// <summary>How many words may stand between the article and the noun ("a 46-year-old local man").</summary>
    private const int MaxModifiers = 3;

    /// <summary>
    /// The implied count in <paramref name="scope"/> (the trigger's clause), or null when it describes nobody in the
    /// singular. <paramref name="people"/> are the spans of the people the text names there.
    /// </summary>
    public static Quantity? Of(string text, TextSpan scope, TextSpan trigger, IEnumerable<TextSpan> people, FrozenSet<string> singulars,
        FrozenSet<string> reportingVerbs)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(reportingVerbs);
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(singulars);
        var lookup = singulars.GetAlternateLookup<ReadOnlySpan<char>>();
        var clause = text.AsSpan(scope.Start, scope.Length);
        foreach (var m in Article().EnumerateMatches(clause))
        {
            if (Described(clause, m.Index + m.Length, lookup) is not { } end || Says(clause[end..], reportingVerbs))
            {
                continue; // ", an official said": the speaker, not who it befell
            }

            var count = 1;
            var joined = Joined().Match(text, scope.Start + end, scope.End - scope.Start - end);
            if (joined.Success && Described(clause, joined.Index - scope.Start + joined.Length, lookup) is { } second)
            {
                (count, end) = (2, second);
            }

            var span = new TextSpan(scope.Start + m.Index, scope.Start + end);
            if (!Beside(text, span, trigger))
            {
                continue; // "protesters were hurt when an officer fired": not who it befell
            }

            return new Quantity(span, span.Slice(text), count, null, null, "people", span.Slice(text), approximate: false);
        }

        var before = text.AsSpan(scope.Start, Math.Max(0, trigger.Start - scope.Start));
        if (PronounSubject().IsMatch(before))
        {
            return new Quantity(trigger, trigger.Slice(text), 1, null, null, "people", "person", approximate: false);
        }

        foreach (var person in people)
        {
            if (scope.Contains(person) && person.End <= trigger.Start && PersonSubject().IsMatch(text.AsSpan(person.End, trigger.Start - person.End)))
            {
                return new Quantity(person, person.Slice(text), 1, null, null, "people", "person", approximate: false);
            }
        }

        return null;
    }

    /// <summary>How many words may stand between the phrase and the trigger ("a man was later arrested", "arrested a man").</summary>
    private const int MaxGapWords = 6;

    /// <summary>
    /// Whether the phrase is the trigger's subject or object: before it with at most a few words and no punctuation
    /// between ("A young woman was killed"), or right after it ("police arrested a 46-year-old man", "shot dead a man").
    /// </summary>
    private static bool Beside(string text, TextSpan phrase, TextSpan trigger)
    {
        var gap = phrase.End <= trigger.Start ? text.AsSpan(phrase.End, trigger.Start - phrase.End)
            : phrase.Start >= trigger.End ? text.AsSpan(trigger.End, phrase.Start - trigger.End) : default;
        if (phrase.End > trigger.Start && phrase.Start < trigger.End)
        {
            return false;
        }

        var words = 0;
        foreach (var c in gap)
        {
            if (c == ' ')
            {
                words++;
            }
            else if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return words - 1 <= (phrase.End <= trigger.Start ? MaxGapWords : 2);
    }

    /// <summary>Where a singular person noun ends after an article at <paramref name="from"/> (within a few modifiers), or null.</summary>
    private static int? Described(ReadOnlySpan<char> clause, int from, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> singulars)
    {
        var at = from;
        for (var k = 0; k <= MaxModifiers; k++)
        {
            while (at < clause.Length && clause[at] == ' ')
            {
                at++;
            }

            var end = at;
            while (end < clause.Length && (char.IsLetterOrDigit(clause[end]) || clause[end] is '-' or '\''))
            {
                end++;
            }

            if (end == at)
            {
                return null; // punctuation: the noun phrase ended
            }

            var word = clause[at..end];
            if (singulars.Contains(word))
            {
                return end;
            }

            // a two-word noun ("police officer", "aid worker")
            var next = end + 1;
            var nextEnd = next;
            while (nextEnd < clause.Length && char.IsLetter(clause[nextEnd]))
            {
                nextEnd++;
            }

            if (next < clause.Length && clause[end] == ' ' && nextEnd > next && singulars.Contains(clause[at..nextEnd]))
            {
                return nextEnd;
            }

            if (word is "was" or "is" or "who" or "and" or "of" or "in" or "at" or "on" or "by" or "for" or "from" or "to" or "with" or "had" or "has")
            {
                return null;
            }

            at = end;
        }

        return null;
    }

    [GeneratedRegex(@"(?<![\w-])(?:[Aa]n?|[Oo]ne|[Tt]he)(?= )", RegexOptions.CultureInvariant)]
    private static partial Regex Article();

    /// <summary>Whether a reporting verb (reporting-verbs.txt) follows the phrase: ", an official said" names the speaker.</summary>
    private static bool Says(ReadOnlySpan<char> after, FrozenSet<string> reportingVerbs)
    {
        after = after.TrimStart(' ');
        var end = 0;
        while (end < after.Length && char.IsLetter(after[end]))
        {
            end++;
        }

        return end > 0 && reportingVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(after[..end]);
    }

    [GeneratedRegex(@"\G and (?:an?|one|the)(?= )", RegexOptions.CultureInvariant)]
    private static partial Regex Joined();

    [GeneratedRegex(@"(?<![\w-])(?:[Hh]e|[Ss]he) (?:was|is|has been|had been)(?: \w+){0,2} $", RegexOptions.CultureInvariant)]
    private static partial Regex PronounSubject();

    [GeneratedRegex(@"^(?:, [^,]{1,60},)? (?:was|is|has been|had been)(?: \w+){0,2} $", RegexOptions.CultureInvariant)]
    private static partial Regex PersonSubject();
}
