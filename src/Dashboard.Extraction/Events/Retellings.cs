using Dashboard.Core.Text;

namespace Dashboard.Extraction.Events;

/// <summary>What the retelling rules ask of a happening's first report.</summary>
internal static class Retellings
{
    /// <summary>
    /// Whether the happening was first told in the lead by generic groups only ("Police arrested two people suspected
    /// of…", "Troops were sent to…"): the lead sums up the news without names, so the body's nearby report of the same
    /// type, at an agreeing place, that names who it was ("Detectives arrested the suspects at a home in X", "Y was
    /// charged with…") retells it rather than telling another.
    /// </summary>
    internal static bool GroupInTheLead(EventDraft first) =>
        first.Lead && first.Actors.Count > 0 && first.Actors.All(Generic);

    /// <summary>Whether the word ending at <paramref name="end"/> grades a charge ("second degree rape"): no further happening.</summary>
    internal static bool DegreeOfACharge(string text, int end, int sentenceEnd)
    {
        const string degree = " degree";
        return end + degree.Length <= sentenceEnd && text.AsSpan(end, degree.Length).Equals(degree, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Whether the trigger is a noun named as already known: "the", then at most two lower-case modifiers, then the noun
    /// ("welcomed the agreement", "the drills were purely defensive", "fled the fighting", "the recent verdict"). Such a
    /// noun points at a happening the reader has been told of; it names a new one only when it goes on to say who took
    /// part or what it befell ("the talks between…", "the deployment of 300 officers", "the motion against…"). A participle
    /// ("the damaged boat", "the arrested men") describes people or things, not a happening.
    /// </summary>
    internal static bool DefiniteReference(string text, TextSpan sentence, TextSpan trigger)
    {
        if (trigger.Length < 3 || trigger.Start < sentence.Start || trigger.End > text.Length
            || text.AsSpan(trigger.Start, trigger.Length).EndsWith("ed", StringComparison.Ordinal))
        {
            return false;
        }

        var after = trigger.End;
        while (after < sentence.End && text[after] == ' ')
        {
            after++;
        }

        var next = after;
        while (next < sentence.End && char.IsLetter(text[next]))
        {
            next++;
        }

        if (text.AsSpan(after, next - after) is "of" or "between" or "with" or "against")
        {
            return false;
        }

        var at = trigger.Start;
        for (var modifiers = 0; modifiers <= ReferenceModifiers; modifiers++)
        {
            var (start, end) = PrecedingWord.Of(text, sentence.Start, at);
            if (start == end)
            {
                return false;
            }

            var word = text.AsSpan(start, end - start);
            if (word is "the" or "The")
            {
                return true;
            }

            if (!char.IsLower(word[0]) || TriggerRoles.NotModifiers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
                || PhraseOpenings.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            {
                return false;
            }

            at = start;
        }

        return false;
    }

    /// <summary>How many lower-case words may stand between "the" and the noun ("the recent verdict", "the indefinite strike").</summary>
    private const int ReferenceModifiers = 2;

    /// <summary>
    /// Words that open another noun phrase, going back from the noun (an article or a preposition: "an end to the
    /// violence"); with <see cref="TriggerRoles.NotModifiers"/> (clause words and verbs) they end the modifiers.
    /// </summary>
    private static readonly HashSet<string> PhraseOpenings = new(StringComparer.Ordinal) { "a", "an", "of", "in", "on", "at", "by", "for", "from", "with" };

    /// <summary>A generic group with no country ("group:police", "group:troops"): nobody in particular.</summary>
    internal static bool Generic(string id) =>
        id.StartsWith("group:", StringComparison.Ordinal) && id.IndexOf(':', "group:".Length) < 0;
}
