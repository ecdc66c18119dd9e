using System.Text.RegularExpressions;
using Dashboard.Core.Documents;
using Dashboard.Core.Events;
using Dashboard.Core.Places;
using Dashboard.Core.Text;
using Dashboard.Core.Time;
using Dashboard.Extraction.Lexicons;
using Dashboard.Extraction.Prepare;

namespace Dashboard.Extraction.Events;

/// <summary>
/// Stage: events, sentence by sentence. A trigger word from the lexicon gives the type ("sent" → deploy, "detained" →
/// arrest); actors before it act, actors after it are targets; the sentence's literal places give the place (after
/// "to", "in", "into", "along"…) and, for movements, the origin (after "from"); its date expression the date; its
/// quantities whose unit fits the type the amount. Statements count only where nothing else happens in the sentence.
/// Events of one type, with the same actors and place, told twice in a document are merged into one with two
/// pieces of evidence.
/// </summary>
public sealed partial class EventExtractor(LexiconSet lexicons)
{
    private static readonly Dictionary<string, string[]> UnitsByType = new(StringComparer.Ordinal)
    {
        ["deploy"] = ["troops", "aircraft", "vehicles", "ships"],
        ["build_up"] = ["troops", "aircraft", "vehicles", "ships", "weapons"],
        ["withdraw"] = ["troops", "vehicles", "ships"],
        ["transport"] = ["aircraft", "troops", "vehicles", "ships", "people"],
        ["casualties"] = ["people", "troops"],
        ["arrest"] = ["people"],
        ["protest"] = ["people"],
        ["evacuate"] = ["people"],
        ["offer_support"] = ["troops", "money", "aircraft", "weapons"],
    };

    public IReadOnlyList<NewsEvent> Extract(
        PreparedDocument document,
        IReadOnlyList<ResolvedPlace> places,
        IReadOnlyList<Actor> actors,
        IReadOnlyList<TimeExpression> dates,
        IReadOnlyList<Quantity> quantities)
    {
        ArgumentNullException.ThrowIfNull(document);
        var drafts = new List<Draft>();
        foreach (var passage in document.Passages.Where(p => p.Kind is PassageKind.Body or PassageKind.Standfirst or PassageKind.Caption))
        {
            foreach (var sentence in SentenceSplitter.Split(document.Text, passage))
            {
                drafts.AddRange(FromSentence(document.Text, passage, sentence, places, actors, dates, quantities));
            }
        }

        return Merge(drafts);
    }

    private IEnumerable<Draft> FromSentence(
        string text, Passage passage, TextSpan sentence, IReadOnlyList<ResolvedPlace> places, IReadOnlyList<Actor> actors,
        IReadOnlyList<TimeExpression> dates, IReadOnlyList<Quantity> quantities)
    {
        var triggers = Triggers(text, sentence).ToList();
        var substantive = triggers.Where(t => t.Type is not "statement").ToList();
        var chosen = substantive.Count > 0 ? substantive : triggers.Take(1).ToList();
        var when = dates.FirstOrDefault(d => sentence.Contains(d.Span))?.Interval;
        foreach (var type in chosen.GroupBy(t => t.Type).Select(g => g.First()))
        {
            var (sources, targets) = Participants(actors, sentence, type.Span);
            var (place, origin) = Places(text, places, sentence, type);
            var fitting = UnitsByType.GetValueOrDefault(type.Type, []);
            var amounts = quantities.Where(q => sentence.Contains(q.Span) && fitting.Contains(q.Unit)).ToList();
            yield return new Draft(type.Type, Status(text, sentence, type), sources, targets, place, origin, when, amounts, new Evidence(sentence, passage.Id));
        }
    }

    private IEnumerable<(string Type, string Status, TextSpan Span)> Triggers(string text, TextSpan sentence)
    {
        var triggers = lexicons.Actors.Triggers;
        var words = Word().Matches(text[sentence.Start..sentence.End]);
        for (var i = 0; i < words.Count; i++)
        {
            var start = sentence.Start + words[i].Index;
            if (i + 1 < words.Count && triggers.TryGetValue($"{words[i].Value} {words[i + 1].Value}", out var phrase))
            {
                yield return (phrase.Type, phrase.Status, new TextSpan(start, sentence.Start + words[i + 1].Index + words[i + 1].Length));
                i++;
            }
            else if (triggers.TryGetValue(words[i].Value, out var single))
            {
                yield return (single.Type, single.Status, TextSpan.FromLength(start, words[i].Length));
            }
        }
    }

    /// <summary>Actors of the sentence: those before the trigger act, those after it are targets (agencies only report).</summary>
    private static (List<string> Sources, List<string> Targets) Participants(IReadOnlyList<Actor> actors, TextSpan sentence, TextSpan trigger)
    {
        var sources = new List<string>();
        var targets = new List<string>();
        foreach (var actor in actors.Where(a => a.Kind != ActorKind.Agency))
        {
            foreach (var mention in actor.Mentions.Where(sentence.Contains))
            {
                var list = mention.Start < trigger.Start ? sources : targets;
                if (!list.Contains(actor.Id))
                {
                    list.Add(actor.Id);
                }
            }
        }

        if (sources.Count == 0 && targets.Count > 0)
        {
            (sources, targets) = ([targets[0]], targets.Skip(1).ToList()); // passive voice: "troops were sent by Russia"
        }

        targets.RemoveAll(sources.Contains);
        return (sources, targets);
    }

    private static (ResolvedPlace? Place, ResolvedPlace? Origin) Places(string text, IReadOnlyList<ResolvedPlace> places, TextSpan sentence, (string Type, string Status, TextSpan Span) trigger)
    {
        var literal = places.Where(p => p.Choice is not null && p.Mention.Literal && sentence.Contains(p.Mention.Span)
            && p.Mention.Cue is not MentionCue.Demonym).ToList();
        ResolvedPlace? origin = null;
        ResolvedPlace? place = null;
        foreach (var p in literal)
        {
            var before = Preposition(text, sentence.Start, p.Mention.Span.Start);
            if (before == "from" && origin is null)
            {
                origin = p;
            }
            else if (place is null && before is "to" or "in" or "into" or "at" or "along" or "near" or "on" or "across" or "inside" or "outside" or "toward" or "towards")
            {
                place = p;
            }
        }

        // Containing mentions (a border phrase) win over the names inside them; else the most precise literal place.
        place ??= literal.Where(p => p != origin).OrderBy(p => Rank(p)).FirstOrDefault();
        if (place is not null && literal.FirstOrDefault(p => p != place && p.Mention.Span.Contains(place.Mention.Span) && p.Mention.Cue == MentionCue.Border) is { } border)
        {
            place = border;
        }

        return (place, trigger.Type is "deploy" or "transport" or "withdraw" or "evacuate" ? origin : null);
    }

    private static int Rank(ResolvedPlace p) => p.Precision switch
    {
        Core.Geography.GeoPrecision.Border => 0,
        Core.Geography.GeoPrecision.Landmark => 1,
        Core.Geography.GeoPrecision.City => 2,
        Core.Geography.GeoPrecision.Admin => 3,
        Core.Geography.GeoPrecision.Country => 4,
        _ => 5,
    };

    /// <summary>The word right before a position, lower-cased ("in", "from"), skipping "the".</summary>
    private static string? Preposition(string text, int floor, int at)
    {
        var before = text[floor..at].TrimEnd();
        var words = before.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var k = words.Length - 1;
        if (k >= 0 && words[k].Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            k--;
        }

        return k >= 0 ? words[k].ToLowerInvariant() : null;
    }

    private static EventStatus Status(string text, TextSpan sentence, (string Type, string Status, TextSpan Span) trigger)
    {
        if (trigger.Status == "offered")
        {
            return EventStatus.Offered;
        }

        var before = text[Math.Max(sentence.Start, trigger.Span.Start - 40)..trigger.Span.Start].ToLowerInvariant();
        if (Denial().IsMatch(before))
        {
            return EventStatus.Denied;
        }

        if (trigger.Status == "planned" || Future().IsMatch(before))
        {
            return EventStatus.Planned;
        }

        return EventStatus.Happened;
    }

    private static List<NewsEvent> Merge(List<Draft> drafts)
    {
        var events = new List<(Draft Draft, List<Evidence> Evidence, List<Quantity> Quantities)>();
        foreach (var draft in drafts)
        {
            var same = events.FindIndex(e => e.Draft.Type == draft.Type && e.Draft.Actors.SequenceEqual(draft.Actors)
                && e.Draft.Place?.Choice?.Id == draft.Place?.Choice?.Id && draft.Place is not null);
            if (same >= 0)
            {
                events[same].Evidence.Add(draft.Evidence);
                events[same].Quantities.AddRange(draft.Quantities);
            }
            else
            {
                events.Add((draft, [draft.Evidence], [.. draft.Quantities]));
            }
        }

        return events.Select((e, i) => new NewsEvent(
            $"e{i + 1}", e.Draft.Type, e.Draft.Status, e.Draft.Actors, e.Draft.Targets, e.Draft.Place, e.Draft.Origin, e.Draft.When,
            e.Quantities, e.Evidence)).ToList();
    }

    [GeneratedRegex(@"[A-Za-z][A-Za-z-]*")]
    private static partial Regex Word();

    [GeneratedRegex(@"\b(denied|denies|deny|rejected reports|no plans to|did not|didn't|has not|hasn't|have not|haven't|never)\b[^.]*$")]
    private static partial Regex Denial();

    [GeneratedRegex(@"\b(will|would|plans? to|planned to|planning to|intends? to|is to|are to|expected to|set to|could|may|might|ready to|readies|readying|prepar\w+ to)\b[^.]*$")]
    private static partial Regex Future();

    private sealed record Draft(
        string Type, EventStatus Status, IReadOnlyList<string> Actors, IReadOnlyList<string> Targets, ResolvedPlace? Place,
        ResolvedPlace? Origin, DateInterval? When, IReadOnlyList<Quantity> Quantities, Evidence Evidence);
}
