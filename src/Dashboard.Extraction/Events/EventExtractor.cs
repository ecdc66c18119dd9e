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
public sealed partial class EventExtractor(LexiconSet lexicons, IReadOnlyDictionary<string, IReadOnlyList<string>>? capitals = null)
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

    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>> _capitals = capitals ?? new Dictionary<string, IReadOnlyList<string>>();

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
        // Every mention of a person, in text order (made when first needed): "he" or "she" with nobody named in the sentence
        // is the last person named before it.
        List<(string Id, int Start)>? people = null;
        List<(string Id, int Start)>? countries = null; // likewise every mention of a state: "the two countries" are the last two named
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
                    else if (draft.Actors.Count == 0 && draft.Type is "statement" or "criticise" or "meeting" or "offer_support" or "request_support"
                        && SingularPronounSubject(document.Text, sentence, draft.Trigger) && !AfterBe(document.Text, words, WordAt(words, draft.Trigger.Start))
                        && LastBefore(people ??= PersonMentions(actors), sentence.Start) is { } referent)
                    {
                        // "She, however, insisted that her ministry would issue more details", "he said the army would
                        // support all efforts": the person named last before the sentence says, meets, gives or asks (one
                        // who died, was charged or was fined is no doer: "she was heavily fined")
                        draft = draft with { Actors = [referent] };
                    }

                    else if (draft.Type == "protest" && draft.Actors.Count == 0 && drafts.FindLast(d => d.Type == "protest" && d.Actors.Count > 0) is { } marched)
                    {
                        // "Smaller protests were held in Osh": the crowd of the protests told before
                        draft = draft with { Actors = marched.Actors };
                    }

                    if (!draft.Actors.Any(IsCountry) && PairReferences.Subject(document.Text, sentence, draft.Trigger) is var pairAt and >= 0
                        && PairReferences.Pair(countries ??= CountryMentions(actors), pairAt) is { } pair)
                    {
                        // "the two countries' presidents met": the two states named last
                        draft = draft with { Actors = [.. pair, .. draft.Actors] };
                    }

                    draft = WithMover(draft, ref mover);
                    var speech = EventPlaces.IsSpeech(draft.Type);
                    // "there", "the protests" with no place; but a movement told only by where it set out from goes somewhere
                    // the text does not say ("France will send paratroopers from its base in Abidjan" is no deployment in France)
                    var setOut = EventPlaces.IsMovement(draft.Type) && draft.Origin is not null;
                    // "in the capital", "across the city": the place the sentence refers back to, where the article names it
                    var place = draft.Place ?? (setOut ? null : AnaphoricPlaces.Find(document.Text, sentence, places, _capitals, (lastPlace ?? mainCountry)?.Choice?.Country, header))
                        ?? (speech || setOut ? null : lastPlace ?? mainCountry);
                    if (EventDates.Ahead(draft, sentence, passageFacts.Dates, published) is var ahead && ahead != draft.When)
                    {
                        draft = draft with { When = ahead }; // (most drafts keep their date: no copy for them)
                    }

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
        DomesticInstitutions.Attribute(events, groupRoles, actors);
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
            if (within.Contains(a.Span) && roles.GetValueOrDefault(a.Id) is "military" or "external_forces" or "police" or "armed_group"
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

    /// <summary>An opening that refers back to a reported happening: "Following the protests,", "Amid the deadly clashes,".</summary>
    [GeneratedRegex(@"\G\s*(?:Following|After|Amid|During|In\s+the\s+wake\s+of)\s+the\s+(?:[a-z]+\s+){0,2}[a-z]+\s*,")]
    private static partial Regex Anchor();

    /// <summary>The words before a happening mentioned in passing: "following weeks of largely peaceful ", "amid the ", "amid ", "since the group's short-lived " ("after", "since", "around" and "during" only with "the", "its", "their" or "days of": "after clashes" may be news; "died in violence around the protests").</summary>
    [GeneratedRegex(@"\b(?:(?:[Ff]ollowing|[Aa]mid|[Aa]midst|[Dd]espite)\s+(?:(?:the|days\s+of|weeks\s+of|months\s+of|years\s+of)\s+)?|(?:[Aa]fter|[Ss]ince|[Aa]round|[Dd]uring|[Ii]n\s+the\s+wake\s+of)\s+(?:the|its|their|days\s+of|weeks\s+of|months\s+of|years\s+of)\s+)", RegexOptions.CultureInvariant)]
    private static partial Regex Reference();

    /// <summary>The words <see cref="Reference"/> starts with: a vectorised search skips the regex in most sentences.</summary>
    private static readonly SearchValues<string> ReferenceWords = SearchValues.Create(["following ", "after ", "since ", "around ", "during ", "amid", "despite ", "wake of "], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether "he" or "she" is the subject of the trigger: the sentence's first word ("She, however, insisted…", "But he
    /// said…") or the word right before it ("…,” he said", "she also met"); a person referred to, not named. A pronoun
    /// inside a clause ("said a resident, who said she was looking for supplies") may be anybody the clause names.
    /// </summary>
    private static bool SingularPronounSubject(string text, TextSpan sentence, TextSpan trigger) =>
        trigger.Start > sentence.Start && trigger.Start <= sentence.End
        && SingularPronoun().IsMatch(text.AsSpan(sentence.Start, trigger.Start - sentence.Start));

    [GeneratedRegex(@"^\W*(?:(?:But|And|Yet|However|Meanwhile|Later),?\s+(?:he|she)|He|She)\b|\b(?:he|she)\s+(?:(?:also|then|later|\w+ly)\s+)?$")]
    private static partial Regex SingularPronoun();

    /// <summary>Every mention of a state, in text order.</summary>
    private static List<(string Id, int Start)> CountryMentions(IReadOnlyList<Actor> actors) =>
        actors.Where(a => a.Kind == ActorKind.Country).SelectMany(a => a.Mentions.Select(m => (a.Id, m.Start))).OrderBy(p => p.Start).ToList();

    private static bool IsCountry(string id) => id.StartsWith("country:", StringComparison.Ordinal);

    /// <summary>Every mention of a person, in text order.</summary>
    private static List<(string Id, int Start)> PersonMentions(IReadOnlyList<Actor> actors) =>
        actors.Where(a => a.Kind == ActorKind.Person).SelectMany(a => a.Mentions.Select(m => (a.Id, m.Start))).OrderBy(p => p.Start).ToList();

    /// <summary>The person whose mention starts last before <paramref name="at"/>, if any (<paramref name="people"/> in text order).</summary>
    private static string? LastBefore(List<(string Id, int Start)> people, int at)
    {
        var lo = 0;
        var hi = people.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (people[mid].Start < at)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo == 0 ? null : people[lo - 1].Id;
    }

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
        ["will", "would", "plan", "intend", "is to", "are to", "expected to", "set to", "scheduled to", "could", "may", "might", "ready", "readies",
         "prepar", "pledg", "promis", "vow", "decid", "agree", "vot", "order", "instruct", "authori", "direct"], StringComparison.OrdinalIgnoreCase);

    /// <summary>A modal, a word of planning, a decision or an order to act ("voted to send", "agreed to send", "ordered troops to shoot", "is scheduled to leave") before a trigger; "may" only in lower case ("Theresa May has blamed…", "in May").</summary>
    [GeneratedRegex(@"\b(will|would|plans? to|planned to|planning to|intends? to|is to|are to|expected to|set to|scheduled to|could|(?-i:may)|might|ready to|readies|readying|prepar\w+ to|pledg\w* to|promis\w* to|vow\w* to|decid\w* to|agree[sd]? to|vot\w* to|(?:order|instruct|authori[sz]|direct)\w*\s+(?:\w+\s+){1,3}to)\b[^.]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Future();
}
