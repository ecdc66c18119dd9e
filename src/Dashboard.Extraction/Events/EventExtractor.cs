using System.Collections.Frozen;
using System.Buffers;
using System.Text.RegularExpressions;
using Dashboard.Core.Documents;
using Dashboard.Core.Events;
using Dashboard.Core.Places;
using Dashboard.Core.Text;
using Dashboard.Core.Time;
using Dashboard.Extraction.Events.Confidence;
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
    /// <summary>The events the rules find, numbered in order.</summary>
    public IReadOnlyList<NewsEvent> Extract(
        PreparedDocument document,
        IReadOnlyList<ResolvedPlace> places,
        IReadOnlyList<Actor> actors,
        IReadOnlyList<TimeExpression> dates,
        IReadOnlyList<Quantity> quantities,
        DateOnly? published = null) =>
        Events(document, places, actors, dates, quantities, published, null);

    /// <summary>
    /// The events the rules find, each with the features a model of which candidates are real happenings reads
    /// (<see cref="EventFeatures"/>; <c>dashboard train-events</c>).
    /// </summary>
    public IReadOnlyList<EventCandidate> ExtractCandidates(
        PreparedDocument document,
        IReadOnlyList<ResolvedPlace> places,
        IReadOnlyList<Actor> actors,
        IReadOnlyList<TimeExpression> dates,
        IReadOnlyList<Quantity> quantities,
        DateOnly? published = null)
    {
        var candidates = new List<EventCandidate>();
        Events(document, places, actors, dates, quantities, published, (e, features) => candidates.Add(new EventCandidate(e, features)));
        return candidates;
    }

    private List<NewsEvent> Events(
        PreparedDocument document,
        IReadOnlyList<ResolvedPlace> places,
        IReadOnlyList<Actor> actors,
        IReadOnlyList<TimeExpression> dates,
        IReadOnlyList<Quantity> quantities,
        DateOnly? published,
        Action<NewsEvent, IReadOnlyList<string>>? withFeatures)
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
        // The dateline ("YEREVAN, Sept 13 (Reuters) -") says where the story was filed: the first sentence's happening took
        // place there only when the sentence names no other place ("near the town of Goris"); it also places what has no
        // place of its own (ContextPlaces).
        var header = DatelinePlace.Header(document.Text, document, places);
        var dateline = header?.Place;
        foreach (var place in places)
        {
            Facts(place.Mention.PassageId).Places.Add(place);
        }

        if (header is { } h)
        {
            var facts0 = Facts(h.Place.Mention.PassageId);
            facts0.Dateline = h.Header;
            if (DatelinePlace.FiledOnly(h, places))
            {
                facts0.FiledOnly = true;
                dateline = null; // where the story was filed, not where it happened
            }
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

        // The country an article is about: where a happening is reported without a place of its own, it took place there,
        // at country precision.
        var mainCountry = MainCountry(places, dateline);
        var drafts = new List<EventDraft>();
        var newsDay = EventDates.NewsDay(document.Text, dates, published);
        // Each group's kind (civilians, protesters, military…) and organisation's kind (political, international…): who
        // can be carried to safety, who can protest.
        var groupRoles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var a in actors)
        {
            if (a.Kind is ActorKind.Group or ActorKind.Organisation && a.Role is { } role)
            {
                groupRoles[a.Id] = a.Kind == ActorKind.Organisation ? "organisation:" + role : role;
            }
            else if (a.Kind == ActorKind.Person && a.Role is null && a.Mentions.Any(m => Speakers.IsPrivatePerson(document.Text, m)))
            {
                // named once with an age ("Rui Costa, 38,"): a private person throughout, unless a title makes them public
                // ("former Prime Minister Mahathir Mohamad… Mahathir, 92, said")
                groupRoles[a.Id] = Speakers.PrivateRole;
            }
            else if (a.Kind == ActorKind.Person && a.Mentions.Select(m => Speakers.Description(document.Text, m, lexicons.Actors.SpeakerKinds)).FirstOrDefault(d => d is not null) is { } described)
            {
                // "Ana Lima, an analyst at…": quoted for an opinion throughout; "Jays fan Ana Lima": a private person
                groupRoles[a.Id] = described;
            }
        }

        // In a sports report "a three-run blast" and "injuries" are play (sports-words.txt); the document is read for it
        // only when a violence or casualties trigger is a word of play (-1: not yet read, 0: no, 1: yes).
        var sports = -1;
        var labour = -1; // whether the article names a labour strike (LabourStrikes), read likewise when first needed

        // Reused by every sentence of the document: most sentences then allocate nothing.
        var words = new List<(int Start, int Length)>(64);
        var found = new List<(string Type, string Status, TextSpan Span)>(8);
        var sentenceDrafts = new List<EventDraft>(4);
        var ledeSeen = new HashSet<PassageKind>();
        var sentencesSeen = new Dictionary<int, TextSpan>();
        string? mover = null; // the state or organisation last named as moving, sending or massing forces
        foreach (var passage in document.Passages.Where(p => p.Kind is PassageKind.Body or PassageKind.Standfirst or PassageKind.Caption))
        {
            var passageFacts = Facts(passage.Id);
            ResolvedPlace? lastPlace = null;
            foreach (var sentence in SentenceSplitter.Split(document, passage))
            {
                // The lead: the first sentence of the standfirst and of the body, which report the news of the day.
                var lede = passage.Kind is not PassageKind.Caption && ledeSeen.Add(passage.Kind);
                if (Repeated(document.Text, sentence, sentencesSeen))
                {
                    continue;
                }

                sentenceDrafts.Clear();
                // Most sentences name no happening; with no trigger the rules can neither add one nor refer back to an earlier
                // happening. (The rules are a method of their own, so that their closures are allocated only for sentences
                // with triggers.)
                Triggers(document.Text, sentence, words, found);
                var anchor = found.Count == 0 ? null : FromTriggers(document.Text, passage, sentence, lede, passageFacts, groupRoles, drafts, words, found, sentenceDrafts, published?.Year, ref sports, ref labour);
                foreach (var told in sentenceDrafts)
                {
                    var draft = told;
                    if (draft.Type == "statement" && draft.Actors.Count == 0 && drafts.FindLast(d => d.Type == "statement") is { Actors.Count: > 0 } said
                        && said.Evidence.PassageId == passage.Id)
                    {
                        // "He said…", "Macron also warned…" after a named speaker in the same paragraph: the same speaker.
                        draft = draft with { Actors = said.Actors };
                    }

                    draft = WithMover(draft, ref mover);
                    var speech = EventPlaces.IsSpeech(draft.Type);
                    // "there", "the protests" with no place; but a movement told only by where it set out from goes somewhere
                    // the text does not say ("France will send paratroopers from its base in Abidjan" is no deployment in France)
                    var setOut = EventPlaces.IsMovement(draft.Type) && draft.Origin is not null;
                    var place = draft.Place ?? (speech || setOut ? null : lastPlace ?? mainCountry);
                    var dated = draft.When is null ? EventDates.Undated(document.Text, passage, sentence, passageFacts.Dates, anchor, drafts, newsDay, lede) : (When: draft.When, Basis: DateBasis.Stated);
                    drafts.Add(draft with
                    {
                        Place = place, PlaceBasis = draft.Place is null && place is not null ? PlaceBasis.Context : PlaceBasis.Stated,
                        When = dated.When, Basis = dated.Basis, Lead = lede,
                    });
                    lastPlace = draft.Place ?? lastPlace;
                }
            }
        }

        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < document.Passages.Count; i++)
        {
            order[document.Passages[i].Id] = i;
        }

        var model = lexicons.Confidence;
        var origins = withFeatures is null && model is null ? null : new List<(EventDraft First, int Reports)>();
        var events = ContextPlaces.Fill(document.Text, Merge(drafts, order, document.Text, lexicons.Actors.FurtherWords, origins), places, mainCountry, dateline,
            header is { } filed && dateline is null ? filed.Header : null);
        if (origins is not null)
        {
            var mix = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var draft in drafts)
            {
                mix[draft.Type] = mix.GetValueOrDefault(draft.Type) + 1;
            }

            FeatureScore? score = null;
            for (var k = 0; k < events.Count; k++)
            {
                var (e, (first, reports)) = (events[k], origins[k]);
                var at = order.GetValueOrDefault(first.Evidence.PassageId);
                var features = withFeatures is null ? null : EventFeatures.Of(first, reports, document.Text, at, groupRoles, mix);
                if (model is not null)
                {
                    double probability;
                    if (features is null)
                    {
                        score ??= new FeatureScore(model);
                        EventFeatures.Emit(first, reports, document.Text, at, groupRoles, mix, score);
                        probability = score.Take();
                    }
                    else
                    {
                        probability = model.Probability(features);
                    }

                    // Three decimals: enough to rank and filter by, and stable in golden files and exports.
                    events[k] = e = e with { Confidence = Math.Round(probability, 3) };
                }

                withFeatures?.Invoke(e, features!);
            }
        }

        return events;
    }

    /// <summary>
    /// Whether the text <paramref name="within"/> (a sentence, or the stretch a pronoun points into) names who is
    /// deployed as forces: an alliance, a state body or an armed organisation among its actors ("NATO", "the army"), a
    /// word of armed forces, police or an armed group or a military rank in it ("troops", "riot police", "five officers
    /// responded", "rebels", "Sgt Tonroe deployed"), a state's mission for a withdrawal (<paramref name="missions"/>:
    /// "recalled its ambassador", "diplomats left"), or a state invading ("Russia invaded Ukraine") (forces-nouns.txt).
    /// </summary>
    private bool ForcesNamed(string text, TextSpan within, TextSpan trigger, List<(string Id, ActorKind Kind, TextSpan Span)> actors,
        Dictionary<string, string> roles, List<string> sources, bool missions)
    {
        foreach (var a in actors)
        {
            if (within.Contains(a.Span) && roles.GetValueOrDefault(a.Id) is "military" or "police" or "armed_group"
                or "organisation:international" or "organisation:armed_group" or "organisation:other")
            {
                return true;
            }
        }

        var stretch = text.AsSpan(within.Start, within.Length);
        if (HasWord(stretch, lexicons.Actors.ForcesWords) || missions && HasWord(stretch, lexicons.Actors.MissionWords))
        {
            return true;
        }

        return lexicons.Actors.InvasionForms.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(trigger.Start, trigger.Length))
            && sources.Exists(id => id.StartsWith("country:", StringComparison.Ordinal));
    }

    /// <summary>Whether a stretch names military hardware ("dozens of armoured vehicles", "warships"; forces-nouns.txt, equipment).</summary>
    private bool Equipment(string text, TextSpan stretch) => HasWord(text.AsSpan(stretch.Start, stretch.Length), lexicons.Actors.EquipmentWords);

    /// <summary>Whether a stretch of text holds one of the words of a lexicon set.</summary>
    private static bool HasWord(ReadOnlySpan<char> stretch, FrozenSet<string> set)
    {
        var lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var (index, length) in new LatinWords(stretch))
        {
            if (lookup.Contains(stretch.Slice(index, length)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many characters after "according to" its source may begin (a space and "the": "according to the ministry").</summary>
    private const int SourceGap = 5;

    /// <summary>Sentences shorter than this may recur with different referents ("He was arrested."); longer ones do not.</summary>
    private const int RepeatableLength = 40;

    /// <summary>
    /// The stance word that governs a happening named by a noun ("condemned the attack", "concerned by the violence"), or a
    /// naming verb whose object a word of criticism follows ("called the storming treasonous"), with no other trigger
    /// between them (stance-words.txt, <see cref="Speakers.StanceBefore"/>).
    /// </summary>
    private (TextSpan Word, bool Definite)? Stance(string text, TextSpan sentence, TextSpan trigger, List<(string Type, string Status, TextSpan Span)> triggers)
    {
        var stance = Speakers.StanceBefore(text, sentence.Start, trigger.Start, lexicons.Actors.StanceWords.GetAlternateLookup<ReadOnlySpan<char>>());
        if (stance is null && CriticismAfter(text, trigger, triggers)
            && Speakers.StanceBefore(text, sentence.Start, trigger.Start, lexicons.Actors.NamingVerbs.GetAlternateLookup<ReadOnlySpan<char>>()) is { Definite: true } named)
        {
            stance = named; // "called the storming of parliament treasonous"
        }

        // (a word of criticism between is the stance's own judgement of the noun: "condemned the cowardly attack")
        return stance is { } found && !triggers.Exists(o => o.Type != "criticise" && o.Span.Start >= found.Word.End && o.Span.End <= trigger.Start) ? found : null;
    }

    /// <summary>How far (in characters) after a happening's noun a word of criticism may call it something ("the storming of parliament treasonous").</summary>
    private const int CriticismReach = 60;

    /// <summary>Whether a criticise trigger follows the happening in its clause, as what a naming verb calls it.</summary>
    private static bool CriticismAfter(string text, TextSpan trigger, List<(string Type, string Status, TextSpan Span)> triggers) =>
        triggers.Exists(o => o.Type == "criticise" && o.Span.Start >= trigger.End && o.Span.Start - trigger.End <= CriticismReach
            && text.AsSpan(trigger.End, o.Span.Start - trigger.End).IndexOfAny(ClauseBreaks) < 0 && !text.AsSpan(trigger.End, o.Span.Start - trigger.End).Contains(','));

    /// <summary>
    /// Whether the sentence repeats, character for character, a longer sentence earlier in the document: a page that
    /// carries its story twice (a scraped article with its text repeated) tells each happening once, not twice.
    /// </summary>
    private static bool Repeated(string text, TextSpan sentence, Dictionary<int, TextSpan> seen)
    {
        if (sentence.Length < RepeatableLength)
        {
            return false;
        }

        var stretch = text.AsSpan(sentence.Start, sentence.Length);
        var key = string.GetHashCode(stretch, StringComparison.Ordinal);
        if (seen.TryGetValue(key, out var first))
        {
            return stretch.SequenceEqual(text.AsSpan(first.Start, first.Length));
        }

        seen[key] = sentence;
        return false;
    }

    /// <summary>The events of a sentence whose triggers <see cref="Triggers"/> has found.</summary>
    /// <returns>The type of the earlier happening an opening "Following the protests," refers to, if any.</returns>
    private string? FromTriggers(
        string text,
        Passage passage,
        TextSpan sentence,
        bool lede,
        PassageFacts facts,
        Dictionary<string, string> groupRoles,
        List<EventDraft> earlier,
        List<(int Start, int Length)> words,
        List<(string Type, string Status, TextSpan Span)> triggers,
        List<EventDraft> output,
        int? newsYear,
        ref int sports,
        ref int labour)
    {
        for (var t = 0; t < triggers.Count; t++)
        {
            if (triggers[t].Type == "violence" && LabourStrikes.IsBare(text, triggers[t].Span))
            {
                labour = labour >= 0 ? labour : LabourStrikes.Named(text, lexicons.Actors.Triggers) ? 1 : 0;
                if (labour == 1)
                {
                    triggers[t] = triggers[t] with { Type = "protest" };
                }
            }
        }

        // (the document is read for sport only when a trigger could be play: "shot", "blast", "injuries")
        bool Play((string Type, string Status, TextSpan Span) t) =>
            t.Type is "violence" or "casualties" && SportsReports.IsPlay(text.AsSpan(t.Span.Start, t.Span.Length), lexicons.Actors.SportsWords);
        if (triggers.Exists(Play))
        {
            sports = sports >= 0 ? sports : SportsReports.Is(text, lexicons.Actors.SportsWords) ? 1 : 0;
            if (sports == 1)
            {
                triggers.RemoveAll(Play);
            }
        }

        // "the 2016 election": a happening named by its year is background; a word of saying inside a quotation is the
        // quoted speaker's, not a speech act the article reports.
        triggers.RemoveAll(t => HappeningMentions.NamedByYear(text, sentence, t.Span, newsYear)
            || t.Type == "statement" && HappeningMentions.InsideQuotation(text, sentence, t.Span.Start));
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

        // "… following weeks of largely peaceful marches", "amid the unrest": a happening referred to in passing, told
        // (if at all) where it is the news.
        var stretch = text.AsSpan(sentence.Start, sentence.Length);
        if (stretch.ContainsAny(ReferenceWords))
        {
            foreach (var reference in Reference().EnumerateMatches(stretch))
            {
                var after = sentence.Start + reference.Index + reference.Length;
                if (EndsWithWord(text, sentence.Start, sentence.Start + reference.Index, "the"))
                {
                    continue; // "the following statement": an adjective, not a time
                }

                triggers.RemoveAll(t => t.Span.Start >= after && t.Span.Start - after <= 40 && IsLowerWords(text.AsSpan(after, t.Span.Start - after))
                    && EndsNounPhrase(text, t.Span.End, sentence.End)
                    // "after the troops withdrew": a subject, so a verb (but "anti-government protests" and "the group's
                    // mutiny" are modifiers)
                    && !facts.Actors.Exists(a => a.Span.Start >= after && a.Span.End <= t.Span.Start && text[a.Span.Start - 1] != '-' && !Possessive(text, a.Span.End)));
            }
        }

        // Questions, negated, hypothetical and conditional happenings are not events ("no one was hurt", "troops could
        // be sent", "if troops were sent"; non-happening-cues.txt), nor is a running story's header.
        if (triggers.Count > 0 && IsQuestion(text, sentence))
        {
            triggers.Clear();
        }

        if (triggers.Count > 0 && TopicHeader().Match(text, sentence.Start, Math.Min(sentence.Length, TopicHeaderReach)) is { Success: true } header)
        {
            // The header runs to its first full stop or "(all times local)"; an update run into the same sentence is news.
            var from = header.Index + header.Length;
            var end = text.AsSpan(from, sentence.End - from).IndexOfAny(HeaderEnds);
            var until = end < 0 ? sentence.End : from + end;
            triggers.RemoveAll(t => t.Span.Start < until);
        }

        // The offence a charge names and what a request or an offer asks for are no happenings of their own.
        TriggerRoles.RemoveDependents(text, sentence, triggers);
        var retells = TriggerRoles.RemoveReferences(text, sentence, triggers, type => earlier.Exists(d => d.Type == type));
        // "vowed to crush the unrest", "concerned by the violence", "condemned the attack": a definite noun a stance
        // governs names a happening already told, not a new one (the stance stays a speech act of its own)
        triggers.RemoveAll(t => t.Type is not ("statement" or "criticise" or "meeting") && earlier.Exists(d => d.Type == t.Type)
            && Stance(text, sentence, t.Span, triggers) is { Definite: true });
        if (text.AsSpan(sentence.Start, sentence.Length).IndexOfAny('"', '\u201C') >= 0)
        {
            // (both kinds of characterisation quote the speaker's word: most sentences have no quotation mark)
            var naming = lexicons.Actors.NamingVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
            TextSpan? named = null;
            for (var k = triggers.Count - 1; k >= 0; k--)
            {
                var t = triggers[k];
                if (t.Type is not ("statement" or "criticise") && Characterisations.Characterises(text, sentence, t.Span, naming, HasType(earlier, t.Type)))
                {
                    triggers.RemoveAt(k);
                    named = t.Type == "violence" ? t.Span : named;
                }
            }

            // Naming something with a word of violence ("called the ruling “a judicial coup”", "called the raid “a
            // massacre”") is an accusation: the speaker criticises what is named (POLICY.md: criticise); "described the
            // rally as a “peaceful protest”" is no criticism.
            if (named is { } word && !triggers.Exists(t => t.Type == "criticise"))
            {
                var at = triggers.FindIndex(t => t.Span.Start > word.Start);
                triggers.Insert(at < 0 ? triggers.Count : at, ("criticise", "-", word));
            }
        }
        var protestEnd = triggers.Find(t => t.Type == "protest").Span.End; // (0 when none)
        // "Volunteers provide transport for patients": a clause in the simple present tells a habit, with its object
        // (its span, not its index: the requests below may remove triggers before it)
        TextSpan? habit = null;
        if (!lede && !Dated(facts.Dates, sentence))
        {
            for (var k = 0; k < triggers.Count && habit is null; k++)
            {
                habit = triggers[k].Type != "statement" && StandingClauses.Habitual(text, words, triggers[k].Span) ? triggers[k].Span : null;
            }
        }

        // "asked France to send troops", "appealed to Russia for protection" request support (POLICY.md: request_support);
        // "asked about the plan" asks none, and "called on both sides to show restraint" is an appeal, a statement.
        var requests = lexicons.Actors.RequestBoundTriggers.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var k = triggers.Count - 1; k >= 0; k--)
        {
            var (_, _, span) = triggers[k];
            if (requests.Contains(text.AsSpan(span.Start, span.Length)) && !AsksForSupport(text, words, span))
            {
                if (text.AsSpan(span.Start, span.Length) is var form && (form.StartsWith("call", StringComparison.OrdinalIgnoreCase) || form.StartsWith("appeal", StringComparison.OrdinalIgnoreCase)))
                {
                    triggers[k] = ("statement", "-", span);
                }
                else
                {
                    triggers.RemoveAt(k);
                }
            }
        }

        // "requested an emergency meeting of the Security Council": asking for talks is an appeal (a statement), and the
        // talks have not been held
        for (var k = triggers.Count - 1; k >= 0; k--)
        {
            if (triggers[k].Type == "request_support" && triggers.FindIndex(t => t.Type == "meeting" && RequestedObject(text, triggers[k].Span, t.Span)) is var asked and >= 0)
            {
                triggers[k] = ("statement", "-", triggers[k].Span);
                triggers.RemoveAt(asked);
                k = Math.Min(k, triggers.Count);
            }
        }

        var habitual = habit is { } verb ? new TextSpan(verb.Start, CommaStretch(text, sentence, verb).End) : default;
        var toldHappening = triggers.Exists(t => t.Type != "statement");
        // "an armed attack on its vessels would invoke…": the supposed attack, and what it would bring about
        // (one pass: the first supposed happening and where its modal ends)
        var (supposedNoun, supposed) = (default(TextSpan), -1);
        foreach (var t in triggers)
        {
            if (HappeningMentions.SupposedModal(text, sentence, t.Span) is var modal and >= 0)
            {
                (supposedNoun, supposed) = (t.Span, modal);
                break;
            }
        }

        var conditional = stretch.Contains(" if ", StringComparison.Ordinal) || stretch.Contains(" unless ", StringComparison.Ordinal);
        // "the neighbours have traded accusations for years": background told over a stretch of years
        var background = lede ? default : LongRunning.Background(text, sentence);
        triggers.RemoveAll(t => background.Length > 0 && t.Type != "statement" && background.Contains(t.Span) || NotAHappening(text, sentence, t.Span) || conditional && t.Type != "statement" && HappeningMentions.ConditionalPlan(text, sentence, t.Span) || supposed >= 0 && (t.Span == supposedNoun || t.Span.Start >= supposed && t.Span.Start - supposed <= 8)
            || ResultLeaving(text, sentence, t.Span) || !WeaponAsNeeded(text, sentence, t.Span, t.Type)
            || t.Type == "offer_support" && SupportsAnAbstraction(text, sentence, t.Span)
            // "the claim said": the document quoted; "took to the streets to demand…": what the crowd wants
            || t.Type == "statement" && (SaidByDocument(text, words, t.Span) || PassiveSaying(text, words, t.Span) || PluralNounOpening(text, sentence, t.Span) || SayingWithoutContent(text, sentence, t.Span) || protestEnd > 0 && t.Span.Start >= protestEnd && EndsWithWord(text, sentence.Start, t.Span.Start, "to"))
            || StandingClauses.Describes(text, words, t.Span, lexicons.Actors.ReportingVerbs) || StandingClauses.ComparesCounts(text, words, t.Span)
            || habit is not null && t.Type != "statement" && habitual.Contains(t.Span));
        if (toldHappening && !triggers.Exists(t => t.Type != "statement"))
        {
            // "No one was injured, the military said": the saying attributes what the sentence tells, even when it tells
            // that nothing happened (POLICY.md: attribution is no statement); a modal told ("X should limit…, he said") is
            // the speaker's demand and stays
            var reporting = lexicons.Actors.ReportingVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
            triggers.RemoveAll(t => t.Type == "statement" && reporting.Contains(text.AsSpan(t.Span.Start, t.Span.Length))
                && text.LastIndexOf(',', Math.Max(sentence.Start, t.Span.Start - 1), t.Span.Start - sentence.Start) is var comma && comma > sentence.Start
                && Negated(text.AsSpan(sentence.Start, comma - sentence.Start)));
        }

        // "launched a missile strike": a light verb of the fallback type is part of the happening its object names
        if (triggers.Count > 1 && triggers.Exists(t => t.Type is not ("statement" or "other")))
        {
            var light = lexicons.Actors.LightTriggers.GetAlternateLookup<ReadOnlySpan<char>>();
            triggers.RemoveAll(t => t.Type == "other" && light.Contains(text.AsSpan(t.Span.Start, t.Span.Length)));
        }

        if (triggers.Count == 0)
        {
            return anchor;
        }

        // A statement counts where nothing else happens in the sentence, or where a speech act of its own comes first
        // ("X denied sending troops", "Y defended the decision to send paratroopers"); a reporting verb beside a
        // happening only attributes it ("police said two men were arrested" is the arrest; reporting-verbs.txt).
        // One event per type, from its first trigger, unless a coordinated clause reports the same kind of happening
        // somewhere else ("deployed troops in Chad in 2015, and deployed troops in Mali last week").
        // A saying that announces what is to happen ("the minister said troops would be sent") is a statement as well as
        // the planned happening: an announcement, not attribution of a fact.
        var happens = triggers.Exists(t => t.Type is not "statement");
        var anySubstantive = retells || happens;
        // But a state or body that says it will send, move or give something ("NATO said it would send four jets", "Poland
        // said they would move 2,000 soldiers") pledges that happening; the pledge is the event.
        var announces = happens && triggers[0].Type == "statement"
            && !(triggers.TrueForAll(t => t.Type is "statement" or "deploy" or "withdraw" or "offer_support" or "transport" or "build_up" or "evacuate")
                && PledgedBySpeaker(text, words, triggers[0].Span))
            && (triggers.TrueForAll(t => t.Type is "statement" || Status(text, sentence, t) == EventStatus.Planned)
                || ReportsFuture(text, words, triggers));
        // The saying a statement is taken from: the first trigger, or the next saying where the ones before it have no
        // speaker ("The paper reported that in 2002 the speaker, Ana Lima, stated that…": Lima's statement).
        var firstSaying = 0;
        // "The United States said it stood with its ally and warned that…", "X said it had taken measures… and urged Manila
        // to…": a speech act of its own joined to an attributing "said" is the speaker's statement.
        var joinedSpeech = anySubstantive && triggers.Count > 1 && triggers[0].Type == "statement" && IsReportingVerb(text, triggers[0].Span)
            ? triggers.FindIndex(1, t => t.Type == "statement" && !IsReportingVerb(text, t.Span) && JoinedVerb(text, sentence, t.Span))
            : -1;
        for (var k = 0; k < triggers.Count; k++)
        {
            var trigger = triggers[k];
            var chosen = trigger.Type is not "statement" || k == firstSaying
                && (!anySubstantive || announces || !IsReportingVerb(text, trigger.Span))
                || k == joinedSpeech && !announces
                || k > firstSaying && OwnSpeechClause(text, sentence, trigger.Span, facts.Actors);
            if (!chosen)
            {
                continue;
            }

            // Where another clause of the sentence reports the same kind of happening, each clause's places and
            // amounts are its own.
            var scope = sentence;
            if (trigger.Type is not "statement" && triggers.Exists(o => o.Type == trigger.Type && o.Span != trigger.Span))
            {
                var clause = CoordinatedClause(text, sentence, trigger.Span);
                if (triggers.Exists(o => o.Type == trigger.Type && !clause.Contains(o.Span)))
                {
                    scope = clause;
                }
            }

            var ownSubject = false;
            if (output.Find(d => d.Type == trigger.Type) is { } told
                && (scope == sentence || EventPlaces.Places(text, facts.Places, facts.Dates, scope, trigger, facts.Dateline).Place is not { Choice: { } own }
                    || own.Id == told.Place?.Choice?.Id)
                && (scope == sentence || output.Exists(d => d.Type == trigger.Type && scope.Contains(d.Trigger))
                    || !(ownSubject = OwnSubject(text, scope, trigger.Span, facts.Actors, told.Actors))))
            {
                continue;
            }

            var (sources, targets) = Participants(facts.Actors, sentence, trigger.Span, trigger.Type == "statement" ? QuoteOpens(text, trigger.Span.End, sentence.End) : sentence.End);
            OwnClause(text, sentence, trigger.Span, facts.Actors, sources, targets);
            if (trigger.Type == "statement")
            {
                // "Rupert Murdoch's Star beat its rivals, the board said", "Trump's spokesman said": a person named as a
                // possessor before the saying is not its speaker
                bool Before((string Id, ActorKind Kind, TextSpan Span) a, string id) => a.Id == id && sentence.Contains(a.Span) && a.Span.End <= trigger.Span.Start;
                sources.RemoveAll(id => id.StartsWith("person:", StringComparison.Ordinal) && facts.Actors.Exists(a => Before(a, id))
                    && facts.Actors.TrueForAll(a => !Before(a, id) || Possessive(text, a.Span.End)));
            }

            if (ownSubject)
            {
                // the clause's own subject acts, not the actors of the happening told before it
                sources.RemoveAll(id => !facts.Actors.Exists(a => a.Id == id && scope.Contains(a.Span) && a.Span.End <= trigger.Span.Start));
            }

            var counterparts = trigger.Type == "meeting" ? Counterparts(text, sentence, trigger.Span, facts.Places, sources, targets) : [];
            if (trigger.Type is not ("statement" or "criticise"))
            {
                // (criticism is the speaker's own: "X said the move was unacceptable"); a request or an offer joined to the
                // saying by "and" is the speaker's own act ("Armenia said 49 soldiers had been killed and formally asked the
                // CSTO for help")
                if (trigger.Type is "request_support" or "offer_support" && Speakers.JoinedByAnd(text, sentence.Start, trigger.Span.Start))
                {
                    Speakers.KeepSpeakers(text, trigger.Span, triggers, lexicons.Actors.ReportingVerbs, facts.Actors, sentence, sources);
                }
                else
                {
                    Speakers.RemoveReporters(text, trigger.Span, triggers, lexicons.Actors.ReportingVerbs, facts.Actors, sentence, sources);
                }

                if (trigger.Type is not "meeting" && Stance(text, sentence, trigger.Span, triggers) is { } stance)
                {
                    // "Germany condemned the attack": the critic is not the attacker (a meeting's parties take part)
                    Speakers.RemoveNamedOnlyBefore(stance.Word, trigger.Span, sentence, facts.Actors, sources);
                }

                if (trigger.Type == "violence" && sources.Count > 0
                    && triggers.FindLast(c => c.Type == "casualties" && c.Span.End <= trigger.Span.Start) is { Type: not null } harm
                    && Victims.Subject(text, sentence.Start, harm.Span))
                {
                    // "49 of its soldiers had been killed in fighting with Azerbaijan": who it befell did not fight
                    Speakers.RemoveNamedOnlyBefore(harm.Span, trigger.Span, sentence, facts.Actors, sources);
                }

                if (trigger.Type == "casualties" && sources.Count > 0 && Victims.Subject(text, sentence.Start, trigger.Span))
                {
                    // "49 of its soldiers had been killed", "two civilians died": the subject is who it befell (POLICY.md:
                    // targets), not who did it
                    targets.InsertRange(0, sources.Where(id => !targets.Contains(id)));
                    sources.Clear();
                }
            }

            if (trigger.Type == "criticise" && sources.Count > 1)
            {
                // "Mali said jihadists had attacked an army post and accused France…": the critic is the speaker, not the
                // groups of the clause the saying reports
                Speakers.KeepSpeakers(text, trigger.Span, triggers, lexicons.Actors.ReportingVerbs, facts.Actors, sentence, sources);
            }

            if (trigger.Type == "withdraw" && sources.Count > 0 && sources.TrueForAll(id => id.StartsWith("person:", StringComparison.Ordinal)))
            {
                continue; // "Lima's mistake was leaving a gun in the car": a person going or leaving something, no forces withdrawing
            }

            if (sources.Count == 0 && targets.Count == 0 && lexicons.Actors.ActorBoundTriggers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(trigger.Span.Start, trigger.Span.Length))
                && !PersonalSubject(text, sentence, trigger.Span))
            {
                // "leaving a gun in the backpack", "Granted, he should…": a movement, an offer or a request is somebody's;
                // with nobody named or referred to ("they cordoned off") the word is not telling one.
                continue;
            }

            if (trigger.Type == "statement" && sources.Count == 0 && !PersonalSubject(text, sentence, trigger.Span)
                && !NamedSubject(text, sentence, trigger.Span, facts.Places) && !TitledSubject(text, sentence, trigger.Span))
            {
                // "The research has revealed…", "it is planned to…": a statement is somebody's (POLICY.md: a named or
                // specific actor); with nobody named, referred to by a pronoun or a title ("the minister warned"), or named
                // just before the verb, there is none.
                firstSaying = NextSaying(text, triggers, k);
                continue;
            }

            if (trigger.Type == "statement" && text.AsSpan(trigger.Span.Start, trigger.Span.Length).Equals("according to", StringComparison.OrdinalIgnoreCase)
                && !facts.Actors.Exists(a => a.Kind is not ActorKind.Group && a.Span.Start >= trigger.Span.End && a.Span.Start - trigger.Span.End <= SourceGap))
            {
                // "according to" names its source after it: the people named before it are what the sentence tells
                // about ("X has a degree in law, according to the network"), and a source that is no named person,
                // organisation or state only attributes (POLICY.md: attribution is no statement).
                firstSaying = NextSaying(text, triggers, k);
                continue;
            }

            if (trigger.Type == "statement" && (!SpecificSpeaker(text, sentence, trigger.Span, facts.Actors, facts.Places, groupRoles)
                || triggers.Exists(t => t.Type == "statement" && ToInvestigators(text, t.Span.End, sentence.End))))
            {
                // A statement is a public speech act by a named or specific speaker (a person, an organisation, a state):
                // "police said", "officials say", or a reporting verb with no speaker, only attribute what they tell; a
                // sentence that tells an account given to investigators ("says the suspect told police that…") is none.
                firstSaying = NextSaying(text, triggers, k);
                continue;
            }

            if (lexicons.Actors.ForcesBoundTriggers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(trigger.Span.Start, trigger.Span.Length)))
            {
                // Forces seen rather than acting ("satellite images show Russian troops near the border", "troops were
                // spotted"): a build-up when armed forces are named in the sentence, and they (with their state) are the actors.
                // The forces must stand in the trigger's own stretch between commas: "reinforcing the partnership,
                // especially in military technology" strengthens ties, it moves no forces.
                // (armed groups take towns and overrun bases; what images show massing is an army's, and "fighters" seen on
                // video are as often boxers as rebels)
                bool Military(string id) => groupRoles.GetValueOrDefault(id) is var role && (role == "military" || trigger.Type != "build_up" && role == "armed_group");
                var stretchOf = CommaStretch(text, sentence, trigger.Span);
                if ((!sources.Exists(Military) && !targets.Exists(Military)
                    || !facts.Actors.Exists(a => Military(a.Id) && stretchOf.Contains(a.Span)))
                    && !Equipment(text, stretchOf))
                {
                    continue;
                }

                sources.AddRange(targets.Where(t => !sources.Contains(t)));
                targets.Clear();
            }

            if (lexicons.Actors.SecurityBoundTriggers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(trigger.Span.Start, trigger.Span.Length)))
            {
                // Arriving is a deployment only for forces or police ("troops arrived in Gao", "officers then arrived"):
                // crews, a delegation or a rider arriving are sent nowhere as forces (POLICY.md: deploy).
                var stretchOf = CommaStretch(text, sentence, trigger.Span);
                if (!facts.Actors.Exists(a => groupRoles.GetValueOrDefault(a.Id) is "military" or "police" && stretchOf.Contains(a.Span)))
                {
                    continue;
                }
            }

            if (trigger.Type is "deploy" or "withdraw" && !ForcesNamed(text, sentence, trigger.Span, facts.Actors, groupRoles, sources, missions: trigger.Type == "withdraw")
                && !(ReferringSubject(text, sentence, trigger.Span) && ForcesNamed(text, Recent(sentence, trigger.Span), trigger.Span, facts.Actors, groupRoles, sources, missions: trigger.Type == "withdraw"))
                && !earlier.Exists(d => d.Type == trigger.Type)
                && !(trigger.Type == "withdraw" && sources.Exists(id => groupRoles.GetValueOrDefault(id) == "civilians")))
            {
                // POLICY.md: a deployment sends forces, police or military units, a withdrawal takes forces or missions back;
                // "convicts sent to prison", "dogs sent to Japan", "the Porsche invasion", "withdrew $1,273 from her account",
                // "the UK's departure from the European Union" move none. A pronoun, or "more", after forces named just before
                // is those forces ("Soldiers stood in Bamako. They had also cordoned off the palace", "More were sent"); a
                // sentence after a deployment already told may retell it ("the number sent would be about 1,000"), and
                // civilians leaving are evacuated (below).
                continue;
            }

            if (lexicons.Actors.CargoBoundTriggers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(trigger.Span.Start, trigger.Span.Length))
                && !CarriesCargo(text, sentence, trigger.Span, triggers, facts.Actors, groupRoles))
            {
                // Flights, shipments and transfers with nothing of a happening carried ("flights arrived at the airport",
                // "shipments grew 34%", "transfer pension obligations") are traffic and trade, no transport (POLICY.md).
                continue;
            }

            // Moving civilians ("buses to carry French nationals out of the city") is an evacuation; so is civilians
            // leaving ("thousands of residents were leaving the city"): forces withdraw, civilians get out of danger.
            var type = trigger.Type == "transport" && triggers.Exists(t => t.Type == "transport"
                    && (CarriesCivilians(text, facts.Actors, groupRoles, t.Span) || CarriesPeople(text, facts.Quantities, t.Span)))
                || trigger.Type == "withdraw" && sources.Exists(id => groupRoles.GetValueOrDefault(id) == "civilians")
                ? "evacuate" : trigger.Type;
            if (type == "transport" && sources.Count > 0 && sources.TrueForAll(id => id.StartsWith("person:", StringComparison.Ordinal))
                && !facts.Quantities.Exists(q => sentence.Contains(q.Span) && q.Span.Start >= trigger.Span.End))
            {
                continue; // "the force commander, Lt. Gen. Rafael Ortiz, flew to Lusoko": a person travelling is a visit, no transport
            }

            if (type == "transport" && HasType(output, "evacuate"))
            {
                continue; // "… leaving in convoys of buses": the convoy is how the evacuation is made
            }

            if (type == "protest")
            {
                // Protesters are crowds (ACLED's protesters, rioters, civilians), the opposition or supporters who
                // march, and political parties and movements: a state, leader, army or onlooker named near "protests"
                // ("sent police to break up protests", "the international community condemned the crackdown on
                // protests") does not protest.
                bool IsCrowd(string id) => groupRoles.GetValueOrDefault(id) is "protesters" or "civilians" or "organisation:political"
                    || id.StartsWith("group:opposition", StringComparison.Ordinal) || id.StartsWith("group:supporters", StringComparison.Ordinal);
                sources.RemoveAll(id => !IsCrowd(id));
                sources.AddRange(targets.Where(IsCrowd));
                targets.RemoveAll(IsCrowd);
            }

            if (type != trigger.Type && HasType(output, type))
            {
                continue;
            }

            var when = EventDates.DateOfType(text, scope, trigger, triggers, facts.Dates);
            // "… a militiaman was stabbed in Mashhad and that police had arrested dozens in Tehran": a coordinated clause
            // that names a place of its own keeps its places (amounts stay the sentence's: "24 civilians, 24 fighters,
            // and 25 militiamen were killed" is a list, not two clauses)
            var ownClause = scope;
            if (scope == sentence && SeveralPlaces(facts.Places, sentence) && CoordinatedClause(text, sentence, trigger.Span) is var coordinated && coordinated != sentence
                && facts.Places.Exists(p => p.Mention.Literal && coordinated.Contains(p.Mention.Span)))
            {
                ownClause = coordinated;
            }

            var (place, origin) = EventPlaces.Places(text, facts.Places, facts.Dates, ownClause, (type, trigger.Status, trigger.Span), facts.Dateline, lexicons.LocatingNouns, facts.FiledOnly);
            var fitting = EventUnits.Of(type);
            var amounts = new List<Quantity>();
            foreach (var q in facts.Quantities)
            {
                if (scope.Contains(q.Span) && fitting.Contains(q.Unit)
                    && !(lexicons.Actors.Triggers.TryGetValue(q.Noun, out var counted) && counted.Type != type))
                {
                    amounts.Add(q); // (an amount counted by another happening's participle is not this one's: "…killed, and two were arrested")
                }
            }

            var status = Status(text, sentence, trigger);
            if (status == EventStatus.Denied)
            {
                continue; // "Moscow denied sending troops": no deployment; the denial is the statement
            }

            var implied = amounts.Count == 0 && type is "casualties" or "arrest"
                ? ImpliedCount.Of(text, scope, trigger.Span, facts.Actors.Where(a => a.Kind == ActorKind.Person).Select(a => a.Span), lexicons.Actors.SingularPeople, lexicons.Actors.ReportingVerbs)
                : null;
            output.Add(new EventDraft(type, status, sources, targets, place, origin, when, DateBasis.Stated, amounts, new Evidence(sentence, passage.Id))
            {
                Trigger = trigger.Span, Counterparts = counterparts, OwnSubject = ownSubject, Implied = implied,
            });
            if (type is "deploy" or "withdraw" or "transport" && place is not null)
            {
                // "sent troops to Mali and Niger": one movement per destination
                foreach (var further in EventPlaces.CoordinatedDestinations(text, facts.Places, scope, place))
                {
                    output.Add(new EventDraft(type, status, sources, targets, further, origin, when, DateBasis.Stated, amounts, new Evidence(sentence, passage.Id)));
                }
            }
        }

        return anchor;
    }

    /// <summary>
    /// Whether a saying has a speaker a statement can be ascribed to: a person, an organisation or a state before the
    /// verb, or no actor named (a pronoun, "the president") with a verb that names a speech act (warn, deny, urge).
    /// </summary>
    private bool SpecificSpeaker(string text, TextSpan sentence, TextSpan trigger, List<(string Id, ActorKind Kind, TextSpan Span)> actors,
        List<ResolvedPlace> places, Dictionary<string, string> roles)
    {
        // ", sources said", ", officials say": the words just before the verb, back to a comma or a quotation mark, are its
        // subject; where they name no person, organisation or state but a group or a plain plural, the saying only
        // attributes ("the president said" keeps its speaker).
        var start = trigger.Start;
        while (start > sentence.Start && text[start - 1] is not (',' or ';' or ':' or '"' or '\u201C' or '\u201D' or '(' or '\u2014'))
        {
            start--;
        }

        var subject = text.AsSpan(start, trigger.Start - start).TrimEnd();
        if (IsReportingVerb(text, trigger) && NamesMedia(subject))
        {
            return false; // "state TV and Interfax reported that…": a news outlet's report attributes, it is no speech act
        }

        bool InSubject((string Id, ActorKind Kind, TextSpan Span) a) => a.Span.Start >= start && a.Span.End <= trigger.Start;
        if (start > sentence.Start && subject.Length > 0 && !actors.Exists(a => a.Kind is not ActorKind.Group && InSubject(a))
            && (actors.Exists(InSubject) || GenericPlural(subject)))
        {
            return false;
        }

        var any = false;
        foreach (var a in actors)
        {
            if (sentence.Contains(a.Span) && a.Span.End <= trigger.Start)
            {
                if (a.Kind is not ActorKind.Group && roles.GetValueOrDefault(a.Id) is not (Speakers.PrivateRole or Speakers.CommentatorRole))
                {
                    return true;
                }

                any = true; // a group, or a private person ("Rui Costa, 38, told reporters"): no public speech act
            }
        }

        return !any && (!IsReportingVerb(text, trigger) || NamedSubject(text, sentence, trigger, places));
    }

    /// <summary>
    /// Whether a saying is addressed to investigators ("admitted to police that…", "told detectives";
    /// investigator-nouns.txt): a suspect's or a witness's account, not a public speech act.
    /// </summary>
    private bool ToInvestigators(string text, int end, int sentenceEnd)
    {
        var investigators = lexicons.Actors.InvestigatorNouns.GetAlternateLookup<ReadOnlySpan<char>>();
        var at = end;
        for (var k = 0; k < 2; k++)
        {
            while (at < sentenceEnd && text[at] == ' ')
            {
                at++;
            }

            var start = at;
            while (at < sentenceEnd && char.IsLetter(text[at]))
            {
                at++;
            }

            var word = text.AsSpan(start, at - start);
            if (investigators.Contains(word))
            {
                return true;
            }

            if (word is not "to")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the words just before a reporting verb are a name of two or more capitalised words that is no place and no
    /// news agency ("… candidate Ana Lima said"): a person the actor lexicons do not know is still a specific speaker.
    /// </summary>
    private bool NamedSubject(string text, TextSpan sentence, TextSpan trigger, List<ResolvedPlace> places)
    {
        var end = trigger.Start;
        var start = end;
        var names = 0;
        while (true)
        {
            var wordEnd = start;
            while (wordEnd > sentence.Start && text[wordEnd - 1] == ' ')
            {
                wordEnd--;
            }

            var wordStart = wordEnd;
            while (wordStart > sentence.Start && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '-'))
            {
                wordStart--;
            }

            if (wordEnd - wordStart < 2 || !char.IsUpper(text[wordStart]) || !char.IsLower(text[wordEnd - 1])
                || text.AsSpan(wordStart, wordEnd - wordStart) is "The" or "A" or "An" or "His" or "Her" or "Its" or "Their")
            {
                break;
            }

            names++;
            start = wordStart;
        }

        if (names < 2)
        {
            return false;
        }

        var name = new TextSpan(start, trigger.Start);
        var agencies = lexicons.Actors.Agencies.GetAlternateLookup<ReadOnlySpan<char>>();
        return !places.Exists(p => p.Mention.Span.Start <= name.Start && name.End <= p.Mention.Span.End + 1)
            && !agencies.ContainsKey(text.AsSpan(start, trigger.Start - start).TrimEnd());
    }

    /// <summary>How many words before a speech verb are searched for a title or an organisation's head word.</summary>
    private const int SubjectWords = 5;

    /// <summary>
    /// Whether a person's title or an organisation's head word (person-titles.txt, organisation-heads.txt) stands among the
    /// words just before the verb in its clause: "the minister warned", "the ministry issued", "the Water Corporation is
    /// warning" have a specific speaker though no actor is named.
    /// </summary>
    private bool TitledSubject(string text, TextSpan sentence, TextSpan trigger)
    {
        var titles = lexicons.PersonTitles.GetAlternateLookup<ReadOnlySpan<char>>();
        var heads = lexicons.OrganisationHeads.GetAlternateLookup<ReadOnlySpan<char>>();
        var at = trigger.Start;
        for (var words = 0; words < SubjectWords; words++)
        {
            var end = at;
            while (end > sentence.Start && text[end - 1] == ' ')
            {
                end--;
            }

            var start = end;
            while (start > sentence.Start && char.IsLetter(text[start - 1]))
            {
                start--;
            }

            if (start == end)
            {
                return false; // punctuation: the clause begins here
            }

            var word = text.AsSpan(start, end - start);
            if (titles.Contains(word) || heads.ContainsKey(word))
            {
                return true;
            }

            at = start;
        }

        return false;
    }

    /// <summary>Whether a subject ends in a lower-case plural noun ("sources", "two witnesses"), not a name or a title.</summary>
    private static bool GenericPlural(ReadOnlySpan<char> subject)
    {
        var at = subject.Length;
        while (at > 0 && char.IsLetter(subject[at - 1]))
        {
            at--;
        }

        var last = subject[at..];
        return last.Length > 3 && char.IsLower(last[0]) && last[^1] == 's' && last[^2] != 's';
    }

    /// <summary>Whether a subject names a news outlet ("state TV", "the newspaper"; speaker-kinds.txt, media).</summary>
    private bool NamesMedia(ReadOnlySpan<char> subject)
    {
        var kinds = lexicons.Actors.SpeakerKinds.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var (index, length) in new LatinWords(subject))
        {
            if (kinds.TryGetValue(subject.Slice(index, length), out var kind) && kind == "media")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a statement word is the noun that a reporting verb right after it has as subject ("the claim said", "the
    /// statement says", "a report stated"): the document quoted, not a speech act of its own.
    /// </summary>
    private bool SaidByDocument(string text, List<(int Start, int Length)> words, TextSpan trigger)
    {
        var i = WordAt(words, trigger.Start);
        var next = i + 1 < words.Count && i >= 0 ? words[i + 1] : default;
        return next.Length > 0 && words[i].Start + words[i].Length == trigger.End && char.IsLower(text[next.Start])
            && text.AsSpan(trigger.End, next.Start - trigger.End).IsWhiteSpace() && IsReportingVerb(text, TextSpan.FromLength(next.Start, next.Length));
    }

    /// <summary>
    /// Whether a saying is in the passive ("is described by the network as", "was told", "were warned", "had been reported";
    /// one adverb may stand between: "was widely reported"): what others say of the subject, or a report with nobody
    /// speaking, is no speech act of the subject's.
    /// </summary>
    private static bool PassiveSaying(string text, List<(int Start, int Length)> words, TextSpan trigger)
    {
        var verb = text.AsSpan(trigger.Start, trigger.Length);
        var i = WordAt(words, trigger.Start);
        if (i < 1 || !(verb.EndsWith("ed", StringComparison.Ordinal) || verb is "told" or "said" or "spoken"))
        {
            return false;
        }

        bool Be(int k) => text.AsSpan(words[k].Start, words[k].Length) is "is" or "was" or "are" or "were" or "been" or "being" or "be";
        var before = text.AsSpan(words[i - 1].Start, words[i - 1].Length);
        return Be(i - 1) || i >= 2 && before.Length >= 4 && before.EndsWith("ly", StringComparison.Ordinal) && Be(i - 2);
    }

    /// <summary>
    /// Whether a statement word opens the sentence as a plural noun ("Claims involving Mr. Lima have settled", "Reports of
    /// shelling reached the capital"): the subject of the sentence, no speech act ("Says" opens a quotation's attribution).
    /// </summary>
    private static bool PluralNounOpening(string text, TextSpan sentence, TextSpan trigger) =>
        trigger.Start == FirstLetter(text, sentence) && char.IsUpper(text[trigger.Start]) && text[trigger.End - 1] == 's'
        && !text.AsSpan(trigger.Start, trigger.Length).Equals("Says", StringComparison.Ordinal);

    /// <summary>The index of the word that starts at <paramref name="start"/> in a sentence's words, or -1.</summary>
    private static int WordAt(List<(int Start, int Length)> words, int start)
    {
        var i = words.BinarySearch((start, int.MinValue));
        i = i < 0 ? ~i : i;
        return i < words.Count && words[i].Start == start ? i : -1;
    }

    /// <summary>Whether a date expression stands in the sentence.</summary>
    private static bool Dated(List<TimeExpression> dates, TextSpan sentence)
    {
        foreach (var d in dates)
        {
            if (sentence.Contains(d.Span))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a name is followed by a possessive "'s" ("Murdoch's Star").</summary>
    private static bool Possessive(string text, int end) =>
        end + 1 < text.Length && text[end] is '\'' or '\u2019' && text[end + 1] == 's' && (end + 2 == text.Length || !char.IsLetter(text[end + 2]));

    /// <summary>
    /// Whether a reporting verb says nothing in its own sentence: no quotation in it, at most a short subject before the
    /// verb and a few words of manner after it ("The Daily Beast reported.", "Lindenwald said in tears."). Such a tag
    /// attributes the sentence next to it; it is no speech act of its own (POLICY.md: attribution is no statement).
    /// </summary>
    private bool SayingWithoutContent(string text, TextSpan sentence, TextSpan trigger)
    {
        if (!IsReportingVerb(text, trigger) || text.AsSpan(sentence.Start, sentence.Length).IndexOfAny(QuotationMarks) >= 0)
        {
            return false;
        }

        var (before, after) = (0, 0);
        foreach (var (index, length) in new LatinWords(text.AsSpan(sentence.Start, sentence.Length)))
        {
            var start = sentence.Start + index;
            if (start + length <= trigger.Start)
            {
                before++;
            }
            else if (start >= trigger.End && (++after > ContentFreeTail || text.AsSpan(start, length) is "that" or "on" or "about"))
            {
                return false;
            }
        }

        return before <= ContentFreeSubject;
    }

    /// <summary>Whether the clause's subject refers back: a personal pronoun, or "more", "others" opening the sentence ("More were sent to Mali").</summary>
    private static bool ReferringSubject(string text, TextSpan sentence, TextSpan trigger) =>
        PersonalSubject(text, sentence, trigger) || text.AsSpan(sentence.Start, sentence.Length) is var s && (s.StartsWith("More ", StringComparison.Ordinal) || s.StartsWith("Others ", StringComparison.Ordinal));

    /// <summary>The text a referring subject may point into: the sentence and up to <see cref="RecentReach"/> characters before it.</summary>
    private static TextSpan Recent(TextSpan sentence, TextSpan trigger) => new(Math.Max(0, sentence.Start - RecentReach), trigger.End);

    /// <summary>How far back (in characters, some three sentences) forces a pronoun refers to are looked for.</summary>
    private const int RecentReach = 600;

    /// <summary>How many words a content-free saying's subject has at most ("The Daily Beast").</summary>
    private const int ContentFreeSubject = 4;

    /// <summary>How many words of manner may follow a content-free saying ("in tears", "in a statement").</summary>
    private const int ContentFreeTail = 3;

    private static readonly System.Buffers.SearchValues<char> QuotationMarks = System.Buffers.SearchValues.Create("\"\u201C\u201D\u2018\u2019");

    private bool IsReportingVerb(string text, TextSpan trigger) =>
        lexicons.Actors.ReportingVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(trigger.Start, trigger.Length));

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
                // a refusal negates only the infinitive it governs ("failed to negotiate"; "a failed coup" took place)
                && (kind != "refusal" || text.AsSpan(next.Start, next.Length) is "to"))
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
            if (stretch.Contains(span) && groupRoles.GetValueOrDefault(id) is "military" or "police" or "civilians")
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

    private void Triggers(string text, TextSpan sentence, List<(int Start, int Length)> words, List<(string Type, string Status, TextSpan Span)> found)
    {
        // Words are looked up as spans of the text: no string per word (this runs on every sentence of every article).
        var triggers = lexicons.Actors.Triggers.GetAlternateLookup<ReadOnlySpan<char>>();
        var roles = lexicons.Actors.TriggerWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var senses = lexicons.Actors.ObjectSenses.GetAlternateLookup<ReadOnlySpan<char>>();
        words.Clear();
        foreach (var m in new LatinWords(text.AsSpan(sentence.Start, sentence.Length)))
        {
            words.Add((sentence.Start + m.Index, m.Length));
        }

        found.Clear();
        for (var i = 0; i < words.Count; i++)
        {
            var (start, length) = words[i];
            var word = text.AsSpan(start, length);
            if (char.IsUpper(word[0]) && (i > 0 || word is "March"))
            {
                // a capitalised word inside a sentence is a name ("National Guard"), not a trigger; "March" is the month
                // wherever it stands ("March was another volatile month"; event-triggers.txt)
                continue;
            }

            if (!roles.TryGetValue(word, out var role))
            {
                continue; // most words start nothing
            }

            // A phrase of type none ("sought to", "food supplies") uses its words in another sense: skipped, no event.
            // Phrases run to four words ("took to the streets").
            var startsPhrase = i + 1 < words.Count && role.MayContinueWith(text.AsSpan(words[i + 1].Start, words[i + 1].Length));
            if (startsPhrase && i + 3 < words.Count && role.FourStart && SingleSpaced(text, words, i, 4)
                && triggers.TryGetValue(text.AsSpan(start, words[i + 3].Start + words[i + 3].Length - start), out var four))
            {
                AddUnlessNone(found, four, new TextSpan(start, words[i + 3].Start + words[i + 3].Length));
                i += 3;
                continue;
            }

            if (startsPhrase && i + 2 < words.Count && triggers.TryGetValue(Phrase(text, words, i, 3), out var three))
            {
                AddUnlessNone(found, (Sense(text, words, i, 3, three.Type), three.Status), new TextSpan(start, words[i + 2].Start + words[i + 2].Length));
                i += 2;
                continue;
            }

            if (startsPhrase)
            {
                var end = words[i + 1].Start + words[i + 1].Length;
                if (triggers.TryGetValue(Phrase(text, words, i, 2), out var phrase))
                {
                    AddUnlessNone(found, (Sense(text, words, i, 2, phrase.Type), phrase.Status), new TextSpan(start, end));
                    i++;
                    continue;
                }
            }

            if (role.Single is { } single)
            {
                // "captured video of", "struck a deal": the object gives the word another sense (trigger-object-senses.txt)
                var type = senses.TryGetValue(word, out var objects) ? ObjectSenses.Of(text, words, i, objects) ?? single.Type : single.Type;
                if (type != "none")
                {
                    found.Add((type, single.Status, TextSpan.FromLength(start, length)));
                }
            }
        }
    }

    /// <summary>
    /// The type a phrase trigger of <paramref name="count"/> words at <paramref name="i"/> takes from its object, as a
    /// single word does ("shot down rumours" is no attack; trigger-object-senses.txt), or its own type.
    /// </summary>
    private string Sense(string text, List<(int Start, int Length)> words, int i, int count, string type) =>
        type != "none" && lexicons.Actors.ObjectSenses.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(Phrase(text, words, i, count), out var objects)
            ? ObjectSenses.Of(text, words, i + count - 1, objects) ?? type
            : type;

    /// <summary>How many words after a saying its clause's future modal may stand ("said on Thursday that Russia would").</summary>
    private const int ReportedFutureReach = 7;

    /// <summary>
    /// Whether the saying that opens the triggers reports what is to come: "will", "would" or "shall" within a few words
    /// after it, in its stretch of the sentence and before the happening it tells, if any ("Lavrov said on Thursday that
    /// Russia would retaliate", "the minister said troops will stay"; not "said police arrested two men and would
    /// question them"). Such a saying is an announcement, a warning or a promise (POLICY.md: a statement), whatever it
    /// mentions besides.
    /// </summary>
    private static bool ReportsFuture(string text, List<(int Start, int Length)> words, List<(string Type, string Status, TextSpan Span)> triggers)
    {
        var saying = triggers[0].Span;
        var happening = -1; // where the first happening after the saying is told
        for (var t = 1; t < triggers.Count && happening < 0; t++)
        {
            happening = triggers[t].Type is not "statement" && triggers[t].Span.Start >= saying.End ? triggers[t].Span.Start : -1;
        }

        var i = 0;
        while (i < words.Count && words[i].Start < saying.End)
        {
            i++;
        }

        for (var k = i; k < words.Count && k - i < ReportedFutureReach && (happening < 0 || words[k].Start < happening); k++)
        {
            var gapStart = k == i ? saying.End : words[k - 1].Start + words[k - 1].Length;
            if (text.AsSpan(gapStart, words[k].Start - gapStart).IndexOfAny(".;:!?") >= 0)
            {
                return false;
            }

            var word = text.AsSpan(words[k].Start, words[k].Length);
            if (word is "will" or "would" or "shall")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the saying is followed, within a few words, by the speaker's own "it/they/we will" or "would" ("said it
    /// would send", "said on Wednesday they would move"): a body committing itself, not an official announcing what others
    /// will do ("the minister said troops would be sent").
    /// </summary>
    private static bool PledgedBySpeaker(string text, List<(int Start, int Length)> words, TextSpan saying)
    {
        var i = words.FindIndex(w => w.Start >= saying.End);
        for (var k = i; k >= 1 && k < words.Count && k - i < ReportedFutureReach; k++)
        {
            var word = text.AsSpan(words[k].Start, words[k].Length);
            if (word is "will" or "would")
            {
                return text.AsSpan(words[k - 1].Start, words[k - 1].Length) is "it" or "they" or "we";
            }
        }

        return false;
    }

    /// <summary>How many mentions a dateline in a country counts for, when the article's main country is chosen.</summary>
    private const int DatelineWeight = 2;

    /// <summary>
    /// The country an article is about: the most named country, as a place or as a state acting ("Kyrgyzstan's president
    /// declared…" names Kyrgyzstan as much as "troops arrived in Kyrgyzstan"), the dateline's country counting
    /// <see cref="DatelineWeight"/> more, ties going to the one named first. Its place is a literal mention where the
    /// article has one. Adjectives and languages do not count ("Russian paratroopers" in a Kyrgyz story).
    /// </summary>
    private static ResolvedPlace? MainCountry(IReadOnlyList<ResolvedPlace> places, ResolvedPlace? dateline)
    {
        var counts = new Dictionary<string, (int Count, int First, ResolvedPlace? Literal, ResolvedPlace Any)>(StringComparer.Ordinal);
        foreach (var p in places)
        {
            if (p.Choice is not { Kind: Core.Geography.PlaceKind.Country } c || p.Mention.Cue is MentionCue.Language or MentionCue.Demonym)
            {
                continue;
            }

            var home = dateline?.Choice?.Country is { } d && c.Country == d ? DatelineWeight : 0;
            counts[c.Id] = counts.TryGetValue(c.Id, out var v)
                ? v with { Count = v.Count + 1, Literal = v.Literal ?? (p.Mention.Literal ? p : null) }
                : (1 + home, p.Mention.Span.Start, p.Mention.Literal ? p : null, p);
        }

        (int Count, int First, ResolvedPlace? Literal, ResolvedPlace Any)? best = null;
        foreach (var v in counts.Values)
        {
            if (best is not { } b || v.Count > b.Count || (v.Count == b.Count && v.First < b.First))
            {
                best = v;
            }
        }

        return best is { } chosen ? chosen.Literal ?? chosen.Any : null;
    }

    /// <summary>Whether a stretch of text holds a negation cue ("no one", "not", "never"; non-happening-cues.txt).</summary>
    private bool Negated(ReadOnlySpan<char> stretch)
    {
        var cues = lexicons.Actors.NonHappeningCues.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var m in new LatinWords(stretch))
        {
            if (cues.TryGetValue(stretch.Slice(m.Index, m.Length), out var kind) && kind == "negation")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the text just before <paramref name="at"/> (after spaces) is the word <paramref name="word"/>.</summary>
    private static bool EndsWithWord(string text, int floor, int at, string word)
    {
        var end = at;
        while (end > floor && text[end - 1] == ' ')
        {
            end--;
        }

        var start = end - word.Length;
        return start >= floor && text.AsSpan(start, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase)
            && (start == floor || !char.IsLetter(text[start - 1]));
    }

    private static void AddUnlessNone(List<(string Type, string Status, TextSpan Span)> found, (string Type, string Status) trigger, TextSpan span)
    {
        if (trigger.Type != "none")
        {
            found.Add((trigger.Type, trigger.Status, span));
        }
    }

    /// <summary>Whether <paramref name="count"/> words from <paramref name="i"/> are separated by single spaces (a phrase as written).</summary>
    private static bool SingleSpaced(string text, List<(int Start, int Length)> words, int i, int count)
    {
        for (var k = i; k < i + count - 1; k++)
        {
            var end = words[k].Start + words[k].Length;
            if (words[k + 1].Start != end + 1 || text[end] != ' ')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The phrase of <paramref name="count"/> words from word <paramref name="i"/>, with single spaces; empty where anything but white space stands between them.</summary>
    private static ReadOnlySpan<char> Phrase(string text, List<(int Start, int Length)> words, int i, int count)
    {
        var start = words[i].Start;
        var end = words[i + count - 1].Start + words[i + count - 1].Length;
        var single = true;
        for (var k = i; k < i + count - 1 && single; k++)
        {
            single = words[k + 1].Start == words[k].Start + words[k].Length + 1 && text[words[k].Start + words[k].Length] == ' ';
        }

        return single ? text.AsSpan(start, end - start) : Spaced(text, words, i, count) ? Joined(text, words, i, count) : [];
    }

    /// <summary>
    /// Whether only white space stands between the words ("displaced 5,000 people" is no phrase "displaced people"), or a
    /// quotation mark that closes a quoted word of the phrase ("said it was “deeply concerned” by the sentences").
    /// </summary>
    private static bool Spaced(string text, List<(int Start, int Length)> words, int i, int count)
    {
        for (var k = i; k < i + count - 1; k++)
        {
            var gap = words[k].Start + words[k].Length;
            var between = text.AsSpan(gap, words[k + 1].Start - gap);
            if (!between.IsWhiteSpace() && !(between.Length >= 2 && between[0] is '"' or '\u201D' && between[1..].IsWhiteSpace()))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The words joined by single spaces (in its own method: its lambda would otherwise allocate on every call of <see cref="Phrase"/>).</summary>
    private static string Joined(string text, List<(int Start, int Length)> words, int i, int count) =>
        string.Join(' ', Enumerable.Range(i, count).Select(k => text.Substring(words[k].Start, words[k].Length)));

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
                || role != "civilians" && !(role is "officials" or "media" or "other" && OutOf(text, span.End)))
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

    /// <summary>
    /// Whether a report's own date and the first own date of an event's reports do not overlap: then they tell two
    /// happenings ("8 were killed on 5 January" and "18 more on 7 January"), whatever else they share.
    /// </summary>
    private static bool StatedApart(EventDraft report, EventDraft first, List<EventDraft> merged)
    {
        if (report.Basis != DateBasis.Stated || report.When is not { } when)
        {
            return false;
        }

        var stated = first.Basis == DateBasis.Stated && first.When is not null ? first : merged.Find(d => d.Basis == DateBasis.Stated && d.When is not null);
        return stated?.When is { } other && (when.End < other.Start || other.End < when.Start);
    }

    /// <param name="origins">Filled, when given, with each event's first report and how many reports it merges.</param>
    private static List<NewsEvent> Merge(List<EventDraft> drafts, Dictionary<string, int> passageOrder, string text, FrozenSet<string> further, List<(EventDraft First, int Reports)>? origins)
    {
        drafts = WithFullNames(drafts);
        var events = new List<(EventDraft Draft, List<Evidence> Evidence, List<Quantity> Quantities, List<EventDraft> Merged)>();
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var byTypeAndPlace = new Dictionary<string, int>(StringComparer.Ordinal);
        var byType = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var speakers = new StatementSpeakers();
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
                && !StatedApart(draft, events[same].Draft, events[same].Merged)
                && !OtherHarm(text, draft, events[same].Draft, events[same].Merged)
                && !OtherParties(draft, events[same].Draft, events[same].Merged)
                && !OtherVictims(draft, events[same].Draft, events[same].Merged)
                && !events[same].Evidence.Contains(draft.Evidence)
                && AmountsAgree(draft.Quantities, events[same].Quantities)
                || !draft.OwnSubject && (same = RetoldEvent(draft, events, byType.GetValueOrDefault(draft.Type), passageOrder, text, further)) >= 0)
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
        if (report.Type != first.Type || report.Status != first.Status || report.Type == "statement" || StatedApart(report, first, merged)
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

    /// <summary>An opening that refers back to a reported happening: "Following the protests,", "Amid the deadly clashes,".</summary>
    [GeneratedRegex(@"\G\s*(?:Following|After|Amid|During|In\s+the\s+wake\s+of)\s+the\s+(?:[a-z]+\s+){0,2}[a-z]+\s*,")]
    private static partial Regex Anchor();

    /// <summary>The words before a happening mentioned in passing: "following weeks of largely peaceful ", "amid the ", "amid ", "since the group's short-lived " ("after" and "since" only with "the", "its", "their" or "days of": "after clashes" may be news).</summary>
    [GeneratedRegex(@"\b(?:(?:[Ff]ollowing|[Aa]mid|[Aa]midst|[Dd]espite)\s+(?:(?:the|days\s+of|weeks\s+of|months\s+of|years\s+of)\s+)?|(?:[Aa]fter|[Ss]ince|[Ii]n\s+the\s+wake\s+of)\s+(?:the|its|their|days\s+of|weeks\s+of|months\s+of|years\s+of)\s+)", RegexOptions.CultureInvariant)]
    private static partial Regex Reference();

    /// <summary>The words <see cref="Reference"/> starts with: a vectorised search skips the regex in most sentences.</summary>
    private static readonly SearchValues<string> ReferenceWords = SearchValues.Create(["following ", "after ", "since ", "amid", "despite ", "wake of "], StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a personal pronoun ("they", "he", "she", "we") stands before the trigger in its sentence.</summary>
    private static bool PersonalSubject(string text, TextSpan sentence, TextSpan trigger)
    {
        foreach (var m in Pronoun().EnumerateMatches(text.AsSpan(sentence.Start, trigger.Start - sentence.Start)))
        {
            return m.Length > 0;
        }

        return false;
    }

    [GeneratedRegex(@"\b(?:[Tt]hey|[Hh]e|[Ss]he|[Ww]e)\b")]
    private static partial Regex Pronoun();

    /// <summary>At most three lower-case words, each followed by a space ("largely peaceful ").</summary>
    private static bool IsLowerWords(ReadOnlySpan<char> stretch)
    {
        var words = 0;
        foreach (var c in stretch)
        {
            if (c == ' ')
            {
                words++;
            }
            else if (!char.IsAsciiLetterLower(c) && c is not ('-' or '\'' or '\u2019'))
            {
                return false;
            }
        }

        return words <= 3 && (stretch.Length == 0 || stretch[^1] == ' ');
    }

    [GeneratedRegex(@"\b(denied|denies|deny|rejected reports|no plans to|did not|didn't|has not|hasn't|have not|haven't|never)\b[^.]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Denial();

    /// <summary>A part of every match of <see cref="Denial"/>, without regard to case.</summary>
    private static readonly SearchValues<string> DenialWords = SearchValues.Create(
        ["deni", "deny", "rejected reports", "no plans to", "did", "has", "have", "never"], StringComparison.OrdinalIgnoreCase);

    /// <summary>A part of every match of <see cref="Future"/>, without regard to case.</summary>
    private static readonly SearchValues<string> FutureWords = SearchValues.Create(
        ["will", "would", "plan", "intend", "is to", "are to", "expected to", "set to", "could", "may", "might", "ready", "readies",
         "prepar", "pledg", "promis", "vow", "decid", "agree", "vot", "order", "instruct", "authori", "direct"], StringComparison.OrdinalIgnoreCase);

    /// <summary>A modal, a word of planning, a decision or an order to act ("voted to send", "agreed to send", "ordered troops to shoot") before a trigger; "may" only in lower case ("Theresa May has blamed…", "in May").</summary>
    [GeneratedRegex(@"\b(will|would|plans? to|planned to|planning to|intends? to|is to|are to|expected to|set to|could|(?-i:may)|might|ready to|readies|readying|prepar\w+ to|pledg\w* to|promis\w* to|vow\w* to|decid\w* to|agree[sd]? to|vot\w* to|(?:order|instruct|authori[sz]|direct)\w*\s+(?:\w+\s+){1,3}to)\b[^.]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Future();
}
