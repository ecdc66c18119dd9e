using System.Buffers;
using System.Text.RegularExpressions;
using Dashboard.Core.Events;
using Dashboard.Core.Text;

namespace Dashboard.Extraction.Events;

/// <summary>Whether a trigger tells a happening at all: questions, negations, headers, abstractions, cargo and requests.</summary>
public sealed partial class EventExtractor
{
    private static int FirstLetter(string text, TextSpan sentence)
    {
        var at = sentence.Start;
        while (at < sentence.End && !char.IsLetter(text[at]))
        {
            at++;
        }

        return at;
    }

    private static bool IsQuestion(string text, TextSpan sentence)
    {
        var end = sentence.End - 1;
        while (end > sentence.Start && (char.IsWhiteSpace(text[end]) || text[end] is '"' or '\u201D' or '\'' or '\u2019' or ')'))
        {
            end--;
        }

        return text[end] == '?';
    }

    private static readonly SearchValues<string> HeaderEnds = SearchValues.Create([". ", "(all times"], StringComparison.OrdinalIgnoreCase);

    /// <summary>How far into a sentence a running-story header ("NEW YORK (AP) — The Latest on…") may start.</summary>
    private const int TopicHeaderReach = 60;

    /// <summary>
    /// The header of a running story ("The Latest on the shooting in X (all times local):", "The Latest: …"): it names the
    /// topic, whose happenings the updates below it tell.
    /// </summary>
    [GeneratedRegex(@"\bThe Latest(?:\s+on\b|\s*:)")]
    private static partial Regex TopicHeader();

    /// <summary>How many words before a trigger are searched for a cue of negation, modality or condition.</summary>
    private const int CueWindow = 6;

    /// <summary>
    /// Whether a cue of negation, possibility or condition stands among the words before the trigger in its clause (back
    /// to a comma, semicolon, colon or quotation mark, at most <see cref="CueWindow"/> words).
    /// </summary>
    private bool NotAHappening(string text, TextSpan sentence, TextSpan trigger)
    {
        var cues = lexicons.Actors.NonHappeningCues.GetAlternateLookup<ReadOnlySpan<char>>();
        var at = trigger.Start;
        var next = trigger; // the word after the one looked at
        for (var words = 0; words < CueWindow && at > sentence.Start; words++)
        {
            var end = at;
            while (end > sentence.Start && text[end - 1] == ' ')
            {
                end--;
            }

            if (end > sentence.Start && text[end - 1] == ']' && text.AsSpan(sentence.Start, end - sentence.Start).LastIndexOf('[') is var open and >= 0)
            {
                at = sentence.Start + open; // an editor's insertion ("If [the president] asks me to…") is no clause break
                words--;
                continue;
            }

            if (end == sentence.Start || text[end - 1] is ',' or ';' or ':' or '"' or '\u201C' or '\u201D' or '(')
            {
                return false;
            }

            var start = end;
            while (start > sentence.Start && (char.IsLetter(text[start - 1]) || text[start - 1] is '\'' or '\u2019'
                || text[start - 1] == '.' && start - 1 > sentence.Start && char.IsLetter(text[start - 2])))
            {
                start--; // dotted initials ("if the U.S. leaves") are a word of the clause
            }

            if (start == end)
            {
                return false; // a number or a symbol: the clause is not a run of words any more
            }

            var word = text.AsSpan(start, end - start);
            // Lower case inside the sentence ("May" is the month there); the first word of the sentence or of a quotation
            // may be capitalised ("No one…", "If…", "“If…").
            if ((char.IsLower(word[0]) || (start == FirstLetter(text, sentence) || start > sentence.Start && text[start - 1] is '"' or '\u201C')
                    && !FiniteVerb(text.AsSpan(next.Start, next.Length)))
                && (cues.TryGetValue(word, out var kind) || (word.Contains('\u2019') && cues.TryGetValue(word.ToString().Replace('\u2019', '\''), out kind)))
                // a refusal negates only the infinitive it governs ("failed to negotiate"; "a failed coup" took place), an
                // exclusion only with "out" ("ruled out negotiating"; "the ruling party negotiated")
                && (kind != "refusal" || text.AsSpan(next.Start, next.Length) is "to")
                && (kind != "exclusion" || text.AsSpan(next.Start, next.Length) is "out")
                && (kind != "manner" || words == 0 && ClauseEndsAfter(text, sentence, trigger)))
            {
                return true;
            }

            if (word.Equals("until", StringComparison.OrdinalIgnoreCase) && ModalBefore(text, sentence.Start, start))
            {
                return true; // "should limit cooperation until the troops are withdrawn": a condition, not a happening
            }

            at = start;
            next = new TextSpan(start, end);
        }

        return false;
    }

    /// <summary>
    /// Whether a participle trigger ends its clause ("as promised,", "as agreed."): "as" before it then says how something
    /// else went, and tells no promise or agreement of its own ("as agreed by both sides" still tells one).
    /// </summary>
    private static bool ClauseEndsAfter(string text, TextSpan sentence, TextSpan trigger)
    {
        var after = text.AsSpan(trigger.End, sentence.End - trigger.End).TrimStart(' ');
        return text.AsSpan(trigger.Start, trigger.Length).EndsWith("ed", StringComparison.OrdinalIgnoreCase)
            && (after.IsEmpty || after[0] is ',' or '.' or ';' or ')' or ':' or '\u201D' or '"');
    }

    /// <summary>
    /// Whether a word is a finite verb that no modal can govern: an auxiliary in the present or past ("has", "was") or a
    /// past form in -ed. A capitalised first word before one is a name, not a modal: "May has received strong backing",
    /// "May warned…" (Theresa May), "Will said…".
    /// </summary>
    private static bool FiniteVerb(ReadOnlySpan<char> word) =>
        word is "has" or "had" or "is" or "was" or "said" or "says" || word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal);

    /// <summary>How many words after a weapon-bound trigger are searched for the weapon.</summary>
    private const int WeaponWords = 4;

    /// <summary>
    /// Whether a trigger that tells a happening only with a weapon (event-triggers.txt, NEEDS = weapon) has one among the
    /// next words of its phrase, before punctuation or a preposition other than "of" ("recovered 86 assorted firearms",
    /// "the seizure of weapons"; not "recovered from gun wounds", "seized on gun crime"); other triggers need none.
    /// </summary>
    private bool WeaponAsNeeded(string text, TextSpan sentence, TextSpan trigger, string type)
    {
        var form = text.AsSpan(trigger.Start, trigger.Length);
        if (!lexicons.Actors.WeaponBoundTriggers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(form)
            || lexicons.Actors.Triggers.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(form, out var listed) && listed.Type != type)
        {
            return true; // (or its object gave it another sense: "seized the town" is territory taken, no weapons)
        }

        var units = lexicons.Actors.Units.GetAlternateLookup<ReadOnlySpan<char>>();
        var followers = PhraseFollowers.GetAlternateLookup<ReadOnlySpan<char>>();
        var at = trigger.End;
        for (var words = 0; words < WeaponWords; words++)
        {
            while (at < sentence.End && text[at] == ' ')
            {
                at++;
            }

            var start = at;
            while (at < sentence.End && (char.IsLetterOrDigit(text[at]) || text[at] is '-' or ',' && at + 1 < sentence.End && char.IsDigit(text[at + 1])))
            {
                at++;
            }

            var word = text.AsSpan(start, at - start);
            if (word.Length == 0 || word is "to" or "out" || followers.Contains(word) && word is not "of")
            {
                return false; // punctuation or a preposition: the object has ended
            }

            if (units.TryGetValue(word, out var unit) && unit == "weapons")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many words after a support trigger are searched for its object.</summary>
    private const int ObjectWords = 4;

    /// <summary>
    /// Whether support goes to a state of affairs or an idea (support-abstract-objects.txt) named in the first words after the
    /// trigger, before a preposition or a punctuation mark: "welcome and support the notable improvement in the situation".
    /// </summary>
    private bool SupportsAnAbstraction(string text, TextSpan sentence, TextSpan trigger)
    {
        var objects = lexicons.Actors.AbstractObjects.GetAlternateLookup<ReadOnlySpan<char>>();
        var at = trigger.End;
        for (var words = 0; words < ObjectWords; words++)
        {
            while (at < sentence.End && text[at] == ' ')
            {
                at++;
            }

            var start = at;
            while (at < sentence.End && (char.IsLetter(text[at]) || text[at] == '-'))
            {
                at++;
            }

            var word = text.AsSpan(start, at - start);
            if (words == 0 && (word.Equals("of", StringComparison.OrdinalIgnoreCase) || word.Equals("for", StringComparison.OrdinalIgnoreCase)))
            {
                continue; // the noun's object: "her support of a theory", "backing for the idea"
            }

            if (word.Length == 0 || PhraseFollowers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) && !word.Equals("this", StringComparison.OrdinalIgnoreCase))
            {
                return false; // punctuation, or a preposition: the object has ended
            }

            if (objects.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "…, leaving the team struggling", "…, leaving three people dead": "leaving" right after a comma tells the result of the
    /// clause before it, not somebody going away.
    /// </summary>
    private static bool ResultLeaving(string text, TextSpan sentence, TextSpan trigger)
    {
        if (!text.AsSpan(trigger.Start, trigger.Length).Equals("leaving", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var at = trigger.Start;
        while (at > sentence.Start && text[at - 1] == ' ')
        {
            at--;
        }

        return at > sentence.Start && text[at - 1] == ',';
    }

    /// <summary>
    /// Whether the stretch of the sentence around a transport trigger (between commas) names what is carried: armed
    /// forces, police or civilians, a noun of troops, people or weapons (quantity-units.txt), or aid (an offer of support
    /// among the triggers after it: "flew aid to", not "support for the air transport industry"): "planes flew troops to Gao", "a ferry carrying 300 migrants"; not "flights arrived".
    /// </summary>
    private bool CarriesCargo(string text, TextSpan sentence, TextSpan trigger, List<(string Type, string Status, TextSpan Span)> triggers,
        List<(string Id, ActorKind Kind, TextSpan Span)> actors, Dictionary<string, string> groupRoles)
    {
        var stretch = CommaStretch(text, sentence, trigger);
        foreach (var (id, _, span) in actors)
        {
            if (stretch.Contains(span) && groupRoles.GetValueOrDefault(id) is "military" or "external_forces" or "police" or "civilians")
            {
                return true;
            }
        }

        foreach (var t in triggers)
        {
            if (t.Type is "offer_support" && t.Span.Start >= trigger.End && stretch.Contains(t.Span))
            {
                return true;
            }
        }

        var units = lexicons.Actors.Units.GetAlternateLookup<ReadOnlySpan<char>>();
        var span2 = text.AsSpan(stretch.Start, stretch.Length);
        foreach (var m in new LatinWords(span2))
        {
            if (units.TryGetValue(span2.Slice(m.Index, m.Length), out var unit) && unit is "troops" or "people" or "weapons")
            {
                return true;
            }
        }

        return false;
    }

    private static readonly System.Buffers.SearchValues<char> ClauseBreaks = System.Buffers.SearchValues.Create(".;:!?\u2014");

    /// <summary>How many words after an asking verb what it asks for may start ("asked France and the African Union on Tuesday to send").</summary>
    private const int RequestReach = 10;

    /// <summary>
    /// Whether an asking verb asks for support: within <see cref="RequestReach"/> words after it and no clause break,
    /// "to" before a verb of giving or sending ("asked France to send troops") or "for" before help, troops or aid within
    /// three words ("asked Russia for military help"; request-cues.txt). A question word right after the verb ("asked
    /// whether", "asked about") asks no help.
    /// </summary>
    private bool AsksForSupport(string text, List<(int Start, int Length)> words, TextSpan trigger)
    {
        var i = 0;
        while (i < words.Count && words[i].Start < trigger.End)
        {
            i++;
        }

        var verbs = lexicons.Actors.RequestVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
        var nouns = lexicons.Actors.RequestNouns.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var k = i; k < words.Count && k - i < RequestReach; k++)
        {
            var gapStart = k == i ? trigger.End : words[k - 1].Start + words[k - 1].Length;
            if (text.AsSpan(gapStart, words[k].Start - gapStart).IndexOfAny(ClauseBreaks) >= 0)
            {
                return false;
            }

            var word = text.AsSpan(words[k].Start, words[k].Length);
            if (k == i && word is "about" or "whether" or "if" or "why" or "how" or "what" or "when" or "where" or "who")
            {
                return false;
            }

            if (word is "to" && k + 1 < words.Count)
            {
                return verbs.Contains(text.AsSpan(words[k + 1].Start, words[k + 1].Length));
            }

            if (word is "for")
            {
                for (var n = k + 1; n < words.Count && n <= k + 3; n++)
                {
                    if (nouns.Contains(text.AsSpan(words[n].Start, words[n].Length)))
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        return false;
    }

    /// <summary>How far (in characters) after a request its object's noun may stand ("requested an urgent closed-door meeting").</summary>
    private const int RequestedReach = 40;

    /// <summary>How many words (an article, "for", modifiers) may stand between a request and the meeting noun it asks for.</summary>
    private const int RequestedWords = 3;

    /// <summary>Whether the meeting word is the noun a request asks for: only lower-case words first, no clause between ("asked for an emergency meeting", "requested urgent talks").</summary>
    private static bool RequestedObject(string text, TextSpan request, TextSpan meeting)
    {
        if (meeting.Start < request.End || meeting.Start - request.End > RequestedReach)
        {
            return false;
        }

        var between = text.AsSpan(request.End, meeting.Start - request.End);
        if (between.IndexOfAny(ClauseBreaks) >= 0 || between.Contains(',') || between.Trim().Length == 0)
        {
            return false;
        }

        var count = 0;
        foreach (var (index, length) in new LatinWords(between))
        {
            var word = between.Slice(index, length);
            if (count == 0 && !char.IsLower(word[0]) || word is "to" or "that" or "from" or "at" or "with" or "in" or "on" or "by" or "of"
                || word is "for" && count > 0 || ++count > RequestedWords)
            {
                // "asked Chad to host talks": a request to someone, with a verb of its own; "requested help from ECOWAS
                // at a summit": what is asked for comes first
                return false;
            }
        }

        return true;
    }
}
