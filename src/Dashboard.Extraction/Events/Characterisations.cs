using System.Collections.Frozen;
using Dashboard.Core.Text;

namespace Dashboard.Extraction.Events;

/// <summary>
/// A happening's word used to characterise what a speaker names, not to tell a happening: "a move the president described
/// as a “constitutional coup”", "called the deployment “a military occupation”". The quoted word is the speaker's name
/// for something already told (a vote, a deployment), and the named happening, told before, is referred to, not retold.
/// </summary>
internal static class Characterisations
{
    /// <summary>How many lower-case words may stand between an opening quotation mark and the happening's word ("“a military occupation”").</summary>
    private const int QuotedModifiers = 2;

    /// <summary>How many lower-case words may stand between the naming verb and the quotation ("described it as a “…", "called the decision “…").</summary>
    private const int LinkWords = 3;

    /// <summary>
    /// Whether the trigger stands in a quotation that a naming verb opens ("described as a “constitutional coup”", "called it
    /// “an invasion”"), or is a definite noun a naming verb calls something in quotation marks and a happening of its type
    /// was told before ("called the deployment “a military occupation”").
    /// </summary>
    public static bool Characterises(string text, TextSpan sentence, TextSpan trigger, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> naming, bool toldBefore) =>
        QuotedAfterNaming(text, sentence, trigger, naming) || toldBefore && NamedInQuotes(text, sentence, trigger, naming);

    private static bool QuotedAfterNaming(string text, TextSpan sentence, TextSpan trigger, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> naming)
    {
        var at = trigger.Start;
        for (var words = 0; ; words++)
        {
            var (start, end) = PrecedingWord.Of(text, sentence.Start, at);
            if (start == end)
            {
                // the opening quotation mark right before the quoted words
                return end > sentence.Start && text[end - 1] is '"' or '\u201C' && NamingBefore(text, sentence.Start, end - 1, naming);
            }

            if (words == QuotedModifiers || !char.IsLower(text[start]))
            {
                return false;
            }

            at = start;
        }
    }

    private static bool NamedInQuotes(string text, TextSpan sentence, TextSpan trigger, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> naming)
    {
        var (start, end) = PrecedingWord.Of(text, sentence.Start, trigger.Start);
        if (start < end && !Definite(text.AsSpan(start, end - start)))
        {
            (start, end) = PrecedingWord.Of(text, sentence.Start, start); // one modifier ("the troop deployment")
        }

        if (start == end || !Definite(text.AsSpan(start, end - start)))
        {
            return false;
        }

        var (verb, verbEnd) = PrecedingWord.Of(text, sentence.Start, start);
        if (verb == verbEnd || !naming.Contains(text.AsSpan(verb, verbEnd - verb)))
        {
            return false;
        }

        var after = text.AsSpan(trigger.End, Math.Min(sentence.End, trigger.End + 8) - trigger.End).TrimStart();
        if (after.StartsWith("as ", StringComparison.Ordinal))
        {
            after = after[3..];
        }

        return after.Length > 0 && after[0] is '"' or '\u201C';
    }

    private static bool Definite(ReadOnlySpan<char> word) => word is "the" or "this" or "that" or "its" or "their" or "his" or "her";

    /// <summary>
    /// Whether a naming verb stands before the quotation, with at most <see cref="LinkWords"/> lower-case words between
    /// that begin with "it", "as", "a", "an", "them" or a determiner ("called it “…”", "described as a “…”", "called the
    /// decision “…”"); "called on", "called for" are appeals, not names.
    /// </summary>
    private static bool NamingBefore(string text, int floor, int quote, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> naming)
    {
        var at = quote;
        var next = ReadOnlySpan<char>.Empty; // the word after the one looked at: the first word after the verb, once found
        for (var words = 0; words <= LinkWords; words++)
        {
            var (start, end) = PrecedingWord.Of(text, floor, at);
            if (start == end)
            {
                return false;
            }

            var word = text.AsSpan(start, end - start);
            if (naming.Contains(word))
            {
                return words == 0 || next is "it" or "as" or "a" or "an" or "the" or "them" or "this" or "that" or "its" or "their" or "his" or "her";
            }

            if (!char.IsLower(word[0]))
            {
                return false;
            }

            next = word;
            at = start;
        }

        return false;
    }
}
