using System.Collections.Frozen;
using Dashboard.Core.Events;
using Dashboard.Core.Text;

namespace Dashboard.Extraction.Events;

/// <summary>Retellings: when a later report tells the same happening, and how the reports of one happening merge into one event.</summary>
public sealed partial class EventExtractor
{
    /// <summary>
    /// Whether a report's own date and the first own date of an event's reports do not overlap: then they tell two
    /// happenings ("8 were killed on 5 January" and "18 more on 7 January"), whatever else they share.
    /// </summary>
    private static bool StatedApart(string text, EventDraft report, EventDraft first, List<EventDraft> merged)
    {
        if (report.Basis != DateBasis.Stated || report.When is not { } when)
        {
            // with no publication date a weekday dates nothing, yet "accused China on Sunday" and "summoned the ambassador
            // on Monday" still tell two days
            return report.When is null && first.When is null && OnlyWeekday(text, report.Evidence.Span) is { } day
                && OnlyWeekday(text, first.Evidence.Span) is { } firstDay && day != firstDay;
        }

        var stated = first.Basis == DateBasis.Stated && first.When is not null ? first : merged.Find(d => d.Basis == DateBasis.Stated && d.When is not null);
        return stated?.When is { } other && (when.End < other.Start || other.End < when.Start);
    }

    /// <summary>The one weekday a sentence names ("on Sunday"), or null where it names none or several.</summary>
    /// <remarks>Merging asks this of many pairs of reports: it looks for "day" and reads the word around it, no regex.</remarks>
    private static string? OnlyWeekday(string text, TextSpan sentence)
    {
        string? found = null;
        var words = text.AsSpan(sentence.Start, sentence.Length);
        for (var at = words.IndexOf("day", StringComparison.Ordinal); at >= 0; at = NextDay(words, at))
        {
            var (start, end) = (at, at + 3);
            while (start > 0 && char.IsAsciiLetter(words[start - 1]))
            {
                start--;
            }

            if (end < words.Length && char.IsAsciiLetter(words[end]) || !Dates.CalendarWords.IsWeekday(words[start..end]))
            {
                continue;
            }

            var day = words[start..end];
            if (found is not null && !day.SequenceEqual(found))
            {
                return null;
            }

            found ??= day.ToString();
        }

        return found;
    }

    private static int NextDay(ReadOnlySpan<char> words, int at) => words[(at + 3)..].IndexOf("day", StringComparison.Ordinal) is var next and >= 0 ? at + 3 + next : -1;

    /// <param name="origins">Filled, when given, with each event's first report and how many reports it merges.</param>
    private static List<NewsEvent> Merge(List<EventDraft> drafts, Dictionary<string, int> passageOrder, string text, FrozenSet<string> further, List<(EventDraft First, int Reports)>? origins)
    {
        drafts = WithFullNames(drafts);
        var events = new List<(EventDraft Draft, List<Evidence> Evidence, List<Quantity> Quantities, List<EventDraft> Merged)>();
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var byTypeAndPlace = new Dictionary<string, int>(StringComparer.Ordinal);
        var byType = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var speakers = new StatementSpeakers();
        foreach (var draft in drafts.Where(d => d.Type == "statement" && d.Actors.Count > 0))
        {
            speakers.Key(draft.Actors); // who speaks for whom, from the whole article: a headline's "France warns…" is the spokesperson's later statement
        }

        foreach (var draft in drafts)
        {
            // One happening told twice: same type and status, same acting actors, same place (events without a place never
            // merge here).
            // A report that names no actor ("The number deployed was put at 1,200") retells the happening of its
            // type at its place told just before (in the same or the previous paragraph).
            var placeKey = draft.Place?.Choice?.Id is { } placeId ? $"{draft.Type}|{draft.Status}|{placeId}" : null;
            var key = placeKey is null || draft.Actors.Count == 0 ? null : $"{placeKey}|{string.Join(',', draft.Actors)}";
            if (draft.Type == "statement" && draft.Actors.Count > 0)
            {
                // At most one statement per speaker in an article: what a speaker goes on to say retells the statement.
                key = speakers.Key(draft.Actors);
            }
            if (!draft.OwnSubject && ((key is not null && byKey.TryGetValue(key, out var same))
                || (draft.Actors.Count == 0 && placeKey is not null && byTypeAndPlace.TryGetValue(placeKey, out same)
                    && passageOrder.GetValueOrDefault(draft.Evidence.PassageId) - passageOrder.GetValueOrDefault(events[same].Evidence[^1].PassageId) <= 1))
                && !StatedApart(text, draft, events[same].Draft, events[same].Merged)
                && !OtherHarm(text, draft, events[same].Draft, events[same].Merged)
                && !OtherParties(draft, events[same].Draft, events[same].Merged)
                && !OtherVictims(draft, events[same].Draft, events[same].Merged)
                && !events[same].Evidence.Contains(draft.Evidence)
                && AmountsAgree(draft.Quantities, events[same].Quantities)
                || !draft.OwnSubject && (same = RetoldEvent(draft, events, byType.GetValueOrDefault(draft.Type), passageOrder, text, further)) >= 0
                || !draft.OwnSubject && (same = ReferredEvent(draft, events, byType.GetValueOrDefault(draft.Type), text)) >= 0)
            {
                events[same].Evidence.Add(draft.Evidence);
                events[same].Quantities.AddRange(draft.Quantities);
                events[same].Merged.Add(draft);
                continue;
            }

            if (key is not null)
            {
                byKey[key] = events.Count;
            }

            if (placeKey is not null && !draft.OwnSubject)
            {
                byTypeAndPlace[placeKey] = events.Count;
            }

            if (!byType.TryGetValue(draft.Type, out var ofType))
            {
                byType[draft.Type] = ofType = [];
            }

            ofType.Add(events.Count);
            events.Add((draft, [draft.Evidence], [.. draft.Quantities], []));
        }

        // A merged event takes the first place and origin any of its reports gives, and the first date, preferring a stated date
        // to one carried from another sentence, and that to the news day (a headline or lead rarely dates anything).
        var result = new List<NewsEvent>(events.Count);
        foreach (var (draft, evidence, quantities, merged) in events)
        {
            var origin = draft.Origin;
            var place = draft.Place;
            var placeBasis = draft.PlaceBasis;
            var dated = draft.When is null ? null : draft;
            foreach (var report in merged)
            {
                origin ??= report.Origin;
                if (report.Place is not null && (place is null || (placeBasis == PlaceBasis.Context && report.PlaceBasis == PlaceBasis.Stated)))
                {
                    (place, placeBasis) = (report.Place, report.PlaceBasis); // a retelling may name the place the first report left out
                }

                if (report.When is not null && (dated is null || report.Basis < dated.Basis))
                {
                    dated = report;
                }
            }

            if (quantities.Count == 0 && (draft.Implied ?? merged.Find(m => m.Implied is not null)?.Implied) is { } implied)
            {
                quantities.Add(implied); // no report states a number: "a man was killed" counts one
            }

            result.Add(new NewsEvent(
                $"e{result.Count + 1}", draft.Type, draft.Status, draft.Actors, draft.Targets, place, origin, dated?.When,
                merged.Count == 0 ? quantities : quantities.DistinctBy(q => q.Span).ToList(), evidence)
            {
                DateBasis = dated?.Basis ?? DateBasis.Stated,
                PlaceBasis = place is null ? PlaceBasis.Stated : placeBasis,
            });
            origins?.Add((draft, 1 + merged.Count));
        }

        return result;
    }

    /// <summary>
    /// A person named by surname only ("Trump said…") is the person the document names in full with that surname ("Donald
    /// Trump"), where exactly one such person is named: the reports then share their actor (one statement per speaker,
    /// retellings by the same person merge).
    /// </summary>
    private static List<EventDraft> WithFullNames(List<EventDraft> drafts)
    {
        const string person = "person:";
        Dictionary<string, string?>? full = null;
        foreach (var id in drafts.SelectMany(d => d.Actors.Concat(d.Targets)))
        {
            var dash = id.LastIndexOf('-');
            if (id.StartsWith(person, StringComparison.Ordinal) && dash > person.Length)
            {
                full ??= new Dictionary<string, string?>(StringComparer.Ordinal);
                var surname = person + id[(dash + 1)..];
                full[surname] = full.TryGetValue(surname, out var other) && other != id ? null : id; // two people of one surname: unknown
            }
        }

        if (full is null)
        {
            return drafts;
        }

        string Full(string id) => full.GetValueOrDefault(id) ?? id;
        IReadOnlyList<string> Canonical(IReadOnlyList<string> ids) =>
            ids.Any(full.ContainsKey) ? ids.Select(Full).Distinct(StringComparer.Ordinal).ToList() : ids;
        return drafts.ConvertAll(d => d with { Actors = Canonical(d.Actors), Targets = Canonical(d.Targets) });
    }

    /// <summary>
    /// Group actors that lose their country when the sentence does not name it: a movement of forces whose only actors
    /// are generic groups ("troops", "the forces", "the alliance") without a country is ascribed to the state or
    /// organisation the article last named as moving, sending or massing forces ("New troops arrived near Y" after
    /// "Russia sent troops to X"). A movement that names one becomes the new mover.
    /// </summary>
    private static EventDraft WithMover(EventDraft draft, ref string? mover)
    {
        if (draft.Type is not ("deploy" or "build_up" or "withdraw" or "transport"))
        {
            return draft;
        }

        static bool Named(string id) => id.StartsWith("country:", StringComparison.Ordinal) || id.StartsWith("org:", StringComparison.Ordinal);
        if (draft.Actors.FirstOrDefault(Named) is { } named)
        {
            mover = named;
            return draft;
        }

        return mover is not null && draft.Actors.Count > 0 && draft.Actors.All(Retellings.Generic)
            ? draft with { Actors = [mover, .. draft.Actors] }
            : draft;
    }

    /// <summary>How many earlier events of the same type a report is compared with as a possible retelling (bounded, so
    /// that a very long document stays linear).</summary>
    private const int RetellingLookBack = 12;

    private static int RetoldEvent(
        EventDraft draft,
        List<(EventDraft Draft, List<Evidence> Evidence, List<Quantity> Quantities, List<EventDraft> Merged)> events,
        List<int>? ofType,
        Dictionary<string, int> passageOrder,
        string text,
        FrozenSet<string> further)
    {
        if (ofType is null)
        {
            return -1;
        }

        for (var k = ofType.Count - 1; k >= Math.Max(0, ofType.Count - RetellingLookBack); k--)
        {
            var e = events[ofType[k]];
            // two happenings its sentence told apart are no retelling of each other, and a happening told by a clause of
            // its own with a subject no actor names ("…, and a court sentenced him") takes in no later report
            if (!e.Evidence.Contains(draft.Evidence) && !e.Draft.OwnSubject && !OtherVictims(draft, e.Draft, e.Merged)
                && Retells(draft, e.Draft, e.Merged, Distance(passageOrder, draft, e.Evidence[^1]), text, further))
            {
                return ofType[k];
            }
        }

        return -1;
    }

    /// <summary>
    /// The happening a definite noun points back at (<see cref="Retellings.DefiniteReference"/>: "welcomed the agreement",
    /// "the drills were purely defensive"): the latest told of its type, whoever the sentence names and whatever its
    /// mood ("the violence could spread" speaks of the violence told), unless the report states a place or a date
    /// that sets it apart (a place the sentence names may be the speaker's: then it stays apart too). -1 when none.
    /// </summary>
    private static int ReferredEvent(
        EventDraft draft,
        List<(EventDraft Draft, List<Evidence> Evidence, List<Quantity> Quantities, List<EventDraft> Merged)> events,
        List<int>? ofType,
        string text)
    {
        if (ofType is not { Count: > 0 } || draft.Type == "statement" || !Retellings.DefiniteReference(text, draft.Evidence.Span, draft.Trigger))
        {
            return -1;
        }

        var e = events[ofType[^1]];
        var (a, b) = (draft.Place?.Choice, e.Draft.Place?.Choice);
        var placedApart = draft.PlaceBasis == PlaceBasis.Stated && a is not null && b is not null && a.Id != b.Id;
        return e.Evidence.Contains(draft.Evidence) || placedApart || StatedApart(text, draft, e.Draft, e.Merged) ? -1 : ofType[^1];
    }

    private static int Distance(Dictionary<string, int> passageOrder, EventDraft report, Evidence last) =>
        passageOrder.GetValueOrDefault(report.Evidence.PassageId) - passageOrder.GetValueOrDefault(last.PassageId);

    /// <summary>
    /// Whether a report retells a happening told before in other words: the same type and status (a planned meeting and
    /// one that took place stay two), places that agree (the same
    /// place, or one report without a place), amounts that do not differ, dates that do not fall apart, and either a
    /// named actor in common (a state, an organisation, a person: "Turkey shelled a city in Syria" and "Turkey fired on
    /// Qamishli on Tuesday") or, in the same or the next paragraph, no actor that differs. A city and its country may be
    /// two happenings; so may two reports of generic "troops" paragraphs apart. Casualty reports that name the same
    /// person tell one death or injury wherever they place it.
    /// </summary>
    private static bool Retells(EventDraft report, EventDraft first, List<EventDraft> merged, int paragraphsApart, string text, FrozenSet<string> further)
    {
        if (report.Type != first.Type || report.Status != first.Status || report.Type == "statement" || StatedApart(text, report, first, merged)
            || OtherHarm(text, report, first, merged) || OtherParties(report, first, merged))
        {
            return false;
        }

        if (report.Type == "casualties" && SamePerson(report, first))
        {
            return true; // a person dies once: "X was killed in Syria" and "X was killed in action in the Middle East"
        }

        var (a, b) = (report.Place?.Choice, first.Place?.Choice);
        var samePlace = a is not null && b is not null && a.Id == b.Id;
        var amountsAgree = report.Quantities.Count == 0 || first.Quantities.Count == 0
            || report.Quantities.Any(q => first.Quantities.Any(f => f.Unit == q.Unit && f.Value == q.Value));
        if (!amountsAgree || !(samePlace || a is null || b is null))
        {
            return false;
        }

        if (report.Type == "other" && Vote(text, report) && Vote(text, first))
        {
            // one vote however many voters are named, where places and counts agree: "76 parliamentarians voted for the
            // motion", "the JVP voted for it"
            return true;
        }

        static bool Named(string id) => !id.StartsWith("group:", StringComparison.Ordinal);
        if (report.Actors.Any(id => Named(id) && first.Actors.Contains(id)))
        {
            return true;
        }

        var actorsAgree = report.Actors.Count == 0 || first.Actors.Count == 0 || report.Actors.Any(first.Actors.Contains);
        if (actorsAgree && paragraphsApart <= 1)
        {
            return true;
        }

        if (paragraphsApart <= 1 && Retellings.GroupInTheLead(first) && !TellsFurther(text, report.Evidence.Span, further))
        {
            return true;
        }

        // A later report at the happening's place that names no actor, or only generic groups ("police", "the crowd") where
        // the happening too names no state, organisation or person and the place is smaller than a country, with no amount the happening's reports do not give and
        // no own date where they give none, and no word telling a further happening ("again", "more", "another", "also"),
        // retells it however far apart.
        return (report.Actors.Count == 0
                || (report.Actors.All(id => !Named(id)) && !first.Actors.Any(Named) && a?.Kind != Core.Geography.PlaceKind.Country))
            && samePlace
            && (report.Basis != DateBasis.Stated || report.When is null
                || (first.Basis == DateBasis.Stated && first.When is not null) || merged.Exists(m => m.Basis == DateBasis.Stated && m.When is not null))
            && !TellsFurther(text, report.Evidence.Span, further)
            && AmountsAgree(report.Quantities, [.. first.Quantities, .. merged.SelectMany(m => m.Quantities)]);
    }

    /// <summary>Whether the report's trigger is a form of "vote" ("voted", "vote").</summary>
    private static bool Vote(string text, EventDraft report) =>
        report.Trigger.Length > 0 && text.AsSpan(report.Trigger.Start, report.Trigger.Length).StartsWith("vot", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether no amount of a report differs from the happening's amounts in the same unit ("12 arrested" and "3
    /// arrested" in one city are two arrests; "75 aircraft" and "2,500 troops" may be one deployment).</summary>
    private static bool AmountsAgree(IReadOnlyList<Quantity> report, List<Quantity> told) =>
        report.All(q => !told.Exists(f => f.Unit == q.Unit) || told.Exists(f => f.Unit == q.Unit && f.Value == q.Value));

    /// <summary>Whether a word telling a further happening (further-words.txt) stands in a report: "protests spread again", "more were sent", "also cordoned off".</summary>
    private static bool TellsFurther(string text, TextSpan sentence, FrozenSet<string> further)
    {
        var words = further.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var m in new LatinWords(text.AsSpan(sentence.Start, sentence.Length)))
        {
            var end = sentence.Start + m.Index + m.Length;
            if (words.Contains(text.AsSpan(sentence.Start + m.Index, m.Length)) && !Retellings.DegreeOfACharge(text, end, sentence.End))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a casualty report tells another harm than every report of the happening: "he was pronounced dead" and "four
    /// officers were treated for injuries" are a death and injuries, two happenings, and so are people reported missing and
    /// later found dead; "killed 12 and wounded 30" told in one sentence stays one report.
    /// </summary>
    private static bool OtherHarm(string text, EventDraft report, EventDraft first, List<EventDraft> merged)
    {
        if (report.Type != "casualties" || report.Trigger.Length == 0)
        {
            return false;
        }

        var harm = Harm(text, report.Trigger);
        foreach (var told in merged.Prepend(first))
        {
            if (told.Trigger.Length == 0 || Harm(text, told.Trigger) == harm)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether a casualty report names a person it befell other than the people the earlier report names ("Sergeant Matt
    /// Lima was killed…" then "Master Sgt Ana Costa died alongside him"): two deaths, not one told twice.
    /// </summary>
    private static bool OtherVictims(EventDraft report, EventDraft first, List<EventDraft> merged)
    {
        const string person = "person:";
        if (report.Type != "casualties" || !report.Targets.Any(id => id.StartsWith(person, StringComparison.Ordinal)))
        {
            return false;
        }

        var told = first.Targets.Concat(merged.SelectMany(m => m.Targets)).Where(id => id.StartsWith(person, StringComparison.Ordinal)).ToList();
        return told.Count > 0 && !report.Targets.Any(told.Contains);
    }

    /// <summary>
    /// Whether a report of a meeting names a state that no report of the meeting names, where they name states: the states
    /// that meet make the meeting ("Venezuela held talks with Russia" and "Venezuela signed an agreement with South Africa"
    /// are two meetings; a minister named later at the same talks is no other party).
    /// </summary>
    private static bool OtherParties(EventDraft report, EventDraft first, List<EventDraft> merged)
    {
        if (report.Type != "meeting")
        {
            return false;
        }

        var named = false;
        foreach (var id in report.Actors.Concat(report.Targets).Concat(report.Counterparts))
        {
            if (!id.StartsWith("country:", StringComparison.Ordinal))
            {
                continue;
            }

            if (Takes(first, id) || merged.Exists(m => Takes(m, id)))
            {
                continue;
            }

            named = true;
            break;
        }

        static bool Takes(EventDraft d, string id) => d.Actors.Contains(id) || d.Targets.Contains(id) || d.Counterparts.Contains(id);
        static bool AnyState(EventDraft d) => d.Actors.Concat(d.Targets).Concat(d.Counterparts).Any(a => a.StartsWith("country:", StringComparison.Ordinal));
        return named && (AnyState(first) || merged.Exists(AnyState));
    }

    /// <summary>What harm a casualty trigger tells: 1 injuries (injured, injuries, wounded, hurt), 2 people missing ("reported missing"), 0 deaths.</summary>
    private static int Harm(string text, TextSpan trigger)
    {
        var word = text.AsSpan(trigger.Start, trigger.Length);
        return word.StartsWith("injur", StringComparison.OrdinalIgnoreCase) || word.StartsWith("wound", StringComparison.OrdinalIgnoreCase)
            || word.StartsWith("hurt", StringComparison.OrdinalIgnoreCase) ? 1
            : word.EndsWith("missing", StringComparison.OrdinalIgnoreCase) ? 2 : 0;
    }

    /// <summary>Whether two reports name a person in common, as actor or target.</summary>
    private static bool SamePerson(EventDraft report, EventDraft first)
    {
        foreach (var id in report.Actors.Concat(report.Targets))
        {
            if (id.StartsWith("person:", StringComparison.Ordinal) && (first.Actors.Contains(id) || first.Targets.Contains(id)))
            {
                return true;
            }
        }

        return false;
    }
}
