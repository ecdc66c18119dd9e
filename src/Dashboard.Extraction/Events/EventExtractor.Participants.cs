using System.Buffers;
using Dashboard.Core.Events;
using Dashboard.Core.Places;
using Dashboard.Core.Text;

namespace Dashboard.Extraction.Events;

/// <summary>Who takes part: sources and targets from the actors of a trigger's clause, carried people, and the status.</summary>
public sealed partial class EventExtractor
{
    /// <summary>
    /// Keeps the participants of the trigger's own clause: where its clause names an actor before it, only those act
    /// ("France deployed soldiers in Mali, and Germany condemned the decision": Germany condemns, France deploys), and
    /// targets are those of its clause (Germany is no target of the deployment).
    /// </summary>
    private static void OwnClause(string text, TextSpan sentence, TextSpan trigger, List<(string Id, ActorKind Kind, TextSpan Span)> actors,
        List<string> sources, List<string> targets)
    {
        var clause = CoordinatedClause(text, sentence, trigger, participants: true);
        if (clause == sentence)
        {
            return;
        }

        bool Before(string id) => actors.Exists(a => a.Id == id && clause.Contains(a.Span) && a.Span.End <= trigger.Start);
        bool Inside(string id) => actors.Exists(a => a.Id == id && clause.Contains(a.Span));
        if (sources.Exists(Before))
        {
            sources.RemoveAll(id => !Before(id));
        }

        targets.RemoveAll(id => !Inside(id));
    }

    /// <summary>
    /// A state named after "with" following a meeting word is the other party ("signed an agreement with South Africa",
    /// "held talks with the United States"), though the name, after a preposition, was read as a place.
    /// </summary>
    private static List<string> Counterparts(string text, TextSpan sentence, TextSpan trigger, List<ResolvedPlace> places, List<string> sources, List<string> targets)
    {
        var found = new List<string>();
        foreach (var place in places)
        {
            var span = place.Mention.Span;
            if (span.Start < trigger.End || !sentence.Contains(span) || place.Choice is not { Kind: Core.Geography.PlaceKind.Country, Country: { } iso2 })
            {
                continue;
            }

            var at = EndsWithWord(text, trigger.End, span.Start, "the") ? text.AsSpan(trigger.End, span.Start - trigger.End).TrimEnd().Length + trigger.End - 3 : span.Start;
            var id = "country:" + iso2;
            if (EndsWithWord(text, trigger.End, at, "with") && !sources.Contains(id) && !targets.Contains(id) && !found.Contains(id))
            {
                found.Add(id);
            }
        }

        return found;
    }

    /// <summary>Where a quotation a saying opens begins (a colon or an opening quotation mark right after the verb), else the sentence's end.</summary>
    private static int QuoteOpens(string text, int at, int sentenceEnd)
    {
        while (at < sentenceEnd && text[at] == ' ')
        {
            at++;
        }

        return at < sentenceEnd && text[at] is ':' or '\u201C' or '"' ? at : sentenceEnd;
    }

    /// <summary>Actors of the sentence: those before the trigger act, those after it are targets (agencies only report).</summary>
    /// <param name="passiveUntil">Where a target may still be taken for the actor of a passive ("sent by Russia"): not in
    /// the words a saying quotes ("X's officer said: “Ana Lima was brave”" is no statement by Ana Lima).</param>
    private static (List<string> Sources, List<string> Targets) Participants(List<(string Id, ActorKind Kind, TextSpan Span)> actors, TextSpan sentence, TextSpan trigger, int passiveUntil)
    {
        var inSentence = new List<(string Id, ActorKind Kind, TextSpan Span)>();
        foreach (var a in actors)
        {
            if (sentence.Contains(a.Span))
            {
                inSentence.Add(a);
            }
        }

        inSentence.Sort((x, y) => x.Span.Start.CompareTo(y.Span.Start));

        // Named actors first: a country, organisation or person acts rather than the generic "troops" beside it.
        var sources = new List<string>();
        var targets = new List<string>();
        foreach (var groups in (ReadOnlySpan<bool>)[false, true])
        {
            foreach (var (id, kind, span) in inSentence)
            {
                var list = span.Start < trigger.Start ? sources : targets;
                if ((kind == ActorKind.Group) == groups && !list.Contains(id))
                {
                    list.Add(id);
                }
            }
        }

        if (sources.Count == 0 && targets.Count > 0 && actors.Exists(a => a.Id == targets[0] && sentence.Contains(a.Span) && a.Span.Start >= trigger.End && a.Span.Start < passiveUntil))
        {
            sources.Add(targets[0]); // passive voice: "troops were sent by Russia"
            targets.RemoveAt(0);
        }

        targets.RemoveAll(sources.Contains);
        return (sources, targets);
    }

    /// <summary>
    /// Whether a counted number of people (a quantity of unit people, not troops) is what the movement carries, right after
    /// it: "transport planes had flown 380 people of 31 nationalities to Djibouti" is an evacuation.
    /// </summary>
    private static bool CarriesPeople(string text, List<Quantity> quantities, TextSpan trigger)
    {
        foreach (var q in quantities)
        {
            if (q.Unit == "people" && q.Span.Start >= trigger.End && q.Span.Start - trigger.End <= CarriedWordsReach
                && text.AsSpan(trigger.End, q.Span.Start - trigger.End).IndexOfAny(ClauseMarks) < 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a departure noun names civilians as who departs: "the departure of 2,000 civilians", "the exit of more than
    /// 40,000 residents" (a group of civilians within a few words after "of", no clause break between).
    /// </summary>
    private static bool CiviliansDeparting(string text, List<(string Id, ActorKind Kind, TextSpan Span)> actors, Dictionary<string, string> groupRoles, TextSpan trigger)
    {
        if (!text.AsSpan(trigger.End).StartsWith(" of ", StringComparison.Ordinal))
        {
            return false;
        }

        var from = trigger.End + " of ".Length;
        return actors.Exists(a => a.Span.Start >= from && a.Span.Start - from <= DepartingReach && groupRoles.GetValueOrDefault(a.Id) == "civilians"
            && !Clauses.Broken(text.AsSpan(from, a.Span.Start - from)));
    }

    /// <summary>How many characters may stand between "of" and the civilians who depart ("more than 40 thousand").</summary>
    private const int DepartingReach = 24;

    /// <summary>How far after a movement's word its count of people may begin ("flown about 380 people").</summary>
    private const int CarriedWordsReach = 12;

    private static readonly SearchValues<char> ClauseMarks = SearchValues.Create(",;:()");

    /// <summary>
    /// Whether civilians are what the transport carries: a civilian group right after the verb ("to transport Italian
    /// citizens", "evacuated 300 foreign nationals"), not one named later in the sentence ("… to Y, where residents…").
    /// </summary>
    private static bool CarriesCivilians(string text, List<(string Id, ActorKind Kind, TextSpan Span)> actors, Dictionary<string, string> groupRoles, TextSpan trigger)
    {
        foreach (var (id, _, span) in actors)
        {
            var role = groupRoles.GetValueOrDefault(id);
            if (span.Start < trigger.End || span.Start - trigger.End > CarriedReach
                || role != "civilians" && !(role is "officials" or "representatives" or "media" or "other" && OutOf(text, span.End)))
            {
                continue; // (diplomats or journalists flown out of a city are evacuated too: "flew their diplomats out of Khartoum")
            }

            var between = text.AsSpan(trigger.End, span.Start - trigger.End);
            var carrying = between.IndexOf(" carrying ", StringComparison.Ordinal);
            if (carrying >= 0)
            {
                between = between[(carrying + " carrying ".Length)..]; // "a convoy of buses carrying 700 foreign nationals"
            }
            else if (between.Length > 24)
            {
                continue;
            }

            var plain = true;
            foreach (var m in new LatinWords(between))
            {
                plain &= !ObjectBreakers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(between.Slice(m.Index, m.Length));
            }

            if (plain)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How far (in characters) after a transport's word the civilians it carries may be named: right after it, or after "carrying" ("a convoy of buses carrying about 700 foreign nationals").</summary>
    private const int CarriedReach = 48;

    /// <summary>Whether " out of" follows a position: who is carried out of a place.</summary>
    private static bool OutOf(string text, int at) =>
        text.AsSpan(at).StartsWith(" out of ", StringComparison.Ordinal);

    private static readonly HashSet<string> ObjectBreakers = new(StringComparer.OrdinalIgnoreCase)
    {
        "to", "for", "of", "with", "from", "into", "in", "at", "on", "by", "aid", "supplies", "food", "goods", "weapons", "where",
    };

    /// <summary>
    /// Whether the word ending at <paramref name="end"/> ends its noun phrase (punctuation, a preposition or the end of
    /// the sentence follows): "following days of protests against…" refers to protests; "after the president requested
    /// help" reports a request.
    /// </summary>
    private static bool EndsNounPhrase(string text, int end, int sentenceEnd)
    {
        var i = end;
        while (i < sentenceEnd && text[i] == ' ')
        {
            i++;
        }

        if (i >= sentenceEnd || !char.IsLetter(text[i]))
        {
            return true;
        }

        var next = i;
        while (next < sentenceEnd && char.IsLetter(text[next]))
        {
            next++;
        }

        return PhraseFollowers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(i, next - i));
    }

    private static readonly HashSet<string> PhraseFollowers = new(StringComparer.OrdinalIgnoreCase)
    {
        "against", "over", "in", "across", "around", "on", "at", "that", "which", "and", "or", "by", "near", "along", "throughout",
        "since", "last", "this", "earlier", "of", "for", "from", "with", "about", "there",
    };

    private static EventStatus Status(string text, TextSpan sentence, (string Type, string Status, TextSpan Span) trigger)
    {
        if (trigger.Status == "offered")
        {
            return EventStatus.Offered;
        }

        var from = Math.Max(sentence.Start, trigger.Span.Start - 40);
        var before = text.AsSpan(from, trigger.Span.Start - from);
        // (the patterns run only where one of their words stands; text outside ASCII always runs them, as case-blind
        // matching there is the regular expressions' own)
        var ascii = System.Text.Ascii.IsValid(before);
        if ((!ascii || before.ContainsAny(DenialWords)) && Denial().IsMatch(before)
            // "denied involvement and accused the army…": a verb in the past joined by "and" is an act of its own, not
            // denied ("denied attacking and killing civilians", "denied the bombings and shootings" still are)
            && !(before.TrimEnd().EndsWith(" and", StringComparison.Ordinal) && text.AsSpan(trigger.Span.Start, trigger.Span.Length).EndsWith("ed", StringComparison.Ordinal)))
        {
            return EventStatus.Denied;
        }

        if (trigger.Status == "planned" || (!ascii || before.ContainsAny(FutureWords)) && Future().IsMatch(before))
        {
            return EventStatus.Planned;
        }

        return EventStatus.Happened;
    }
}
