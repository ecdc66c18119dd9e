using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Dashboard.Core.Documents;
using Dashboard.Core.Events;
using Dashboard.Core.Geography;
using Dashboard.Core.Places;
using Dashboard.Core.Text;
using Dashboard.Extraction.Dates;
using Dashboard.Extraction.Lexicons;
using Dashboard.Extraction.Quantities;
using Dashboard.Extraction.Recognise;
using Dashboard.Geo.Gazetteer;

namespace Dashboard.Extraction.Actors;

/// <summary>
/// Stage: who acts. Countries come from the place stage (adjectives, metonyms, capitals and seats of government named
/// as actors); organisations and news agencies from their lexicons and the gazetteer's alliances; people from a title
/// before a name ("Brazilian Foreign Minister Ana Souza": role, affiliation), later "Ms Souza" and "the Chinese foreign
/// minister" being the same person; groups from collective nouns, affiliated by an adjective ("French troops"). A
/// description such as "a Washington-led alliance" is a mention of the one organisation of the article that the
/// leading country belongs to.
/// </summary>
public sealed partial class ActorRecognizer
{
    /// <summary>The roles "the French …" names one person by, each with its words split once.</summary>
    private static readonly (string Words, string[] Parts)[] LeaderWords =
        [.. new[] { "leader", "president", "premier", "prime minister", "head of state", "foreign minister", "defence minister", "defense minister" }
            .Select(w => (w, w.Split(' ')))];

    private readonly GeoGazetteer _gazetteer;
    private readonly LexiconSet _lexicons;
    private readonly Dictionary<string, (string Id, string Name, ActorKind Kind, string? Country)> _named;

    /// <summary>Every name of <see cref="_named"/> and its first token: a word outside this set begins no organisation's name.</summary>
    private readonly FrozenSet<string> _namedStarts;
    private readonly Dictionary<string, HashSet<string>> _members;

    /// <summary>Curated groupings of states by their place id ("region:curated-european-union"): the actor a metonymic mention stands for.</summary>
    private readonly FrozenDictionary<string, (string Id, string Name)> _groupings;
    private readonly Dictionary<string, string> _organisationKinds = new(StringComparer.Ordinal);

    public ActorRecognizer(GeoGazetteer gazetteer, LexiconSet lexicons)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        ArgumentNullException.ThrowIfNull(lexicons);
        _gazetteer = gazetteer;
        _lexicons = lexicons;
        _named = BuildNamedActors(gazetteer, lexicons);
        _namedStarts = _named.Keys.SelectMany(k => new[] { k, Tokenizer.FirstToken(k) }).ToFrozenSet(StringComparer.Ordinal);
        _groupings = gazetteer.Regions.Where(r => r.Kind == "grouping")
            .ToFrozenDictionary(r => $"region:{r.Id}", r => (Id: $"org:{ActorSlug.Of(r.Name)}", r.Name), StringComparer.Ordinal);
        foreach (var (id, _) in _groupings.Values)
        {
            _organisationKinds.TryAdd(id, "international");
        }

        _members = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var region in gazetteer.Regions.Where(r => r.IsOrganisation))
        {
            var id = $"org:{ActorSlug.Of(region.Name)}";
            _members.TryAdd(id, region.Members.ToHashSet(StringComparer.Ordinal));
            _organisationKinds.TryAdd(id, "international");
        }

        // An organisation's kind (international, ngo, armed_group, political, company, other) is its role: events use
        // it (a party can hold a protest; an alliance cannot).
        foreach (var organisation in lexicons.Actors.Organisations)
        {
            _organisationKinds.TryAdd($"org:{ActorSlug.Of(organisation.Name)}", organisation.Kind);
        }
    }

    public IReadOnlyList<Actor> Recognise(PreparedDocument document, IReadOnlyList<ResolvedPlace> places)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(places);
        var actors = new ActorBuilder();
        AddCountries(places, actors);
        var countries = new Dictionary<TextSpan, string>();
        foreach (var place in places)
        {
            if (place.Choice is { Country: { } iso2, Kind: PlaceKind.Country })
            {
                countries.TryAdd(place.Mention.Span, iso2);
            }
        }

        // Each passage's rules see only the places inside it (a mention never crosses passages): asking whether a word
        // overlaps a place then costs the passage's places, not the document's.
        var placeSpans = new Dictionary<string, List<TextSpan>>(StringComparer.Ordinal);
        foreach (var place in places)
        {
            (placeSpans.TryGetValue(place.Mention.PassageId, out var spans) ? spans : placeSpans[place.Mention.PassageId] = []).Add(place.Mention.Span);
        }

        var antecedents = new Antecedents();
        foreach (var passage in document.Passages.Where(p => p.Kind is not PassageKind.Boilerplate))
        {
            new PassageActors(this, document.Text, PassageTokens.Names(document, passage, _lexicons), countries, placeSpans.GetValueOrDefault(passage.Id) ?? [], actors, antecedents).Run();
        }

        LinkLedDescriptions(document, places, actors);
        return actors.Build();
    }

    /// <summary>
    /// "a Washington-led alliance", "a Beijing-led grouping": a mention of the article's alliance (from the
    /// gazetteer's organisations with members) that has the leading country as a member, when exactly one has. Ad hoc
    /// coalitions, missions and forces ("the US-led coalition") are left alone: they are rarely a named body.
    /// </summary>
    private void LinkLedDescriptions(PreparedDocument document, IReadOnlyList<ResolvedPlace> places, ActorBuilder actors)
    {
        var text = document.Text;
        // Only the few stretches around "-led " are matched (most articles have none).
        for (var at = text.IndexOf("-led ", StringComparison.Ordinal); at >= 0; at = text.IndexOf("-led ", at + 5, StringComparison.Ordinal))
        {
            var from = Math.Max(0, at - 40);
            while (from > 0 && char.IsLetterOrDigit(text[from - 1]))
            {
                from--;
            }
            var m = LedDescription().Match(text, from, Math.Min(text.Length, at + 60) - from);
            if (!m.Success)
            {
                continue;
            }

            var leader = m.Groups["leader"];
            var country = places.Where(p => p.Mention.Span.Start >= leader.Index && p.Mention.Span.End <= leader.Index + leader.Length)
                .Select(ActingCountry).FirstOrDefault(c => c is not null);
            if (country is null || document.PassageAt(m.Index) is not { Kind: not PassageKind.Boilerplate })
            {
                continue;
            }

            var candidates = actors.Organisations.Where(id => _members.TryGetValue(id, out var members) && members.Contains(country.Iso2)).Take(2).ToList();
            if (candidates.Count == 1)
            {
                actors.Add(candidates[0], actors.NameOf(candidates[0]), ActorKind.Organisation, null, null, TextSpan.FromLength(m.Index, m.Length));
            }
        }
    }

    /// <summary>A weekday or month name, which given-names.txt also lists ("Tuesday", "June"): a date, not a person.</summary>
    [GeneratedRegex("^(?:" + CalendarWords.WeekdayPattern + "|" + CalendarWords.MonthPattern + ")$", RegexOptions.CultureInvariant)]
    private static partial Regex CalendarName();

    [GeneratedRegex(@"\b(?:a|an|the)\s+(?<leader>[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?)-led\s+(?:[a-z]+\s+){0,2}?(?:bloc|alliance|organisation|organization|grouping|pact|union)\b", RegexOptions.CultureInvariant)]
    private static partial Regex LedDescription();

    private void AddCountries(IReadOnlyList<ResolvedPlace> places, ActorBuilder actors)
    {
        foreach (var place in places)
        {
            if (place.Mention.Literal && place.Mention.Cue != MentionCue.Demonym || place.Mention.Cue == MentionCue.Embedded)
            {
                continue; // a place where something happens, or part of an outlet's or a company's name ("Washington Post"), not someone acting
            }

            if (ActingCountry(place) is { } country)
            {
                actors.Add($"country:{country.Iso2}", country.Name, ActorKind.Country, country.Iso2, null, place.Mention.Span);
            }
            else if (place.Mention.Cue == MentionCue.Metonymy && place.Choice is { Kind: PlaceKind.Region } choice
                && _groupings.TryGetValue(choice.Id, out var grouping))
            {
                // "The EU will deploy monitors", "the EU imposed sanctions": a union of states named as acting acts as one
                actors.Add(grouping.Id, grouping.Name, ActorKind.Organisation, null, "international", place.Mention.Span);
            }
        }
    }

    /// <summary>The country a non-literal mention stands for: the country itself, its capital, or its seat of government.</summary>
    private Country? ActingCountry(ResolvedPlace place)
    {
        if (place.Choice is not { Country: { } iso2 } choice || place.Mention.Cue is MentionCue.Language)
        {
            return null;
        }

        var country = _gazetteer.CountryByIso2(iso2);
        return choice.Kind switch
        {
            PlaceKind.Country => country,
            PlaceKind.Landmark when choice.Id.StartsWith("feature:", StringComparison.Ordinal) => country, // "the Elysée"
            PlaceKind.City or PlaceKind.Admin when country is not null && country.Capitals.Contains(choice.Name, StringComparer.OrdinalIgnoreCase) => country, // "Tokyo urged"; "Minsk denied" read as the region of that name
            _ => null,
        };
    }

    private static Dictionary<string, (string Id, string Name, ActorKind Kind, string? Country)> BuildNamedActors(GeoGazetteer gazetteer, LexiconSet lexicons)
    {
        var named = new Dictionary<string, (string, string, ActorKind, string?)>(StringComparer.Ordinal);
        foreach (var region in gazetteer.Regions.Where(r => r.IsOrganisation))
        {
            var id = $"org:{ActorSlug.Of(region.Name)}";
            foreach (var name in region.Aliases.Prepend(region.Name))
            {
                named.TryAdd(name, (id, region.Name, ActorKind.Organisation, null));
            }
        }

        foreach (var organisation in lexicons.Actors.Organisations)
        {
            var id = $"org:{ActorSlug.Of(organisation.Name)}";
            foreach (var name in organisation.Aliases.Prepend(organisation.Name))
            {
                named.TryAdd(name, (id, organisation.Name, ActorKind.Organisation, organisation.Country));
            }
        }

        foreach (var (name, country) in lexicons.Actors.Agencies)
        {
            named.TryAdd(name, ($"agency:{ActorSlug.Of(name)}", name, ActorKind.Agency, country == "-" ? null : country));
        }

        return named;
    }

    /// <summary>The scan of one passage for named actors, people and groups.</summary>
    private sealed class PassageActors(ActorRecognizer owner, string text, NameSpans names, Dictionary<TextSpan, string> countries, List<TextSpan> placeSpans,
        ActorBuilder actors, Antecedents antecedents)
    {
        private const int MaxNameTokens = 6;
        private readonly LexiconSet _lex = owner._lexicons;
        private readonly NameSpans _names = names;
        private readonly List<Token> tokens = names.Tokens;

        // Lookups by span of the text: this scan visits every token of every passage, so it must not allocate per token.
        private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _givenNames = owner._lexicons.GivenNames.GetAlternateLookup<ReadOnlySpan<char>>();
        private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _commonWords = owner._lexicons.CommonWords.GetAlternateLookup<ReadOnlySpan<char>>();
        private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _groups = owner._lexicons.Actors.Groups.GetAlternateLookup<ReadOnlySpan<char>>();
        private readonly FrozenDictionary<string, (string Type, string Status)>.AlternateLookup<ReadOnlySpan<char>> _triggers = owner._lexicons.Actors.Triggers.GetAlternateLookup<ReadOnlySpan<char>>();
        private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _descriptions = owner._lexicons.Actors.Descriptions.GetAlternateLookup<ReadOnlySpan<char>>();
        private readonly Dictionary<string, (string Id, string Name, ActorKind Kind, string? Country)>.AlternateLookup<ReadOnlySpan<char>> _named =
            owner._named.GetAlternateLookup<ReadOnlySpan<char>>();

        private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _namedStarts = owner._namedStarts.GetAlternateLookup<ReadOnlySpan<char>>();

        public void Run()
        {
            for (var i = 0; i < tokens.Count; i++)
            {
                if (!tokens[i].IsWord)
                {
                    continue;
                }

                if (!tokens[i].Capitalised)
                {
                    // (names, given names, described names and surnames start with a capital: a lower-case word is asked only the rest)
                    ReferBack(i);
                    i = TryPerson(i) ?? TryLeader(i) ?? TryGroup(i) ?? i;
                    continue;
                }

                i = TryNamed(i) ?? TryPerson(i) ?? TryLeader(i) ?? TryGroup(i) ?? TryGivenName(i) ?? TryInitialledName(i) ?? TryDescribedName(i) ?? TrySurname(i) ?? i;
            }
        }

        /// <summary>An organisation or agency by one of its names ("NATO", "North Atlantic Treaty Organization").</summary>
        private int? TryNamed(int i)
        {
            if (!tokens[i].Capitalised || !_namedStarts.Contains(WordSpan(i)))
            {
                return null;
            }

            for (var n = Math.Min(MaxNameTokens, tokens.Count - i); n >= 1; n--)
            {
                if (tokens[i + n - 1].IsWord && _named.TryGetValue(SliceSpan(i, i + n), out var actor))
                {
                    var kind = owner._organisationKinds.GetValueOrDefault(actor.Id);
                    actors.Add(actor.Id, actor.Name, actor.Kind, actor.Country, kind, Span(i, i + n));
                    if (actor.Kind == ActorKind.Organisation)
                    {
                        antecedents.Organisation(actor.Id, owner._members.ContainsKey(actor.Id), kind, tokens[i + n - 1].End);
                    }

                    return i + n - 1;
                }
            }

            return null;
        }

        /// <summary>"[Russian] President Jean Dupont", "Mr Dupont", "foreign ministry spokesman Li Wei".</summary>
        private int? TryPerson(int i)
        {
            var title = TitleAt(i);
            if (title == 0)
            {
                return null;
            }

            var nameStart = _names.AfterTitle(i, title); // "Mr. Dupont", "Gen. Smith"; after "the Secretary General." a new sentence begins

            var nameEnd = nameStart;
            var initials = 0; // tokens of middle initials ("W" and its full stop), which do not count against the name's length
            while (nameEnd < tokens.Count && nameEnd - nameStart - initials < 5
                && (IsNamePart(nameEnd) || (nameEnd > nameStart && InitialAt(nameEnd)) || (nameEnd == nameStart && IsTitledGivenName(nameEnd))))
            {
                // "President George W. Bush": past the initial and its full stop
                (nameEnd, initials) = nameEnd > nameStart && InitialAt(nameEnd) ? (nameEnd + 2, initials + 2) : (nameEnd + 1, initials);
            }

            if (nameEnd == nameStart || !tokens[nameEnd - 1].IsWord
                || nameEnd < tokens.Count && tokens[nameEnd].IsWord && _names.IsTitleWord(nameEnd) && tokens[nameEnd].Start - tokens[nameEnd - 1].End <= 1
                || _names.Is(nameEnd - 1, WordClass.OrganisationHead))
            {
                // "Deputy National Publicity Secretary": one long title, no name; "the Justice Department": an organisation
                return null;
            }

            var role = Slice(i, i + title).TrimEnd('.');
            var name = Slice(nameStart, nameEnd);
            var honorific = role is "Mr" or "Mrs" or "Ms" or "Miss" or "Dr" or "Mx";
            var known = FindPerson(name);
            if (known is not null)
            {
                actors.Add(known, actors.NameOf(known), ActorKind.Person, null, null, Span(nameStart, nameEnd));
            }
            else if (!honorific || nameEnd - nameStart >= 2)
            {
                var affiliation = AffiliationBefore(i);
                actors.Add($"person:{ActorSlug.Of(name)}", name, ActorKind.Person, affiliation, honorific ? null : role, Span(nameStart, nameEnd));
            }

            return nameEnd - 1;
        }

        /// <summary>How many capitalised words may follow a given name in a person's name ("Ricardo Anaya", "Gino D. Bassett").</summary>
        private const int MaxSurnameTokens = 3;

        /// <summary>
        /// "Ricardo Anaya", "Isa Sadygov": a given name (given-names.txt) and one to three capitalised words, with no
        /// title before it, is a person, unless it is a place the geoparser found or ends in an organisation's or a
        /// place's head word ("George Washington University", "Victoria Station"). A given name that is also a common
        /// word at the start of a sentence ("Will Chad…", "May Day") is not taken.
        /// </summary>
        private int? TryGivenName(int i)
        {
            var t = tokens[i];
            if (!t.Capitalised || t.End - t.Start < 2 || !_givenNames.Contains(WordSpan(i)) || _names.IsTitleWord(i)
                || (t.SentenceStart && _commonWords.Contains(WordSpan(i))) || CalendarName().IsMatch(WordSpan(i)))
            {
                return null;
            }

            var end = i + 1;
            while (end < tokens.Count && end - i <= MaxSurnameTokens && IsNamePart(end) && tokens[end].IsWord && tokens[end].Start - tokens[end - 1].End <= 1
                && !_names.Is(end, WordClass.OrganisationHead | WordClass.PlaceHead))
            {
                end++;
            }

            if (end == i + 1 || tokens[end - 1].End - tokens[end - 1].Start < 2 || end < tokens.Count && tokens[end].IsWord && tokens[end].Capitalised && tokens[end].Start - tokens[end - 1].End <= 1)
            {
                return null; // a given name alone, or a longer capitalised run (an organisation, a title of a work)
            }

            var span = Span(i, end);
            if (placeSpans.Exists(span.Overlaps))
            {
                return null;
            }

            var name = Slice(i, end);
            var id = $"person:{ActorSlug.Of(name)}";
            actors.Add(id, actors.Contains(id) ? actors.NameOf(id) : name, ActorKind.Person, null, null, span);
            return end - 1;
        }

        /// <summary>
        /// "George W. Bush", "Paris M. Jones", "Cleve R. Wootson Jr.": a capitalised word, a middle initial and a
        /// capitalised surname are a person, whether or not the first name is in given-names.txt (a first word that is a
        /// function word, a title or a country's adjective, or a common word opening a sentence, is not taken).
        /// </summary>
        private int? TryInitialledName(int i)
        {
            var t = tokens[i];
            if (!t.Capitalised || t.End - t.Start < 2 || !InitialAt(i + 1)
                || _names.Is(i, WordClass.Stopword | WordClass.Title) || t.SentenceStart && _commonWords.Contains(WordSpan(i))
                || owner._gazetteer.CountryByDemonym(WordSpan(i)) is not null)
            {
                return null;
            }

            var end = i + 3;
            while (end < tokens.Count && end - i < 3 + MaxSurnameTokens && IsNamePart(end) && tokens[end].IsWord && tokens[end].Start - tokens[end - 1].End == 1)
            {
                end++;
            }

            var span = Span(i, end);
            if (tokens[end - 1].End - tokens[end - 1].Start < 2 || placeSpans.Exists(span.Overlaps))
            {
                return null;
            }

            var name = Slice(i, end);
            var id = $"person:{ActorSlug.Of(name)}";
            actors.Add(id, actors.Contains(id) ? actors.NameOf(id) : name, ActorKind.Person, null, null, span);
            return end - 1;
        }

        /// <summary>A middle initial (<see cref="NameSpans.MiddleInitialAt"/>) before a part of a name ("W. Bush", not "B. Then").</summary>
        private bool InitialAt(int j) => _names.MiddleInitialAt(j) && IsNamePart(j + 2);

        /// <summary>
        /// "Leyla Mammadli, a columnist", "Tural Aliyev, who was…", "blogger Anar Guliyev": two or three capitalised words
        /// that are no English words (common-words.txt), no title, country adjective or head of an organisation's or a
        /// place's name, and no place the geoparser found, are a person where the text describes them as one: an
        /// apposition or relative clause after them (", a …", ", the … of", ", who", an age ", 38,") or a person's group
        /// noun before them ("journalist", "activist": the singular of a group of actor-groups.txt), with no article
        /// before them ("the Kanal Zorba, a newspaper" is a thing). A given name from
        /// outside given-names.txt is then recognised without a list of the world's names.
        /// </summary>
        private int? TryDescribedName(int i)
        {
            // Cheap token tests first: this runs on every capitalised word the other rules leave.
            if (i + 1 >= tokens.Count || !tokens[i].Capitalised || !tokens[i + 1].IsWord || !tokens[i + 1].Capitalised || tokens[i + 1].Start - tokens[i].End != 1
                || i > 0 && tokens[i - 1].IsWord && tokens[i - 1].Capitalised && !tokens[i - 1].SentenceStart && tokens[i].Start - tokens[i - 1].End <= 1
                || !IsForeignNamePart(i))
            {
                return null;
            }

            var end = i + 1;
            while (end < tokens.Count && end - i < MaxSurnameTokens && tokens[end].Start - tokens[end - 1].End == 1 && IsForeignNamePart(end))
            {
                end++;
            }

            if (end == i + 1 || end < tokens.Count && tokens[end].IsWord && tokens[end].Capitalised && tokens[end].Start - tokens[end - 1].End <= 1)
            {
                return null; // one word alone, or a longer capitalised run (an organisation, a title of a work)
            }

            var span = Span(i, end);
            if (placeSpans.Exists(span.Overlaps) || i > 0 && Word(i - 1) is "the" or "The" or "a" or "A" or "an" or "An"
                || !DescribedAfter(end) && !PersonNounBefore(i))
            {
                return null;
            }

            var name = Slice(i, end);
            var id = $"person:{ActorSlug.Of(name)}";
            actors.Add(id, actors.Contains(id) ? actors.NameOf(id) : name, ActorKind.Person, null, null, span);
            return end - 1;
        }

        /// <summary>A capitalised word of at least two letters that is no English word, title, stopword, country adjective or name head.</summary>
        private bool IsForeignNamePart(int j)
        {
            var t = tokens[j];
            if (!t.IsWord || !t.Capitalised || t.End - t.Start < 2 || _names.Is(j, WordClass.Stopword))
            {
                return false;
            }

            var word = WordSpan(j);
            foreach (var c in word)
            {
                if (!char.IsLetter(c))
                {
                    return false;
                }
            }

            return !_commonWords.Contains(word) && !_names.Is(j, WordClass.Title | WordClass.OrganisationHead | WordClass.PlaceHead)
                && owner._gazetteer.CountryByDemonym(word) is null;
        }

        /// <summary>", who", ", a columnist", ", the chair of", ", 38,": the text goes on to describe a person.</summary>
        private bool DescribedAfter(int end)
        {
            if (end + 2 >= tokens.Count || text[tokens[end].Start] != ',' || tokens[end].Start != tokens[end - 1].End)
            {
                return false;
            }

            var next = Word(end + 1);
            if (next is "who")
            {
                return true;
            }

            if (next.Length > 0 && next.All(char.IsAsciiDigit) && end + 2 < tokens.Count && text[tokens[end + 2].Start] == ',')
            {
                return true; // an age
            }

            if (next is "a" or "an" or "the" && tokens[end + 2].IsWord && !tokens[end + 2].Capitalised
                && (next != "the" || end + 4 < tokens.Count && Word(end + 3) == "of" || end + 5 < tokens.Count && Word(end + 4) == "of"))
            {
                return true;
            }

            // ", the NDP leader,", ", the party's deputy chairman": a role in lower case, after what it is the role in
            for (var k = end + 2; next is "the" && k < tokens.Count && k <= end + RoleReach; k++)
            {
                if (!tokens[k].IsWord && text[tokens[k].Start] != '\'' && text[tokens[k].Start] != '\u2019')
                {
                    return false;
                }

                if (tokens[k].IsWord && !tokens[k].Capitalised && _names.TitleLength(k, tokens.Count) > 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>How many tokens after ", the" a lower-case role may stand (", the party's deputy chairman").</summary>
        private const int RoleReach = 6;

        /// <summary>"journalist Leyla Mammadli", "activist Anar Guliyev": a lower-case noun whose plural names a group of people.</summary>
        private bool PersonNounBefore(int i)
        {
            if (i == 0 || !tokens[i - 1].IsWord || tokens[i - 1].Capitalised)
            {
                return false;
            }

            var noun = Word(i - 1);
            return noun.Length > 3 && _groups.ContainsKey(noun + "s");
        }

        /// <summary>
        /// "Anaya said…" after "Ricardo Anaya": a capitalised word alone that is the surname of exactly one person the
        /// document has already named in full is that person (not when it is part of a longer capitalised name, or a place).
        /// So is the first name of a person named with a title where it is no given name of given-names.txt: names whose
        /// first part is the one used ("Mahathir said…" after "former Prime Minister Mahathir Mohamad"); a listed given
        /// name alone ("Charlie") stays unresolved.
        /// </summary>
        private int? TrySurname(int i)
        {
            var t = tokens[i];
            if (!t.Capitalised || t.End - t.Start < 3 || !actors.HasPeople || _names.IsTitleWord(i) || _names.Is(i, WordClass.Stopword)
                || (i + 1 < tokens.Count && tokens[i + 1].IsWord && tokens[i + 1].Capitalised && tokens[i + 1].Start - t.End <= 1)
                || (i > 0 && tokens[i - 1].IsWord && tokens[i - 1].Capitalised && !tokens[i - 1].SentenceStart && t.Start - tokens[i - 1].End <= 1))
            {
                return null;
            }

            var surname = WordSpan(i);
            string? match = null;
            var people = actors.PersonIds;
            for (var k = 0; k < people.Count; k++) // indexed: no enumerator per capitalised word
            {
                var id = people[k];
                var full = actors.NameOf(id).AsSpan();
                if (full.Length > surname.Length && full.EndsWith(surname, StringComparison.Ordinal) && full[^(surname.Length + 1)] is ' ' or '-'
                    || full.Length > surname.Length && full.StartsWith(surname, StringComparison.Ordinal) && full[surname.Length] == ' '
                        && actors.RoleOf(id) is not null && !_givenNames.Contains(surname))
                {
                    if (match is not null && match != id)
                    {
                        return null; // two people share the surname: no guess
                    }

                    match = id;
                }
            }

            var span = Span(i, i + 1);
            if (match is null || placeSpans.Exists(span.Overlaps))
            {
                return null;
            }

            actors.Add(match, actors.NameOf(match), ActorKind.Person, null, null, span);
            return i;
        }

        /// <summary>"the French leader": a role with an affiliation names the one person of that country with such a role.</summary>
        private int? TryLeader(int i)
        {
            // (the rest in its own method: its lambdas would otherwise allocate a closure on every word of every passage)
            return !(WordSpan(i) is "the" or "The") || i + 2 >= tokens.Count || Country(i + 1) is not { } country ? null : LeaderAfter(i, country);
        }

        /// <summary>The leader "the French leader", "the Malian foreign minister" names, after "the" and a country at <paramref name="i"/>.</summary>
        private int? LeaderAfter(int i, string country)
        {
            foreach (var (words, parts) in LeaderWords)
            {
                if (i + 1 + parts.Length >= tokens.Count || !WordsAre(i + 2, parts))
                {
                    continue;
                }

                var candidates = actors.People.Where(p => p.Country == country && p.Role is { } role
                    && (words == "leader" ? role.Contains("President", StringComparison.OrdinalIgnoreCase) || role.Contains("Prime Minister", StringComparison.OrdinalIgnoreCase)
                        : role.Contains(words, StringComparison.OrdinalIgnoreCase))).ToList();
                if (candidates.Count == 1)
                {
                    var end = i + 2 + parts.Length;
                    actors.Add(candidates[0].Id, actors.NameOf(candidates[0].Id), ActorKind.Person, null, null, Span(i, end));
                    return end - 1;
                }
            }

            return null;
        }

        /// <summary>Whether the words from token <paramref name="from"/> on are <paramref name="parts"/> (case-insensitive).</summary>
        private bool WordsAre(int from, string[] parts)
        {
            for (var k = 0; k < parts.Length; k++)
            {
                if (!WordSpan(from + k).Equals(parts[k], StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>"protesters", "French troops", "Kenyan security forces".</summary>
        private int? TryGroup(int i)
        {
            var n = i + 1 < tokens.Count && tokens[i + 1].IsWord && _names.Is(i, WordClass.PhraseStart) && IsGroupPair(i) ? 2 : 1;
            if (n == 2 && i + 2 < tokens.Count && tokens[i + 2].IsWord && tokens[i + 2].Start == tokens[i + 1].End + 1 && _groups.ContainsKey(SliceSpan(i, i + 3)))
            {
                n = 3; // "law enforcement officers"
            }
            if (n == 1 && !_names.Is(i, WordClass.Group))
            {
                return Crowd(i);
            }

            var noun = Slice(i, i + n).ToLowerInvariant();
            // "French troops", "Mali's military": the country word right before, or before a possessive
            var start = i - 1;
            var country = i > 0 ? Country(i - 1) : null;
            if (country is null && i > 0 && Possessor(i - 1) is var p and >= 0 && Country(p) is { } possessor)
            {
                (country, start) = (possessor, p);
            }

            var kind = owner._lexicons.Actors.Groups.GetValueOrDefault(noun);
            if (kind == "none")
            {
                return i + n - 1; // "posted on social media": no actor
            }

            var referred = false;
            if (country is null && Referring(i) && kind is "military" or "external_forces" or "police" or "armed_group" && antecedents.MarkedCountry(noun, tokens[i].Start) is { } marked)
            {
                // "the troops" after "Russian troops": the same country's troops
                (country, start, referred) = (marked, i, true);
            }

            var name = country is null ? noun : $"{noun} ({owner._gazetteer.CountryByIso2(country)?.Name ?? country})";
            var id = country is null ? $"group:{ActorSlug.Of(noun)}" : $"group:{ActorSlug.Of(noun)}:{country}";
            // The group's kind from the lexicon (civilians, military, police…) is its role: events use it ("flights to
            // transport citizens" is an evacuation).
            actors.Add(id, name, ActorKind.Group, country, kind, Span(country is null ? i : start, i + n));
            if (country is not null && kind is "military" or "external_forces" or "police" or "armed_group")
            {
                antecedents.Marked(noun, country, kind is "military" or "external_forces", tokens[i + n - 1].End);
                if (referred)
                {
                    AddCountry(country, Span(i, i + n));
                }
            }

            return i + n - 1;
        }

        /// <summary>
        /// People counted or named plainly right before a protest verb are protesters: "around 300 people protested",
        /// "Hundreds rallied outside the embassy" (ACLED's Protesters; the group is named by the word that counts them).
        /// The words are those of <see cref="WordClass.Crowd"/>.
        /// </summary>
        private int? Crowd(int i)
        {
            if (!_names.Is(i, WordClass.Crowd) || i + 1 >= tokens.Count || !tokens[i + 1].IsWord
                || !_triggers.TryGetValue(WordSpan(i + 1), out var trigger) || trigger.Type != "protest")
            {
                return null;
            }

            actors.Add("group:protesters", "protesters", ActorKind.Group, null, "protesters", Span(i, i + 1));
            return i;
        }

        /// <summary>
        /// A definite description that refers back to an actor named before (<see cref="Antecedents"/>): "the alliance"
        /// (referring-descriptions.txt), "the helicopters" after "Belarusian military helicopters"; and what marks an
        /// antecedent for later: "Mali's junta", "two Russian helicopters". The description becomes a mention of that
        /// actor; the scan goes on at the same word, so that a group noun ("the rebels") is still a group.
        /// </summary>
        private void ReferBack(int i)
        {
            var word = WordSpan(i);
            if (!_names.Is(i, WordClass.ReferringStart))
            {
                return; // (most words: one look-up)
            }

            if (_names.Is(i, WordClass.Hardware))
            {
                if (Referring(i))
                {
                    if (antecedents.MarkedCountry(word, tokens[i].Start) is { } iso2)
                    {
                        AddCountry(iso2, Span(i, i + 1));
                    }
                }
                else if (CountryBefore(i) is { } iso2)
                {
                    antecedents.Marked(Word(i), iso2, military: false, tokens[i].End);
                }

                return;
            }

            var n = i + 1 < tokens.Count && tokens[i + 1].IsWord && tokens[i + 1].Start == tokens[i].End + 1 && text[tokens[i].End] == ' '
                && _descriptions.ContainsKey(SliceSpan(i, i + 2)) ? 2 : 1;
            if (!_descriptions.TryGetValue(n == 2 ? SliceSpan(i, i + 2) : word, out var kind))
            {
                return;
            }

            var end = tokens[i + n - 1].End;
            if (!Referring(i))
            {
                if (i > 0 && WordSpan(i - 1) is "a" or "A" or "an" or "An" or "another" or "Another")
                {
                    antecedents.Introduced(kind); // "a group of tourists": "the group" is now them
                }
                else if (kind == "state" && CountryBefore(i) is { } ruled)
                {
                    // "Mali's junta", "the Malian military government": the state acting, and what "the junta" refers to later
                    AddCountry(ruled, Span(i, i + n));
                    antecedents.State(ruled, end);
                }

                return;
            }

            if (kind == "state")
            {
                if (antecedents.StateFor(tokens[i].Start) is { } iso2)
                {
                    AddCountry(iso2, Span(i, i + n));
                    antecedents.State(iso2, end);
                }
            }
            else if (antecedents.OrganisationFor(kind, tokens[i].Start) is { } id)
            {
                var organisationKind = owner._organisationKinds.GetValueOrDefault(id);
                actors.Add(id, actors.NameOf(id), ActorKind.Organisation, null, organisationKind, Span(i, i + n));
                antecedents.Organisation(id, owner._members.ContainsKey(id), organisationKind, end);
            }
        }

        /// <summary>"the" right before the word, or before a number and the word ("the two helicopters").</summary>
        private bool Referring(int i) =>
            i > 0 && WordSpan(i - 1) is "the" or "The"
            || i > 1 && WordSpan(i - 2) is "the" or "The" && tokens[i - 1].IsWord && (IsDigits(WordSpan(i - 1)) || NumberWords.Units.ContainsKey(Word(i - 1)));

        private static bool IsDigits(ReadOnlySpan<char> word) => word.Length > 0 && !word.ContainsAnyExcept(Digits);

        private static readonly System.Buffers.SearchValues<char> Digits = System.Buffers.SearchValues.Create("0123456789,");

        /// <summary>The word before a possessive whose "s" is at <paramref name="j"/> ("Mali" of "Mali's": the tokenizer cuts "Mali", "'", "s"), or -1.</summary>
        private int Possessor(int j) =>
            j >= 2 && tokens[j].IsWord && WordSpan(j) is "s" && !tokens[j - 1].IsWord && text[tokens[j - 1].Start] is '\'' or '\u2019'
                && tokens[j - 1].Start == tokens[j - 2].End && tokens[j].Start == tokens[j - 1].End ? j - 2 : -1;

        /// <summary>How many words before a noun a country word may mark it ("two Belarusian military helicopters").</summary>
        private const int MarkReach = 3;

        /// <summary>The country a country word at most <see cref="MarkReach"/> words before gives, across lower-case words, numbers and a possessive only.</summary>
        private string? CountryBefore(int i)
        {
            for (var j = i - 1; j >= 0 && j >= i - MarkReach; j--)
            {
                if (Possessor(j) is var p and >= 0)
                {
                    j = p; // "Mali's military junta": the possessor
                }

                if (Country(j) is { } iso2)
                {
                    return iso2;
                }

                if (!tokens[j].IsWord || tokens[j].Capitalised)
                {
                    return null;
                }
            }

            return null;
        }

        private void AddCountry(string iso2, TextSpan span) =>
            actors.Add($"country:{iso2}", owner._gazetteer.CountryByIso2(iso2)?.Name ?? iso2, ActorKind.Country, iso2, null, span);

        private string? FindPerson(string name)
        {
            var exact = $"person:{ActorSlug.Of(name)}";
            if (actors.Contains(exact))
            {
                return exact;
            }

            // "Mr Dupont" → "Jean Dupont": the one person whose name ends with this surname.
            var surname = name.AsSpan(name.LastIndexOf(' ') + 1);
            string? match = null;
            foreach (var (id, _, _) in actors.People)
            {
                var full = actors.NameOf(id).AsSpan();
                if (full.Length > surname.Length && full.EndsWith(surname, StringComparison.Ordinal) && full[^(surname.Length + 1)] is ' ' or '-')
                {
                    if (match is not null)
                    {
                        return null; // two people share the surname: no guess
                    }

                    match = id;
                }
            }

            return match;
        }

        /// <summary>
        /// The tokens of the title at <paramref name="i"/>, titles in a row counting as one ("Deputy" + "Defence
        /// Minister", "Colonel" + "General"), so that the name starts after all of them; a further title word that
        /// would leave a one-word name is the first name instead ("Deputy Defence Minister Sultan Mwangi").
        /// </summary>
        private int TitleAt(int i)
        {
            var total = _names.TitleLength(i, tokens.Count);
            while (total is > 0 and < 6 && i + total < tokens.Count && _names.TitleLength(i + total, tokens.Count) is var n and > 0 && _names.CapitalisedRun(i + total + n) >= 2)
            {
                total += n;
            }

            return total;
        }

        /// <summary>A title word that starts a name of two capitalised words ("Sultan Mwangi" after a title).</summary>
        private bool IsTitledGivenName(int j) => tokens[j].IsWord && tokens[j].Capitalised && !tokens[j].SentenceStart
            && _names.IsTitleWord(j) && !_names.Is(j, WordClass.Stopword) && j + 1 < tokens.Count && IsNamePart(j + 1);

        private bool IsNamePart(int j)
        {
            var t = tokens[j];
            if (t.IsWord)
            {
                // A name stops at a title, a function word or a country's adjective ("… Omar Haddad Egyptian officials").
                return t.Capitalised && !_names.IsTitleWord(j) && !_names.Is(j, WordClass.Stopword)
                    && owner._gazetteer.CountryByDemonym(WordSpan(j)) is null;
            }

            // "Kassym-Jomart": a hyphen joining two capitalised parts.
            return text[t.Start] is '-' && j + 1 < tokens.Count && tokens[j + 1].IsWord && tokens[j + 1].Capitalised && tokens[j + 1].Start == t.End;
        }

        /// <summary>The country an adjective or name right before a title gives ("French President", "Kenyan Foreign Minister").</summary>
        private string? AffiliationBefore(int i) => i > 0 ? Country(i - 1) : null;

        private string? Country(int j)
        {
            if (j < 0 || !tokens[j].IsWord)
            {
                return null;
            }

            return countries.TryGetValue(Span(j, j + 1), out var iso2) ? iso2 : owner._gazetteer.CountryByDemonym(WordSpan(j))?.Iso2;
        }

        private TextSpan Span(int start, int end) => _names.Span(start, end);

        private string Slice(int start, int end) => _names.Slice(start, end);

        private string Word(int j) => _names.Word(j);

        private ReadOnlySpan<char> WordSpan(int j) => _names.WordSpan(j);

        private ReadOnlySpan<char> SliceSpan(int start, int end) => _names.SliceSpan(start, end);

        /// <summary>Whether two words form a group phrase ("security forces"); the lexicon spells phrases with one space.</summary>
        private bool IsGroupPair(int i) => tokens[i + 1].Start == tokens[i].End + 1 && text[tokens[i].End] == ' '
            ? _groups.ContainsKey(SliceSpan(i, i + 2))
            : _groups.ContainsKey($"{Word(i)} {Word(i + 1)}");
    }
}
