using System.Buffers;
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
    public IReadOnlyList<NewsEvent> Extract(
        PreparedDocument document,
        IReadOnlyList<ResolvedPlace> places,
        IReadOnlyList<Actor> actors,
        IReadOnlyList<TimeExpression> dates,
        IReadOnlyList<Quantity> quantities,
        DateOnly? published = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(places);
        ArgumentNullException.ThrowIfNull(actors);
        ArgumentNullException.ThrowIfNull(dates);
        ArgumentNullException.ThrowIfNull(quantities);

        // Everything is bucketed by passage once, so that each sentence looks only at its own passage's facts (linear
        // in the document, however long).
        string PassageOf(TextSpan span) => document.PassageAt(span.Start)?.Id ?? string.Empty;
        var facts = new Dictionary<string, PassageFacts>(StringComparer.Ordinal);
        PassageFacts Facts(string id) => facts.TryGetValue(id, out var f) ? f : facts[id] = new PassageFacts();
        foreach (var place in places)
        {
            Facts(place.Mention.PassageId).Places.Add(place);
        }

        foreach (var date in dates)
        {
            Facts(date.PassageId).Dates.Add(date);
        }

        foreach (var quantity in quantities)
        {
            Facts(PassageOf(quantity.Span)).Quantities.Add(quantity);
        }

        foreach (var actor in actors.Where(a => a.Kind != ActorKind.Agency))
        {
            foreach (var mention in actor.Mentions)
            {
                Facts(PassageOf(mention)).Actors.Add((actor.Id, actor.Kind, mention));
            }
        }

        // The country an article is about (its most named literal country): where a happening is reported without a
        // place of its own, it took place there, at country precision.
        var mainCountry = places.Where(p => p.Mention.Literal && p.Choice?.Kind == Core.Geography.PlaceKind.Country)
            .GroupBy(p => p.Choice!.Id).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.First()).FirstOrDefault();
        var drafts = new List<Draft>();
        var newsDay = NewsDay(document.Text, dates, published);
        var civilians = actors.Where(a => a.Kind == ActorKind.Group && a.Role == "civilians").Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        // Reused by every sentence of the document: most sentences then allocate nothing.
        var words = new List<(int Start, int Length)>(64);
        var found = new List<(string Type, string Status, TextSpan Span)>(8);
        var sentenceDrafts = new List<Draft>(4);
        var ledeSeen = new HashSet<PassageKind>();
        foreach (var passage in document.Passages.Where(p => p.Kind is PassageKind.Body or PassageKind.Standfirst or PassageKind.Caption))
        {
            var passageFacts = Facts(passage.Id);
            ResolvedPlace? lastPlace = null;
            foreach (var sentence in SentenceSplitter.Split(document, passage))
            {
                // The lead: the first sentence of the standfirst and of the body, which report the news of the day.
                var lede = passage.Kind is not PassageKind.Caption && ledeSeen.Add(passage.Kind);
                sentenceDrafts.Clear();
                var anchor = FromSentence(document.Text, passage, sentence, passageFacts, civilians, drafts, words, found, sentenceDrafts);
                foreach (var draft in sentenceDrafts)
                {
                    var speech = IsSpeech(draft.Type);
                    var place = draft.Place ?? (speech ? null : lastPlace ?? mainCountry); // "there", "the protests" with no place
                    var dated = draft.When is null ? Undated(document.Text, passage, sentence, passageFacts.Dates, anchor, drafts, newsDay, lede) : (When: draft.When, Basis: DateBasis.Stated);
                    drafts.Add(draft with { Place = place, When = dated.When, Basis = dated.Basis });
                    lastPlace = draft.Place ?? lastPlace;
                }
            }
        }

        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < document.Passages.Count; i++)
        {
            order[document.Passages[i].Id] = i;
        }

        return Merge(drafts, order);
    }

    /// <returns>The type of the earlier happening an opening "Following the protests," refers to, if any.</returns>
    private string? FromSentence(
        string text,
        Passage passage,
        TextSpan sentence,
        PassageFacts facts,
        HashSet<string> civilians,
        List<Draft> earlier,
        List<(int Start, int Length)> words,
        List<(string Type, string Status, TextSpan Span)> triggers,
        List<Draft> output)
    {
        Triggers(text, sentence, words, triggers);
        // "Following the protests, police detained…": the definite noun refers back to a happening already reported,
        // so it is not a new event; it dates the sentence instead. Without such a happening ("After the troops
        // withdrew, …") the opening is an event of its own.
        string? anchor = null;
        if (Anchor().Match(text, sentence.Start, sentence.Length) is { Success: true } opening)
        {
            var span = TextSpan.FromLength(opening.Index, opening.Length);
            var referred = triggers.FindLast(t => span.Contains(t.Span)).Type;
            if (referred is not null && earlier.Exists(d => d.Type == referred))
            {
                anchor = referred;
                triggers.RemoveAll(t => span.Contains(t.Span));
            }
        }

        // "… following days of sometimes violent protests", "amid the unrest": a happening referred to in passing, told
        // (if at all) where it is the news.
        var stretch = text.AsSpan(sentence.Start, sentence.Length);
        if (stretch.ContainsAny(ReferenceWords))
        {
            foreach (var reference in Reference().EnumerateMatches(stretch))
            {
                var after = sentence.Start + reference.Index + reference.Length;
                triggers.RemoveAll(t => t.Span.Start >= after && t.Span.Start - after <= 40 && IsLowerWords(text.AsSpan(after, t.Span.Start - after))
                    && EndsNounPhrase(text, t.Span.End, sentence.End)
                    && !facts.Actors.Exists(a => a.Span.Start >= after && a.Span.End <= t.Span.Start)); // "after the troops withdrew": a subject, so a verb
            }
        }

        if (triggers.Count == 0)
        {
            return anchor;
        }

        // A statement counts where nothing else happens, or where its verb comes first ("X defended the decision to send
        // troops", "China described the unrest as…"): the saying is then the sentence's main event, reported with the rest.
        // One event per type, from its first trigger.
        var anySubstantive = triggers.Exists(t => t.Type is not "statement");
        for (var k = 0; k < triggers.Count; k++)
        {
            var trigger = triggers[k];
            var chosen = anySubstantive ? trigger.Type is not "statement" || k == 0 : k == 0;
            if (!chosen || HasType(output, trigger.Type))
            {
                continue;
            }

            var (sources, targets) = Participants(facts.Actors, sentence, trigger.Span);
            // Moving civilians ("flights to transport Russian citizens … back to the country") is an evacuation.
            var type = trigger.Type == "transport" && triggers.Exists(t => t.Type == "transport" && CarriesCivilians(text, facts.Actors, civilians, t.Span))
                ? "evacuate" : trigger.Type;
            if (type != trigger.Type && HasType(output, type))
            {
                continue;
            }

            var when = DateOfType(text, sentence, trigger, triggers, facts.Dates);
            var (place, origin) = Places(text, facts.Places, facts.Dates, sentence, (type, trigger.Status, trigger.Span));
            var fitting = EventUnits.Of(type);
            var amounts = new List<Quantity>();
            foreach (var q in facts.Quantities)
            {
                if (sentence.Contains(q.Span) && fitting.Contains(q.Unit))
                {
                    amounts.Add(q);
                }
            }

            output.Add(new Draft(type, Status(text, sentence, trigger), sources, targets, place, origin, when, DateBasis.Stated, amounts, new Evidence(sentence, passage.Id)));
        }

        return anchor;
    }

    /// <summary>
    /// The date of the trigger's clause; where the sentence reports the same kind of happening in two clauses with two
    /// dates ("China last week described…, and Beijing urged on Monday…"), the most precise of them, then the latest:
    /// the day the happening is known to have taken place.
    /// </summary>
    private static DateInterval? DateOfType(
        string text, TextSpan sentence, (string Type, string Status, TextSpan Span) trigger,
        List<(string Type, string Status, TextSpan Span)> triggers, List<TimeExpression> dates)
    {
        var when = ClauseDate(text, sentence, trigger.Span, dates);
        foreach (var other in triggers)
        {
            if (other.Type == trigger.Type && other.Span != trigger.Span && ClauseDate(text, sentence, other.Span, dates) is { } alternative
                && (when is not { } current || (Near(alternative, current)
                    && (alternative.Precision < current.Precision || (alternative.Precision == current.Precision && alternative.End > current.End)))))
            {
                when = alternative;
            }
        }

        return when;
    }

    /// <summary>Whether two dates of one sentence can be the same happening's: within a week of each other.</summary>
    private static bool Near(DateInterval a, DateInterval b) =>
        a.Start.DayNumber >= b.Start.DayNumber - 7 && a.End.DayNumber <= b.End.DayNumber + 7;

    /// <summary>
    /// The date of a sentence that gives none: the earlier happening an opening "Following the protests," refers to;
    /// else the last date of an earlier sentence in the passage (not one inside a relative clause), which news carries
    /// forward ("On Sunday, … . The ministry said …"); else, for a lead, a report attributed to a source or a state at
    /// the time of writing, the article's news day.
    /// </summary>
    private static (DateInterval? When, DateBasis Basis) Undated(
        string text, Passage passage, TextSpan sentence, List<TimeExpression> dates, string? anchor, List<Draft> earlier,
        DateInterval? newsDay, bool lede)
    {
        // The happening referred to is the last of its type whose own clause dates it, else the last dated at all.
        if (anchor is not null && (earlier.FindLast(d => d.Type == anchor && d.When is not null && d.Basis == DateBasis.Stated)
            ?? earlier.FindLast(d => d.Type == anchor && d.When is not null)) is { } referred)
        {
            return (referred.When, DateBasis.Carried);
        }

        for (var i = dates.Count - 1; i >= 0; i--)
        {
            var d = dates[i];
            if (d.Span.End <= sentence.Start && !IsGloss(text, d) && !InRelativeClause(text, passage.Span.Start, d.Span.Start))
            {
                return (d.Interval, DateBasis.Carried);
            }
        }

        var words = text.AsSpan(sentence.Start, sentence.Length);
        if (newsDay is not null && (lede || (words.ContainsAny(AttributionWords) && Attributed().IsMatch(words))
            || (words.ContainsAny(StateWords) && CurrentState().IsMatch(words))))
        {
            return (newsDay, DateBasis.NewsDay);
        }

        return (null, DateBasis.Stated);
    }

    /// <summary>
    /// The article's news day: the day (within the week before publication) its day-precise dates name most often,
    /// the latest on a tie; none without a publication date or such a date.
    /// </summary>
    private static DateInterval? NewsDay(string text, IReadOnlyList<TimeExpression> dates, DateOnly? published)
    {
        if (published is not { } day)
        {
            return null;
        }

        var counts = new Dictionary<DateOnly, int>();
        foreach (var d in dates)
        {
            var i = d.Interval;
            if (i.Precision == TimePrecision.Day && i.Start == i.End && i.Start <= day && i.Start >= day.AddDays(-7) && !IsGloss(text, d))
            {
                counts[i.Start] = counts.GetValueOrDefault(i.Start) + 1;
            }
        }

        DateOnly? best = null;
        foreach (var (date, count) in counts)
        {
            if (best is not { } b || count > counts[b] || (count == counts[b] && date > b))
            {
                best = date;
            }
        }

        return best is { } newsDay ? DateInterval.Day(newsDay) : null;
    }

    /// <summary>A date in brackets is a gloss of the one before it ("on Monday (Tuesday AEDT)"), not a date of its own.</summary>
    private static bool IsGloss(string text, TimeExpression d) => d.Span.Start > 0 && text[d.Span.Start - 1] == '(';

    /// <summary>Whether a position lies inside a relative clause of its sentence (", which … over the past week").</summary>
    private static bool InRelativeClause(string text, int floor, int at)
    {
        var start = at;
        while (start > floor && !(text[start - 1] is '.' or '!' or '?' && start < text.Length && char.IsWhiteSpace(text[start])))
        {
            start--;
        }

        var opener = -1;
        foreach (var m in RelativeAnywhere().EnumerateMatches(text.AsSpan(start, at - start)))
        {
            opener = start + m.Index + m.Length;
        }

        return opener >= 0 && text.IndexOf(',', opener, at - opener) < 0;
    }

    private static bool HasType(List<Draft> drafts, string type)
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

    private void Triggers(string text, TextSpan sentence, List<(int Start, int Length)> words, List<(string Type, string Status, TextSpan Span)> found)
    {
        // Words are looked up as spans of the text: no string per word (this runs on every sentence of every article).
        var triggers = lexicons.Actors.Triggers.GetAlternateLookup<ReadOnlySpan<char>>();
        var phraseStarts = lexicons.Actors.PhraseStarts.GetAlternateLookup<ReadOnlySpan<char>>();
        words.Clear();
        foreach (var m in Word().EnumerateMatches(text.AsSpan(sentence.Start, sentence.Length)))
        {
            words.Add((sentence.Start + m.Index, m.Length));
        }

        found.Clear();
        for (var i = 0; i < words.Count; i++)
        {
            var (start, length) = words[i];
            var word = text.AsSpan(start, length);
            if (char.IsUpper(word[0]) && i > 0)
            {
                continue; // a capitalised word inside a sentence is a name ("National Guard"), not a trigger
            }

            if (i + 2 < words.Count && phraseStarts.Contains(word)
                && triggers.TryGetValue(Phrase(text, words, i, 3), out var three))
            {
                found.Add((three.Type, three.Status, new TextSpan(start, words[i + 2].Start + words[i + 2].Length)));
                i += 2;
                continue;
            }

            if (i + 1 < words.Count && phraseStarts.Contains(word))
            {
                var end = words[i + 1].Start + words[i + 1].Length;
                if (triggers.TryGetValue(Phrase(text, words, i, 2), out var phrase))
                {
                    found.Add((phrase.Type, phrase.Status, new TextSpan(start, end)));
                    i++;
                    continue;
                }
            }

            if (triggers.TryGetValue(word, out var single))
            {
                found.Add((single.Type, single.Status, TextSpan.FromLength(start, length)));
            }
        }

    }

    /// <summary>
    /// Words i … i+count-1 as the lexicon spells a phrase (single spaces): the text itself when it is spelled so (no
    /// copy), else a joined copy.
    /// </summary>
    private static ReadOnlySpan<char> Phrase(string text, List<(int Start, int Length)> words, int i, int count)
    {
        var start = words[i].Start;
        var end = words[i + count - 1].Start + words[i + count - 1].Length;
        var single = true;
        for (var k = i; k < i + count - 1 && single; k++)
        {
            single = words[k + 1].Start == words[k].Start + words[k].Length + 1 && text[words[k].Start + words[k].Length] == ' ';
        }

        return single
            ? text.AsSpan(start, end - start)
            : string.Join(' ', Enumerable.Range(i, count).Select(k => text.Substring(words[k].Start, words[k].Length)));
    }

    /// <summary>Actors of the sentence: those before the trigger act, those after it are targets (agencies only report).</summary>
    private static (List<string> Sources, List<string> Targets) Participants(List<(string Id, ActorKind Kind, TextSpan Span)> actors, TextSpan sentence, TextSpan trigger)
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

        if (sources.Count == 0 && targets.Count > 0)
        {
            sources.Add(targets[0]); // passive voice: "troops were sent by Russia"
            targets.RemoveAt(0);
        }

        targets.RemoveAll(sources.Contains);
        return (sources, targets);
    }

    private static (ResolvedPlace? Place, ResolvedPlace? Origin) Places(
        string text, IReadOnlyList<ResolvedPlace> places, List<TimeExpression> dates, TextSpan sentence, (string Type, string Status, TextSpan Span) trigger)
    {
        var literal = places.Where(p => p.Choice is not null && p.Mention.Literal && sentence.Contains(p.Mention.Span)
            && p.Mention.Cue is not MentionCue.Demonym).ToList();
        var movement = trigger.Type is "deploy" or "transport" or "withdraw" or "evacuate";
        var support = trigger.Type is "offer_support" or "request_support";
        ResolvedPlace? origin = null;
        ResolvedPlace? destination = null;
        ResolvedPlace? located = null;
        ResolvedPlace? lastLocated = null;
        ResolvedPlace? helped = null;
        var helpedIsDestination = false;
        foreach (var p in literal)
        {
            var preposition = Preposition(text, sentence.Start, p.Mention.Span.Start);
            switch (preposition)
            {
                case "from" when origin is null:
                    origin = p;
                    break;
                case "to" or "into" or "toward" or "towards" or "for" when destination is null:
                    destination = p;
                    break;
                case "in" or "at" or "along" or "near" or "on" or "across" or "inside" or "outside" or "around" or "within":
                    located ??= p;
                    lastLocated = p;
                    break;
            }

            // Support is offered or asked for somewhere: the first place after the trigger it is sent to ("troops for
            // X"), else the first it is to work in ("forces to help assure stability in X"), but not where the asking
            // was done ("at a summit in Moscow").
            if (support && p.Mention.Span.Start >= trigger.Span.End)
            {
                if (preposition is "to" or "into" or "for" && (helped is null || !helpedIsDestination))
                {
                    (helped, helpedIsDestination) = (p, true);
                }
                else if (preposition is "in" or "inside" or "within" && helped is null && !VenueBefore().IsMatch(text.AsSpan(Math.Max(sentence.Start, p.Mention.Span.Start - 30), Math.Min(30, p.Mention.Span.Start - sentence.Start))))
                {
                    helped = p;
                }
            }
        }

        // A movement without "from" that is loaded, boarded or leaves somewhere and lands or arrives somewhere else
        // ("loading vehicles onto planes in X and landing at airfields near Y") went from the first place to the last.
        if (movement && origin is null && located is not null && lastLocated is not null && located.Choice!.Id != lastLocated.Choice!.Id
            && Departure().IsMatch(text.AsSpan(sentence.Start, located.Mention.Span.Start - sentence.Start))
            && Arrival().IsMatch(text.AsSpan(located.Mention.Span.End, lastLocated.Mention.Span.Start - located.Mention.Span.End)))
        {
            origin = located;
        }

        // A movement goes to its destination, else to the last place the sentence locates it in (arrival comes after
        // departure); anything else happens where the text locates it. What is only said or met has a place only when
        // the preposition follows the verb ("met in Geneva", not "described the unrest in X"); other events fall back to
        // the most precise literal place of the sentence.
        var speech = IsSpeech(trigger.Type);
        var place = movement ? destination ?? lastLocated : located ?? destination;
        if (trigger.Type == "evacuate")
        {
            // An evacuation is placed where people are taken out of ("citizens in X", "evacuated from X").
            place = located ?? origin ?? destination;
            origin = null;
        }
        else if (support)
        {
            place = helped;
        }
        else if (speech)
        {
            place = place is not null && IsVenue(text, dates, trigger.Span.End, place.Mention.Span.Start) ? place : null;
        }
        else if (place is null)
        {
            place = literal.Where(p => p != origin).OrderBy(Rank).FirstOrDefault();
        }

        if (place is not null && literal.FirstOrDefault(p => p != place && p.Mention.Span.Contains(place.Mention.Span) && p.Mention.Cue == MentionCue.Border) is { } border)
        {
            place = border; // "along Poland's border with Belarus": the border, not the country inside the phrase
        }

        return (place, movement ? origin : null);
    }

    /// <summary>The date of the trigger's clause (not one of a relative clause such as ", which … in 2014"), if it has one.</summary>
    private static DateInterval? ClauseDate(string text, TextSpan sentence, TextSpan trigger, List<TimeExpression> dates)
    {
        var clause = Clause(text, sentence, trigger);
        // A date in brackets right after another is a gloss of it ("on Monday (Tuesday AEDT)"), not a second date.
        TimeExpression? inClause = null;
        foreach (var d in dates)
        {
            if (clause.Contains(d.Span) && !IsGloss(text, d)
                && (inClause is null || Math.Abs(d.Span.Start - trigger.Start) < Math.Abs(inClause.Span.Start - trigger.Start)))
            {
                inClause = d;
            }
        }

        if (inClause is not null)
        {
            return inClause.Interval;
        }

        // "The protests, which began over prices, grew over the past week": the main clause resumes after the
        // relative clause's closing comma, and its date belongs to the trigger.
        return ResumedClause(text, sentence, clause) is { } resumed && dates.FirstOrDefault(d => resumed.Contains(d.Span)) is { } later
            ? later.Interval
            : null;
    }

    /// <summary>When the clause ends at a relative clause (", which …,"), the stretch after that clause's comma.</summary>
    private static TextSpan? ResumedClause(string text, TextSpan sentence, TextSpan clause)
    {
        if (clause.End >= sentence.End || !RelativeOpener().IsMatch(text.AsSpan(clause.End, sentence.End - clause.End)))
        {
            return null;
        }

        var comma = text.IndexOf(',', clause.End + 1, sentence.End - clause.End - 1);
        if (comma < 0)
        {
            return null;
        }

        var end = sentence.End;
        foreach (var m in ClauseBreak().EnumerateMatches(text.AsSpan(comma + 1, sentence.End - comma - 1)))
        {
            end = comma + 1 + m.Index;
            break;
        }

        return new TextSpan(comma + 1, end);
    }

    /// <summary>The part of the sentence around the trigger, cut at relative and subordinate clause openers.</summary>
    private static TextSpan Clause(string text, TextSpan sentence, TextSpan trigger)
    {
        var start = sentence.Start;
        var end = sentence.End;
        foreach (var m in ClauseBreak().EnumerateMatches(text.AsSpan(sentence.Start, sentence.Length)))
        {
            var at = sentence.Start + m.Index;
            if (at >= trigger.End && at < end)
            {
                end = at;
            }
            else if (at + m.Length <= trigger.Start && at > start)
            {
                start = at;
            }
        }

        return new TextSpan(start, end);
    }

    private static readonly HashSet<string> VenueFillers = new(StringComparer.OrdinalIgnoreCase)
    {
        "again", "also", "then", "later", "earlier", "first", "together", "on", "the", "in", "at", "near", "inside", "outside",
    };

    /// <summary>
    /// Whether the place's preposition follows the verb with nothing but adverbs or a date between ("met in Geneva",
    /// "met on Monday in Geneva", "spoke briefly at…"), so that the place is where it was said or met; "described the
    /// unrest in X" and "condemned foreign interference in X" name a topic, not a venue.
    /// </summary>
    private static bool IsVenue(string text, List<TimeExpression> dates, int verbEnd, int placeStart)
    {
        if (placeStart < verbEnd)
        {
            return false;
        }

        var words = 0;
        foreach (var m in Word().EnumerateMatches(text.AsSpan(verbEnd, placeStart - verbEnd)))
        {
            var at = verbEnd + m.Index;
            var word = text.AsSpan(at, m.Length);
            var inDate = dates.Exists(d => d.Span.Start <= at && at < d.Span.End);
            if (++words > 4 || !(inDate || word.EndsWith("ly", StringComparison.Ordinal) || VenueFillers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether civilians are what the transport carries: a civilian group right after the verb ("to transport Russian
    /// citizens", "evacuated 300 foreign nationals"), not one named later in the sentence ("… to Y, where residents…").
    /// </summary>
    private static bool CarriesCivilians(string text, List<(string Id, ActorKind Kind, TextSpan Span)> actors, HashSet<string> civilians, TextSpan trigger)
    {
        foreach (var (id, _, span) in actors)
        {
            if (!civilians.Contains(id) || span.Start < trigger.End || span.Start - trigger.End > 24)
            {
                continue;
            }

            var between = text.AsSpan(trigger.End, span.Start - trigger.End);
            var plain = true;
            foreach (var m in Word().EnumerateMatches(between))
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

    private static bool IsSpeech(string type) => type is "statement" or "criticise" or "meeting" or "offer_support" or "request_support";

    private static int Rank(ResolvedPlace p) => p.Precision switch
    {
        Core.Geography.GeoPrecision.Border => 0,
        Core.Geography.GeoPrecision.Landmark => 1,
        Core.Geography.GeoPrecision.City => 2,
        Core.Geography.GeoPrecision.Admin => 3,
        Core.Geography.GeoPrecision.Country => 4,
        _ => 5,
    };

    /// <summary>The word right before a position, lower-cased ("in", "from"), skipping "the"; scanned without copying.</summary>
    private static string? Preposition(string text, int floor, int at)
    {
        var word = PreviousWord(text, floor, at, out var start);
        if (word.Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            word = PreviousWord(text, floor, start, out _);
        }

        return word.Length == 0 ? null : word.ToString().ToLowerInvariant();
    }

    private static ReadOnlySpan<char> PreviousWord(string text, int floor, int at, out int start)
    {
        var end = at;
        while (end > floor && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        start = end;
        while (start > floor && !char.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }

        return text.AsSpan(start, end - start);
    }

    private static EventStatus Status(string text, TextSpan sentence, (string Type, string Status, TextSpan Span) trigger)
    {
        if (trigger.Status == "offered")
        {
            return EventStatus.Offered;
        }

        var from = Math.Max(sentence.Start, trigger.Span.Start - 40);
        var before = text.AsSpan(from, trigger.Span.Start - from);
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

    /// <summary>
    /// Whether a report's own date and the first own date of an event's reports do not overlap: then they tell two
    /// happenings ("8 were killed on 5 January" and "18 more on 7 January"), whatever else they share.
    /// </summary>
    private static bool StatedApart(Draft report, Draft first, List<Draft> merged)
    {
        if (report.Basis != DateBasis.Stated || report.When is not { } when)
        {
            return false;
        }

        var stated = first.Basis == DateBasis.Stated && first.When is not null ? first : merged.Find(d => d.Basis == DateBasis.Stated && d.When is not null);
        return stated?.When is { } other && (when.End < other.Start || other.End < when.Start);
    }

    private static List<NewsEvent> Merge(List<Draft> drafts, Dictionary<string, int> passageOrder)
    {
        var events = new List<(Draft Draft, List<Evidence> Evidence, List<Quantity> Quantities, List<Draft> Merged)>();
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var byTypeAndPlace = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var draft in drafts)
        {
            // One happening told twice: same type, same acting actors, same place (events without a place never merge).
            // A report that names no actor ("The number sent in would be about 2,500") retells the happening of its
            // type at its place told just before (in the same or the previous paragraph).
            var placeKey = draft.Place?.Choice?.Id is { } placeId ? $"{draft.Type}|{placeId}" : null;
            var key = placeKey is null ? null : $"{placeKey}|{string.Join(',', draft.Actors)}";
            if (((key is not null && byKey.TryGetValue(key, out var same))
                || (draft.Actors.Count == 0 && placeKey is not null && byTypeAndPlace.TryGetValue(placeKey, out same)
                    && passageOrder.GetValueOrDefault(draft.Evidence.PassageId) - passageOrder.GetValueOrDefault(events[same].Evidence[^1].PassageId) <= 1))
                && !StatedApart(draft, events[same].Draft, events[same].Merged))
            {
                events[same].Evidence.Add(draft.Evidence);
                events[same].Quantities.AddRange(draft.Quantities);
                events[same].Merged.Add(draft);
                continue;
            }

            if (key is not null)
            {
                byKey[key] = events.Count;
                byTypeAndPlace[placeKey!] = events.Count;
            }

            events.Add((draft, [draft.Evidence], [.. draft.Quantities], []));
        }

        // A merged event takes the first origin any of its reports gives, and the first date, preferring a stated date
        // to one carried from another sentence, and that to the news day (a headline or lead rarely dates anything).
        var result = new List<NewsEvent>(events.Count);
        foreach (var (draft, evidence, quantities, merged) in events)
        {
            var origin = draft.Origin;
            var dated = draft.When is null ? null : draft;
            foreach (var report in merged)
            {
                origin ??= report.Origin;
                if (report.When is not null && (dated is null || report.Basis < dated.Basis))
                {
                    dated = report;
                }
            }

            result.Add(new NewsEvent(
                $"e{result.Count + 1}", draft.Type, draft.Status, draft.Actors, draft.Targets, draft.Place, origin, dated?.When,
                merged.Count == 0 ? quantities : quantities.DistinctBy(q => q.Span).ToList(), evidence) { DateBasis = dated?.Basis ?? DateBasis.Stated });
        }

        return result;
    }

    [GeneratedRegex(@"(?:,\s*(?:which|who|whom|where|while|when|although|though)\b|\bafter\b|\bbefore\b|;)")]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"^,\s*(?:which|who|whom|whose)\b")]
    private static partial Regex RelativeOpener();

    [GeneratedRegex(@"\b(?:land|lands|landed|landing|arrive|arrives|arrived|arriving|reach|reached|reaching|touched\s+down)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Arrival();

    [GeneratedRegex(@"\b(?:load|loads|loaded|loading|board|boards|boarded|boarding|depart|departs|departed|departing|left|leaving|took\s+off|taking\s+off|embark|embarked|embarking)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Departure();

    [GeneratedRegex(@"\b(?:at|summit|meeting|talks|conference|visit)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VenueBefore();

    [GeneratedRegex(@",\s*(?:which|who|whom|whose|where)\b")]
    private static partial Regex RelativeAnywhere();

    /// <summary>An opening that refers back to a reported happening: "Following the protests,", "Amid the deadly clashes,".</summary>
    [GeneratedRegex(@"\G\s*(?:Following|After|Amid|During|In\s+the\s+wake\s+of)\s+the\s+(?:[a-z]+\s+){0,2}[a-z]+\s*,")]
    private static partial Regex Anchor();

    /// <summary>The words before a happening mentioned in passing: "following days of sometimes violent ", "amid the ".</summary>
    [GeneratedRegex(@"\b(?:[Ff]ollowing|[Aa]fter|[Aa]mid|[Aa]midst|[Dd]espite|[Ii]n\s+the\s+wake\s+of)\s+(?:the|days\s+of|weeks\s+of|months\s+of|years\s+of)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Reference();

    /// <summary>The words <see cref="Reference"/> starts with: a vectorised search skips the regex in most sentences.</summary>
    private static readonly SearchValues<string> ReferenceWords = SearchValues.Create(["following ", "after ", "amid", "despite ", "wake of "], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> AttributionWords = SearchValues.Create(["said", "says", "report", "told", "announced", "according"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> StateWords = SearchValues.Create(["still", "increasingly", "now", "currently", "continu", "remain"], StringComparison.OrdinalIgnoreCase);

    /// <summary>At most three lower-case words, each followed by a space ("sometimes violent ").</summary>
    private static bool IsLowerWords(ReadOnlySpan<char> stretch)
    {
        var words = 0;
        foreach (var c in stretch)
        {
            if (c == ' ')
            {
                words++;
            }
            else if (!char.IsAsciiLetterLower(c) && c != '-')
            {
                return false;
            }
        }

        return words <= 3 && (stretch.Length == 0 || stretch[^1] == ' ');
    }

    /// <summary>A report attributed to a source: "…, TASS said", "the ministry said it had…", "according to…".</summary>
    [GeneratedRegex(@"\b(?:said|says|reported|reports|told|announced|according\s+to)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Attributed();

    /// <summary>A state at the time of writing: "were still", "increasingly", "now", "continue to".</summary>
    [GeneratedRegex(@"\b(?:still|increasingly|now|currently|continu(?:e|es|ed|ing)|remain(?:s|ed|ing)?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CurrentState();

    [GeneratedRegex(@"[A-Za-z][A-Za-z-]*")]
    private static partial Regex Word();

    [GeneratedRegex(@"\b(denied|denies|deny|rejected reports|no plans to|did not|didn't|has not|hasn't|have not|haven't|never)\b[^.]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Denial();

    [GeneratedRegex(@"\b(will|would|plans? to|planned to|planning to|intends? to|is to|are to|expected to|set to|could|may|might|ready to|readies|readying|prepar\w+ to)\b[^.]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Future();

    /// <summary>The facts of one passage the events of its sentences draw on.</summary>
    private sealed class PassageFacts
    {
        public List<ResolvedPlace> Places { get; } = [];

        public List<TimeExpression> Dates { get; } = [];

        public List<Quantity> Quantities { get; } = [];

        public List<(string Id, ActorKind Kind, TextSpan Span)> Actors { get; } = [];
    }

    private sealed record Draft(
        string Type, EventStatus Status, IReadOnlyList<string> Actors, IReadOnlyList<string> Targets, ResolvedPlace? Place,
        ResolvedPlace? Origin, DateInterval? When, DateBasis Basis, IReadOnlyList<Quantity> Quantities, Evidence Evidence);
}
