using System.Text.RegularExpressions;
using Dashboard.Core.Events;
using Dashboard.Core.Places;
using Dashboard.Core.Text;

namespace Dashboard.Extraction.Events;

/// <summary>Clauses around a trigger: comma stretches, modals, coordination, and the subject of a saying.</summary>
public sealed partial class EventExtractor
{
    /// <summary>The stretch of the sentence around a trigger between commas, semicolons, colons and dashes.</summary>
    private static TextSpan CommaStretch(string text, TextSpan sentence, TextSpan trigger)
    {
        // (a comma between digits groups a number, "100,000 troops": no break)
        bool Break(int at) => text[at] is ';' or ':' or '\u2014'
            || text[at] == ',' && !(at > sentence.Start && char.IsAsciiDigit(text[at - 1]) && at + 1 < sentence.End && char.IsAsciiDigit(text[at + 1]));
        var start = trigger.Start;
        while (start > sentence.Start && !Break(start - 1))
        {
            start--;
        }

        var end = trigger.End;
        while (end < sentence.End && !Break(end))
        {
            end++;
        }

        return new TextSpan(start, end);
    }

    /// <summary>
    /// Whether a modal or future auxiliary governs the clause an "until" opens: one of them stands among the words before
    /// it, back to a semicolon or the start of the sentence ("should limit cooperation until…", "will stay until…"; not
    /// "fought until the troops withdrew").
    /// </summary>
    private static bool ModalBefore(string text, int floor, int at)
    {
        var from = text.AsSpan(floor, at - floor).LastIndexOf(';') + 1 + floor;
        foreach (var m in UntilModal().EnumerateMatches(text.AsSpan(from, at - from)))
        {
            return m.Length > 0;
        }

        return false;
    }

    [GeneratedRegex(@"\b(?:should|would|will|must|could|can|may|might|wants?)\b|\bgoing\s+to\b|\b(?:has|have)\s+to\b")]
    private static partial Regex UntilModal();

    /// <summary>
    /// The coordinated clause of the sentence the trigger stands in: cut at ", and", ", but", ", while", ";" and "and
    /// that" (the whole sentence where there is none).
    /// </summary>
    private static TextSpan CoordinatedClause(string text, TextSpan sentence, TextSpan trigger, bool participants = false)
    {
        var start = sentence.Start;
        var end = sentence.End;
        foreach (var m in (participants ? ParticipantBreak() : Coordination()).EnumerateMatches(text.AsSpan(sentence.Start, sentence.Length)))
        {
            var at = sentence.Start + m.Index;
            if (at + m.Length <= trigger.Start)
            {
                start = at + m.Length;
            }
            else if (at >= trigger.End && at < end)
            {
                end = at;
                break;
            }
        }

        return new TextSpan(start, end);
    }

    [GeneratedRegex(@"(?:,\s*(?:and|but|while)\b|;|\s+and\s+that\b)")]
    private static partial Regex Coordination();

    /// <summary>Where the participants of one clause end: a coordination, or a comment on it (", a move", ", prompting"; not ", which", which often describes the subject).</summary>
    [GeneratedRegex(@"(?:,\s*(?:and|but|while|a\s+move|a\s+step|a\s+decision|prompting|drawing|sparking)\b|;)")]
    private static partial Regex ParticipantBreak();

    /// <summary>
    /// Whether a speech act of its own (not a reporting verb) stands in a later coordinated clause with a subject of its own:
    /// "X accused the militia of firing the rockets, but a spokesman for the group denied any involvement" tells the
    /// accusation and the denial, two speakers' acts ("…, but said…" is the first speaker's, told once).
    /// </summary>
    private bool OwnSpeechClause(string text, TextSpan sentence, TextSpan trigger, List<(string Id, ActorKind Kind, TextSpan Span)> actors)
    {
        if (IsReportingVerb(text, trigger))
        {
            return false;
        }

        var clause = CoordinatedClause(text, sentence, trigger);
        return clause.Start > sentence.Start && OwnSubject(text, clause, trigger, actors, []);
    }

    /// <summary>
    /// Whether a coordinated clause opens with a subject of its own, other than the actors of the happening its sentence
    /// told first: an actor not among them, or a noun phrase with an article and no actor ("Police arrested him in May,
    /// charged him, and a court sentenced him to 30 days": the clause tells a second arrest; "…, and later charged him"
    /// does not).
    /// </summary>
    private static bool OwnSubject(string text, TextSpan clause, TextSpan trigger, List<(string Id, ActorKind Kind, TextSpan Span)> actors, IReadOnlyList<string> told)
    {
        var named = false;
        foreach (var a in actors)
        {
            if (a.Span.Start >= clause.Start && a.Span.End <= trigger.Start)
            {
                if (told.Contains(a.Id))
                {
                    return false;
                }

                named = true;
            }
        }

        if (named)
        {
            return true;
        }

        var at = clause.Start;
        while (at < trigger.Start && !char.IsLetter(text[at]))
        {
            at++;
        }

        var end = at;
        while (end < trigger.Start && char.IsLetter(text[end]))
        {
            end++;
        }

        var word = text.AsSpan(at, end - at);
        return word is "a" or "an" or "the" or "A" or "An" or "The" && text.AsSpan(end, trigger.Start - end).IndexOfAny(',', ';') < 0;
    }

    /// <summary>
    /// Where a saying without a speaker passes the turn: to the next trigger, when the saying opens a clause with "that"
    /// and the next trigger is a saying too ("has reported that …, X stated that…"), or when a news outlet quotes somebody
    /// "as saying" ("TASS reported spokesman Wang Wenbin as saying"); otherwise to none.
    /// </summary>
    private static int NextSaying(string text, List<(string Type, string Status, TextSpan Span)> triggers, int k) =>
        k + 1 < triggers.Count && triggers[k + 1].Type == "statement"
        && (ThatFollows(text, triggers[k].Span.End, triggers[k + 1].Span.Start) || EndsWithWord(text, triggers[k].Span.End, triggers[k + 1].Span.Start, "as"))
            ? k + 1 : -1;

    /// <summary>Whether the word right after <paramref name="at"/> (before <paramref name="ceiling"/>) is "that".</summary>
    /// <summary>Whether the sentence names two literal places or more (only then can a clause have a place of its own that the sentence's first is not).</summary>
    private static bool SeveralPlaces(List<ResolvedPlace> places, TextSpan sentence)
    {
        var count = 0;
        foreach (var p in places)
        {
            if (p.Mention.Literal && sentence.Contains(p.Mention.Span) && ++count > 1)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the trigger is a verb joined to the clause before by "and" (", and urged", "and warned"): the same subject's act.</summary>
    private static bool JoinedVerb(string text, TextSpan sentence, TextSpan trigger) =>
        EndsWithWord(text, sentence.Start, trigger.Start, "and");

    private static bool ThatFollows(string text, int at, int ceiling)
    {
        while (at < ceiling && text[at] == ' ')
        {
            at++;
        }

        return at + 4 < ceiling && text.AsSpan(at, 4).Equals("that", StringComparison.OrdinalIgnoreCase) && !char.IsLetter(text[at + 4]);
    }

    private static bool HasType(List<EventDraft> drafts, string type)
    {
        foreach (var d in drafts)
        {
            if (d.Type == type)
            {
                return true;
            }
        }

        return false;
    }
}
