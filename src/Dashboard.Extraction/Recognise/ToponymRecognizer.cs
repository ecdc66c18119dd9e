using System.Collections.Frozen;
using Dashboard.Core.Documents;
using Dashboard.Core.Geography;
using Dashboard.Core.Places;
using Dashboard.Core.Text;
using Dashboard.Extraction.Lexicons;
using Dashboard.Geo.Gazetteer;

using Dashboard.Extraction.Pipeline;

using Dashboard.Extraction.Dates;

namespace Dashboard.Extraction.Recognise;

/// <summary>
/// Stage 2: finds every span that names a place. Capitalised runs are matched against the gazetteer, longest first;
/// lexicons and context decide whether a match is a place, a person, part of an organisation's name, a demonym or a
/// metonym. Border phrases are added on top of the country names they contain.
/// </summary>
public sealed class ToponymRecognizer
{
    private const int MaxNameTokens = 6;

    private readonly GeoGazetteer _gazetteer;
    private readonly LexiconSet _lexicons;
    private readonly RegionAdjectives _regionAdjectives;
    private readonly GeoparserWeights _weights;
    private readonly NameStarts _nameStarts;

    public ToponymRecognizer(GeoGazetteer gazetteer, LexiconSet lexicons)
        : this(gazetteer, lexicons, new RegionAdjectives(gazetteer))
    {
    }

    internal ToponymRecognizer(GeoGazetteer gazetteer, LexiconSet lexicons, RegionAdjectives regionAdjectives, GeoparserWeights? weights = null)
    {
        _weights = weights ?? GeoparserWeights.Default;
        ArgumentNullException.ThrowIfNull(gazetteer);
        ArgumentNullException.ThrowIfNull(lexicons);
        _gazetteer = gazetteer;
        _lexicons = lexicons;
        _regionAdjectives = regionAdjectives;
        _nameStarts = new NameStarts(gazetteer.LookupKeys.Concat(lexicons.DemonymPlurals.Keys).Concat(lexicons.Languages.Keys).Concat(regionAdjectives.Keys));
    }

    public IReadOnlyList<PlaceMention> Recognise(PreparedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var mentions = new List<PlaceMention>();
        var surnames = new HashSet<string>(StringComparer.Ordinal);

        // One answer memo and one output list serve every passage: cleared, they keep their capacity.
        var matches = new Dictionary<(int, int), (int, MatchKind)>();
        var found = new List<PlaceMention>();
        foreach (var passage in document.Passages)
        {
            if (passage.Kind is PassageKind.Boilerplate or PassageKind.Byline)
            {
                continue;
            }

            var names = PassageTokens.Names(document, passage, _lexicons);
            matches.Clear();
            found.Clear();
            new PassageScan(this, document.Text, passage.Id, names, found, surnames, matches).Run();
            mentions.AddRange(found);
            mentions.AddRange(BorderPhrases.Find(document.Text, passage.Id, found, _gazetteer));
        }

        mentions.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Span.End.CompareTo(b.Span.End));
        return mentions;
    }

    /// <summary>What a span can be taken for, before context is considered.</summary>
    private enum MatchKind
    {
        None,
        Place,
        Demonym,
        Language,

        /// <summary>A known name of an alliance or organisation ("NATO"): an actor, not a place.</summary>
        Organisation,
    }

    /// <summary>The scan of one passage; holds the cursor state so that the rules read as small methods.</summary>
    /// <param name="surnames">Family names of the people this document has named so far, so that "Mr Obama" later reads as a person.</param>
    /// <param name="matches">The memo of <see cref="LongestMatch"/> answers for this passage (empty at the start).</param>
    private sealed class PassageScan(
        ToponymRecognizer owner,
        string text,
        string passageId,
        NameSpans names,
        List<PlaceMention> output,
        HashSet<string> surnames,
        Dictionary<(int, int), (int, MatchKind)> matches)
    {
        private readonly GeoparserWeights _w = owner._weights;

        private readonly GeoGazetteer _gazetteer = owner._gazetteer;
        private readonly LexiconSet _lex = owner._lexicons;
        private readonly NameSpans _names = names;
        private readonly List<Token> tokens = names.Tokens;
        private readonly MultiWordNames _embeddingNames = owner._lexicons.Actors.EmbeddingNames;
        private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _demonymPlurals = owner._lexicons.DemonymPlurals.GetAlternateLookup<ReadOnlySpan<char>>();
        private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _languages = owner._lexicons.Languages.GetAlternateLookup<ReadOnlySpan<char>>();

        public void Run()
        {
            var i = 0;
            while (i < tokens.Count)
            {
                var t = tokens[i];
                if (!t.IsWord)
                {
                    i++;
                    continue;
                }

                if (!t.Capitalised)
                {
                    i = TryModifiedName(i);
                    continue;
                }

                var runEnd = RunEnd(i);
                ScanRun(i, runEnd);
                i = runEnd;
            }
        }

        /// <summary>"eastern Europe", "former Soviet Union": a lower-case modifier that is part of a known name.</summary>
        private int TryModifiedName(int i)
        {
            if (i + 1 < tokens.Count && tokens[i + 1].IsWord && tokens[i + 1].Capitalised && _lex.DirectionalModifiers.Contains(Word(i)))
            {
                var runEnd = RunEnd(i + 1);
                var (length, kind) = LongestMatch(i, runEnd);
                if (length >= 2 && kind == MatchKind.Place)
                {
                    Emit(i, i + length, literal: !IsActorContext(i, i + length), MentionCue.Name);
                    if (i + length < runEnd)
                    {
                        ScanRun(i + length, runEnd);
                    }

                    return runEnd;
                }
            }

            return i + 1;
        }

        /// <summary>The end (exclusive) of the capitalised run starting at <paramref name="i"/>.</summary>
        private int RunEnd(int i)
        {
            var j = i + 1;
            while (j < tokens.Count)
            {
                var t = tokens[j];
                if (t.IsWord && t.Capitalised && t.Start - tokens[j - 1].End <= 1)
                {
                    j++;
                }
                else if (t.IsWord && ContextWords.Connectors.Contains(Word(j)) && IsCapitalisedWord(j + 1))
                {
                    j += 2;
                }
                else if (!t.IsWord && text[t.Start] is '-' or '–' && t.Start == tokens[j - 1].End && IsCapitalisedWord(j + 1)
                    && tokens[j + 1].Start == t.End)
                {
                    j += 2; // "Alma-Ata", "Amsterdam-London"
                }
                else if (!t.IsWord && text[t.Start] == '-' && t.Start == tokens[j - 1].End && HyphenParticle(j + 1))
                {
                    j += 4; // "Port-au-Prince", "Aix-en-Provence", "Southend-on-Sea"
                }
                else if (!t.IsWord && text[t.Start] == '.' && ContextWords.NameAbbreviations.Contains(Word(j - 1)) && IsCapitalisedWord(j + 1))
                {
                    j += 2; // "St. Louis"
                }
                else
                {
                    break;
                }
            }

            return j;
        }

        /// <summary>A postal abbreviation written as part of an address, right after "Place, ".</summary>
        private bool IsPostalAfterPlace(int j)
        {
            if (j < 2 || !Acronym.Is(Word(j)) || _gazetteer.AdminsByPostalCode(Word(j)).Count == 0)
            {
                return false;
            }

            var comma = tokens[j - 1];
            return !comma.IsWord && text[comma.Start] == ',' && output.Count > 0 && output[^1].Span.End == comma.Start;
        }

        private bool IsCapitalisedWord(int j) => j < tokens.Count && tokens[j].IsWord && tokens[j].Capitalised;


        /// <summary>
        /// Whether a lower-case particle of a hyphenated place name stands at <paramref name="j"/>, joined by hyphens to
        /// a capitalised word after it ("au" of "Port-au-Prince", "upon" of "Stratford-upon-Avon").
        /// </summary>
        private bool HyphenParticle(int j) =>
            j + 2 < tokens.Count && tokens[j].IsWord && !tokens[j].Capitalised && tokens[j].Start == tokens[j - 1].End
            && Word(j) is "au" or "aux" or "en" or "de" or "du" or "des" or "la" or "le" or "les" or "sur" or "sous" or "upon" or "on" or "under"
                or "di" or "da" or "del" or "am" or "im" or "an" or "der" or "el" or "al" or "ad" or "ob"
            && !tokens[j + 1].IsWord && text[tokens[j + 1].Start] == '-' && tokens[j + 1].Start == tokens[j].End
            && IsCapitalisedWord(j + 2) && tokens[j + 2].Start == tokens[j + 1].End;

        private void ScanRun(int start, int end)
        {
            start = SkipLeadingFunctionWords(start, end);
            if (start >= end)
            {
                return;
            }

            if (IsTitle(start, end))
            {
                // "President Jean Dupont", "Foreign Minister Ana Souza": what follows a title is a person.
                RememberSurname(end);
                return;
            }

            var whole = LongestMatch(start, end);
            var organisation = whole.Length == end - start ? null : OrganisationCategory(start, end); // "Soviet Union" is a name
            var facility = organisation is "education" or "health";
            if ((facility || (organisation is null && IsPlaceHeaded(start, end))) && end - start >= 2 && whole.Length < end - start
                && !ContainsTitle(start, end)
                && !(whole.Length == end - start - 1 && IsRegionName(start, whole.Length)))
            {
                // "Tahrir Square", "Mississippi River", "Lake Tahoe", "Colchester General Hospital": a named place or
                // building (schools and hospitals are where things happen) that the gazetteer may lack.
                Emit(start, end, literal: true, MentionCue.Landmark);
                return;
            }

            var j = start;
            while (j < end)
            {
                if (!tokens[j].IsWord)
                {
                    j++;
                    continue;
                }

                if (IsTitle(j, end))
                {
                    RememberSurname(end);
                    return;
                }

                if (AdminNounAfter(end) && HasAdmin(_gazetteer.Refs(_names.SliceSpan(j, end + 1))))
                {
                    // "Plateau state", "Rivers state": a region of a country named with a lower-case noun, which the gazetteer
                    // knows with a capital ("Plateau State"); before another noun it names an office, not where something
                    // happens ("Turkana county commissioner Julius Kavita")
                    var modifies = end + 1 < tokens.Count && tokens[end + 1].IsWord && !tokens[end + 1].Capitalised && !IsFunctionWord(end + 1);
                    Emit(j, end + 1, literal: !modifies, MentionCue.Name);
                    return;
                }

                var (length, kind) = LongestMatch(j, end);
                if (length == 0)
                {
                    if (IsPostalAfterPlace(j))
                    {
                        Emit(j, j + 1, literal: true, MentionCue.Name); // "Salem, OR"
                        j++;
                        continue;
                    }

                    if (j == start && IsPersonName(j, end))
                    {
                        RememberSurname(end);
                        return;
                    }

                    j++;
                    continue;
                }

                if (j == start && kind == MatchKind.Place && _names.MiddleInitialAt(j + length))
                {
                    // "Paris M. Jones", "Cleve R. Wootson Jr.": a first name, a middle initial and a surname are a person
                    RememberSurname(j + length + 3);
                    return;
                }

                if (kind == MatchKind.Organisation || (kind == MatchKind.Place && !Accept(j, length, end - start > length, end)))
                {
                    j += length;
                    continue;
                }

                var cue = kind switch
                {
                    MatchKind.Demonym => MentionCue.Demonym,
                    MatchKind.Language => MentionCue.Language,
                    _ when organisation is "government" or "military" => MentionCue.StateBody,
                    _ => organisation is not null || InsideKnownName(j, j + length) ? MentionCue.Embedded : MentionCue.Name,
                };
                var literal = cue switch
                {
                    MentionCue.Demonym or MentionCue.Language => organisation is null && LocatesSomething(j + length),
                    MentionCue.Embedded or MentionCue.StateBody => false,
                    _ => !IsActorContext(j, j + length),
                };
                if (cue == MentionCue.Name && IsSeatOfGovernment(j, length))
                {
                    literal = HasLocativeCue(j); // "the Elysée's decision" is the government; "at the Elysée" the place
                }

                if (cue == MentionCue.Name && !literal)
                {
                    cue = MentionCue.Metonymy;
                }

                // "West Wales", "Eastern Ghouta": a compass word before the name is part of the mention
                var from = kind == MatchKind.Place && cue is MentionCue.Name or MentionCue.Metonymy && j > start && tokens[j - 1].IsWord
                    && tokens[j].Start - tokens[j - 1].End == 1 && CompassPrefix.Is(_names.WordSpan(j - 1)) ? j - 1 : j;
                Emit(from, j + length, literal, cue);
                j += length;
            }
        }

        /// <summary>Skips "The", "But"… unless they belong to the name ("The Hague", but not "The United States").</summary>
        private int SkipLeadingFunctionWords(int start, int end)
        {
            while (start < end && tokens[start].SentenceStart && !IsFunctionWord(start) && _lex.CommonWords.Contains(Word(start))
                && LongestMatch(start, end).Length == 0 && !IsTitle(start, end))
            {
                start++; // "Whilst the US…", "Meanwhile Paris…": a capitalised common word opening a sentence
            }

            while (start < end && IsFunctionWord(start))
            {
                var with = LongestMatch(start, end);
                if (with.Length >= 2)
                {
                    // "New York" keeps "New"; an article goes when the rest is the name itself.
                    var article = Word(start) is "The" or "the" or "A" or "An";
                    if (!article || LongestMatch(start + 1, end).Length != with.Length - 1)
                    {
                        break;
                    }
                }

                start++;
            }

            return start;
        }

        private void RememberSurname(int end)
        {
            // The person's name is the end of the run; a title with no name after it (end of sentence) adds nothing.
            if (end > 0 && tokens[end - 1].IsWord && tokens[end - 1].Capitalised && !_names.IsTitleWord(end - 1))
            {
                surnames.Add(Word(end - 1));
            }
        }

        private bool IsSeatOfGovernment(int j, int length)
        {
            foreach (var r in _gazetteer.Refs(Slice(j, j + length)))
            {
                if (r.Table == PlaceKind.Landmark && _gazetteer.Features[r.Index].IsSeatOfGovernment)
                {
                    return true;
                }
            }

            return false;
        }

        private bool ContainsTitle(int start, int end)
        {
            for (var j = start; j < end; j++)
            {
                if (_names.IsTitleWord(j))
                {
                    return true;
                }
            }

            return false;
        }

        private bool IsHead(int j) => _names.Is(j, WordClass.OrganisationHead | WordClass.PlaceHead);

        private bool IsPlaceHeaded(int start, int end) =>
            (_names.Is(end - 1, WordClass.PlaceHead) && !_lex.HeadPrefixes.Contains(Word(end - 1)))
            || (_names.Is(start, WordClass.PlaceHead) && _lex.HeadPrefixes.Contains(Word(start)));

        private bool Accept(int j, int length, bool partOfLongerRun, int runEnd)
        {
            var surface = Slice(j, j + length);
            var refs = _gazetteer.Refs(surface);
            var acronym = Acronym.Is(surface);
            var best = Strongest(refs, acronym);
            if (best.Kind == PlaceKind.Other)
            {
                return false; // an acronym that only names a town ("UN" → Un)
            }

            if (length > 1)
            {
                if (best.Kind == PlaceKind.City && best.Population < _w.AlternateNameCityPopulation && !IsPrimaryName(refs))
                {
                    return HasLocativeCue(j); // "White House" is an old name of Casablanca, but not here
                }

                return best.Kind != PlaceKind.City || best.Population >= _w.MultiWordTownNeedsCuePopulation || HasLocativeCue(j);
            }

            var word = Word(j);
            if (IsFunctionWord(j) || ContextWords.Calendar.Contains(word) || _lex.DirectionalModifiers.Contains(word))
            {
                return false; // "South", "Central", "Western" alone are directions, not Cameroon's or Ghana's regions
            }

            if (surnames.Contains(word) && best.Kind != PlaceKind.Country)
            {
                return false; // named as a person earlier in this document ("Obama", "Wilson")
            }

            var givenName = !acronym && _lex.GivenNames.Contains(word);
            var major = IsMajor(best);
            if (givenName && !major && IsCapitalisedWord(j + 1) && j + 1 < runEnd && !IsHead(j + 1) && !IsFunctionWord(j + 1) && !IsTitle(j + 1, runEnd))
            {
                return false; // "Victoria Beckham", "Jordan Peterson"
            }

            if (j > 0 && tokens[j - 1].IsWord && tokens[j - 1].Capitalised && _lex.GivenNames.Contains(Word(j - 1)) && !IsMajorPlace(j - 1)
                && !CompassPrefix.Is(_names.WordSpan(j - 1)))
            {
                // a surname after a given name: "Michael Jordan", "Boris Johnson", "Ana Lima" (Ana is a small town too); a
                // given name that is also a country or a large city starts a list of places ("Jordan, Syria"); a compass point
                // that is also a given name is a compass point ("West Wales", "North Darfur")
                return false;
            }

            if (best.Kind is PlaceKind.Country or PlaceKind.Region)
            {
                return true;
            }

            if (best.Kind == PlaceKind.Landmark)
            {
                // "Atlantic", "Elysée": a curated feature capitalised inside a sentence is its name ("pacific" the adjective
                // is not); a given name ("Don") or a sentence-initial common word needs a cue.
                return (!givenName && (!tokens[j].SentenceStart || !_lex.CommonWords.Contains(word))) || HasLocativeCue(j);
            }

            if (!IsPrimaryName(refs))
            {
                // Known only as an alternate spelling of somewhere ("Sam" for Damascus): needs "in", "at", "from"…
                return HasLocativeCue(j) && !givenName && !_lex.CommonWords.Contains(word);
            }

            if (_lex.CommonWords.Contains(word))
            {
                return HasLocativeCue(j) && best.Population >= _w.CommonWordTownPopulation; // "in Reading", not "Reading the report"
            }

            if (givenName)
            {
                return best.Kind == PlaceKind.Admin || best.Population >= _w.GivenNameTownPopulation || HasLocativeCue(j);
            }

            if (best.Kind == PlaceKind.Admin || best.Population >= _w.MajorCityPopulation)
            {
                return true;
            }

            if (partOfLongerRun && IsCapitalisedWord(j + 1) && j + 1 < runEnd)
            {
                // Inside a longer run that is not itself a place ("Ana Souza", "Marigny Plantation"): only strong names count.
                return best.Population >= _w.InsideRunTownPopulation;
            }

            return best.Population >= _w.TownNeedsCuePopulation || HasLocativeCue(j);
        }

        /// <summary>"Mississippi State", "Oaxaca State": a country or region name before a head is the name itself.</summary>
        private bool IsRegionName(int j, int length)
        {
            foreach (var r in _gazetteer.Refs(Slice(j, j + length)))
            {
                if (r.Table is PlaceKind.Country or PlaceKind.Admin)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsPrimaryName(ReadOnlySpan<EntryRef> refs)
        {
            foreach (var r in refs)
            {
                if (r.Primary)
                {
                    return true;
                }
            }

            return false;
        }

        private (PlaceKind Kind, long Population) Strongest(ReadOnlySpan<EntryRef> refs, bool acronym)
        {
            var kind = PlaceKind.Other;
            long population = 0;
            foreach (var r in refs)
            {
                switch (r.Table)
                {
                    case PlaceKind.Country:
                        return (r.Table, long.MaxValue);
                    case PlaceKind.Region when !_gazetteer.Regions[r.Index].IsOrganisation:
                        return (r.Table, long.MaxValue);
                    case PlaceKind.Admin:
                        var admin = _gazetteer.Admins[r.Index];
                        if (kind != PlaceKind.Admin || admin.Population > population)
                        {
                            (kind, population) = (PlaceKind.Admin, Math.Max(population, admin.Population));
                        }

                        break;
                    case PlaceKind.City when !acronym:
                        // (a town GeoNames gives no population, kept as an administrative seat, is still a town: "in Tessalit")
                        var place = _gazetteer.Places[r.Index];
                        if (place.Population > population || kind == PlaceKind.Other)
                        {
                            (kind, population) = (kind == PlaceKind.Admin ? PlaceKind.Admin : PlaceKind.City, place.Population);
                        }

                        break;
                    case PlaceKind.Other when !acronym && kind is PlaceKind.Other or PlaceKind.City:
                        // A county or district: as strong as the towns it holds, counted as a region.
                        var county = _gazetteer.Counties[r.Index];
                        if (county.Population > population || kind == PlaceKind.Other)
                        {
                            (kind, population) = (PlaceKind.Admin, Math.Max(population, county.Population));
                        }

                        break;
                    case PlaceKind.Landmark when kind is PlaceKind.Other or PlaceKind.City:
                        // A curated feature or seat of government outranks any town of the same name.
                        (kind, population) = (PlaceKind.Landmark, long.MaxValue);
                        break;
                    case PlaceKind.Airport when !acronym && kind == PlaceKind.Other:
                        kind = PlaceKind.Airport;
                        break;
                    default:
                        break;
                }
            }

            return (kind, population);
        }

        private bool HasLocativeCue(int j)
        {
            if (j > 0 && tokens[j - 1].IsWord && ContextWords.Locative.Contains(Word(j - 1)))
            {
                return true;
            }

            // "Springfield, Illinois" / "Paris, Texas": a known name follows after a comma.
            return j + 2 < tokens.Count && text[tokens[j + 1].Start] == ',' && tokens[j + 2].Capitalised && IsKnown(j + 2);
        }

        /// <summary>Whether the token is a lower-case noun for a region of a country ("state", "province", "district").</summary>
        private bool AdminNounAfter(int j) =>
            j < tokens.Count && tokens[j].IsWord && !tokens[j].Capitalised && _names.WordSpan(j) is "state" or "province" or "district" or "county" or "governorate" or "prefecture" or "region";

        private static bool HasAdmin(ReadOnlySpan<EntryRef> refs)
        {
            foreach (var r in refs)
            {
                if (r.Table == PlaceKind.Admin)
                {
                    return true;
                }
            }

            return false;
        }

        private bool IsKnown(int j) => LongestMatch(j, Math.Min(tokens.Count, j + MaxNameTokens)).Kind is MatchKind.Place;

        /// <summary>Whether the word at <paramref name="j"/> names a country, a region or a large city.</summary>
        private bool IsMajorPlace(int j) => IsMajor(Strongest(_gazetteer.Refs(Slice(j, j + 1)), false));

        /// <summary>A country, a region or a city of at least <c>MajorCityPopulation</c>: a name strong enough to stand alone.</summary>
        private bool IsMajor((PlaceKind Kind, long Population) best) =>
            best.Kind is PlaceKind.Country or PlaceKind.Region || (best.Kind == PlaceKind.City && best.Population >= _w.MajorCityPopulation);

        /// <summary>The category of the organisation a run names ("outlet", "government", "education"…), or null.</summary>
        private string? OrganisationCategory(int start, int end)
        {
            if (end - start < 2)
            {
                return null;
            }

            var last = Word(end - 1);
            if (_lex.OrganisationHeads.TryGetValue(last, out var category) && !_lex.HeadPrefixes.Contains(last))
            {
                return category;
            }

            var first = Word(start);
            var prefix = end - start >= 3 && Word(start + 1) == "of" ? first + " of" : first;
            return _lex.OrganisationHeads.TryGetValue(prefix, out category) && _lex.HeadPrefixes.Contains(prefix) ? category : null; // "Ministry of Defence"
        }

        /// <summary>Whether a person title starts at <paramref name="j"/> with a capitalised name after it ("Mr. Dupont", "President Jordan Miller").</summary>
        private bool IsTitle(int j, int end) => _names.TitleLength(j, end) is var length and > 0 && IsCapitalisedWord(_names.AfterTitle(j, length));

        private bool IsPersonName(int j, int end) =>
            end - j >= 2 && _lex.GivenNames.Contains(Word(j)) && LongestMatch(j, end).Length < end - j
            && !(CompassPrefix.Is(_names.WordSpan(j)) && LongestMatch(j + 1, end).Length > 0); // "North Wales": a compass point, not a first name

        /// <summary>Whether the name is the subject of an actor's verb ("Paris has tolerated", "Tokyo urged").</summary>
        private bool IsActorContext(int start, int end)
        {
            var next = end;
            if (next < tokens.Count && !tokens[next].IsWord && text[tokens[next].Start] is '\'' or '’')
            {
                // "Poland's border" is a place's; "Russia's Foreign Ministry", "China's President", "Azerbaijan's defence
                // ministry", "Iran's government" a state's institution.
                return next + 2 < tokens.Count && tokens[next + 2].IsWord
                    && (tokens[next + 2].Capitalised || _lex.StateInstitutions.Contains(Word(next + 2))
                        || next + 3 < tokens.Count && tokens[next + 3].IsWord && !tokens[next + 2].Capitalised && _lex.StateInstitutions.Contains(Word(next + 3)));
            }

            if (start > 0 && tokens[start - 1].IsWord
                && (_lex.ActorObjectVerbs.Contains(Word(start - 1))
                    || start > 1 && tokens[start - 2].IsWord && _lex.ActorObjectVerbs.Contains(Word(start - 2) + " " + Word(start - 1))))
            {
                return true; // "blamed Armenia", "asked France to send troops", "called on Iran": the state addressed
            }

            if (start > 0 && tokens[start - 1].IsWord && ContextWords.Locative.Contains(Word(start - 1)))
            {
                return false;
            }

            if (next + 1 < tokens.Count && (tokens[next].IsWord && Word(next) == "and"
                || !tokens[next].IsWord && text[tokens[next].Start] == ',' && tokens[next + 1].IsWord && tokens[next + 1].Capitalised))
            {
                // (after a comma a list goes on with a name: "Russia, Belarus and Armenia pledged"; "an organiser in
                // Washington, called…" ends an apposition)
                // "Belarus and Armenia pledged troops", "The United States and the European Union called for restraint": the
                // first of several states named as acting together
                var named = false; // another name stands between ("Kyrgyzstan and evacuated" joins two verbs, not two states)
                for (var k = next; k < tokens.Count && k < next + 10; k++)
                {
                    if (tokens[k].IsWord && !tokens[k].Capitalised && Word(k) is not ("and" or "the"))
                    {
                        k = AfterAdverb(k);
                        if (named && k < tokens.Count && tokens[k].IsWord && _lex.ActorVerbs.Contains(Word(k)))
                        {
                            return true;
                        }

                        break;
                    }

                    named |= tokens[k].IsWord && tokens[k].Capitalised;

                    if (!tokens[k].IsWord && text[tokens[k].Start] != ',')
                    {
                        break;
                    }
                }
            }

            if (next + 1 < tokens.Count && !tokens[next].IsWord && text[tokens[next].Start] == ',' && tokens[next + 1].IsWord
                && Word(next + 1) is "a" or "an" or "the" or "which" or "whose" or "itself")
            {
                // "Turkey, a close ally of Baku, blamed…": the subject, past its apposition
                for (var k = next + 2; k < tokens.Count && k < next + 16; k++)
                {
                    if (!tokens[k].IsWord && text[tokens[k].Start] is '.' or ';' or ':' or '(')
                    {
                        break;
                    }

                    if (!tokens[k].IsWord && text[tokens[k].Start] == ',')
                    {
                        return k + 1 < tokens.Count && tokens[k + 1].IsWord && _lex.ActorVerbs.Contains(Word(k + 1));
                    }
                }
            }

            if (next + 1 < tokens.Count && !tokens[next].IsWord && text[tokens[next].Start] == '-' && tokens[next].End == tokens[next + 1].Start
                && tokens[next].Start == tokens[end - 1].End && tokens[next + 1].IsWord && _lex.ActorCompounds.Contains(Word(next + 1)))
            {
                return true; // "a Paris-led mission", "Tehran-backed militias"
            }

            next = next < tokens.Count ? AfterAdverb(AfterTime(next)) : next;
            return next < tokens.Count && tokens[next].IsWord && _lex.ActorVerbs.Contains(Word(next));
        }

        /// <summary>
        /// The word after a time adverbial at <paramref name="k"/> between a subject and its verb ("Russia on Tuesday said",
        /// "Kenya on Saturday filed a complaint", "China last week imposed", "Kenya yesterday denied"), or <paramref name="k"/>.
        /// </summary>
        private int AfterTime(int k)
        {
            bool IsWord(int j, string words) => j < tokens.Count && tokens[j].IsWord && TimeAdverbials.In(_names.WordSpan(j), words);
            var at = k;
            if (IsWord(at, TimeAdverbials.WeekdayLeads) && at + 1 < tokens.Count && tokens[at + 1].IsWord && CalendarWords.IsWeekday(_names.WordSpan(at + 1)))
            {
                at += 2;
                at = IsWord(at, TimeAdverbials.PartsOfDay) ? at + 1 : at;
            }
            else if (IsWord(at, TimeAdverbials.PeriodLeads) && IsWord(at + 1, TimeAdverbials.Periods))
            {
                at += 2;
            }
            else if (IsWord(at, TimeAdverbials.DayWords))
            {
                at++;
            }

            return at < tokens.Count ? at : k;
        }

        /// <summary>The word after an adverb at <paramref name="k"/> ("Japan also voiced", "Moscow formally asked"), or <paramref name="k"/>.</summary>
        private int AfterAdverb(int k)
        {
            if (k + 1 >= tokens.Count || !tokens[k].IsWord || tokens[k].Capitalised || !tokens[k + 1].IsWord)
            {
                return k;
            }

            var word = _names.WordSpan(k);
            return word is "also" or "then" or "later" or "again" or "now" or "earlier" or "first" or "once" or "still" or "already"
                || word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal) && word is not ("early" or "only" or "daily" or "weekly" or "family")
                ? k + 1 : k;
        }

        /// <summary>"Kenyan cities", "French soil": an adjective of a country that locates the noun after it.</summary>
        private bool LocatesSomething(int next) =>
            next < tokens.Count && tokens[next].IsWord && _lex.LocatingNouns.Contains(Word(next));

        /// <summary>The longest span from <paramref name="j"/> (at most to <paramref name="end"/>) that is a known name.</summary>
        private (int Length, MatchKind Kind) LongestMatch(int j, int end)
        {
            // The rules ask the same question several times; each answer is computed once per passage.
            if (!matches.TryGetValue((j, end), out var match))
            {
                match = ComputeLongestMatch(j, end);
                matches[(j, end)] = match;
            }

            return match;
        }

        private (int Length, MatchKind Kind) ComputeLongestMatch(int j, int end)
        {
            // Most spans probed are not names: they are looked up as slices of the text, and a string is made only
            // for a hit or a rare abbreviation. Longer spans are probed only from a word that can begin a longer name.
            var longest = Math.Min(MaxNameTokens * 2, end - j);
            if (longest > 1 && !owner._nameStarts.MayBegin(_names.WordSpan(j)))
            {
                longest = 1;
            }

            for (var n = longest; n >= 1; n--)
            {
                if (!tokens[j + n - 1].IsWord)
                {
                    continue;
                }

                var surface = _names.SliceSpan(j, j + n);
                if (j + n < tokens.Count && !tokens[j + n].IsWord && text[tokens[j + n].Start] == '.'
                    && !_gazetteer.IsKnownName(surface) && _gazetteer.IsKnownName(Slice(j, j + n) + "."))
                {
                    return (n + 1, MatchKind.Place); // "Calif.", "Fla.": an abbreviation whose period the tokenizer split off
                }

                if (n == 1 && DemonymKind(surface) is { } adjective)
                {
                    return (1, adjective);
                }

                if (_gazetteer.Refs(surface) is { IsEmpty: false } refs)
                {
                    return (n, IsOrganisationOnly(refs) ? MatchKind.Organisation : MatchKind.Place);
                }

                if (n > 1 && DemonymKind(surface) is { } multiWord)
                {
                    return (n, multiWord); // "West African", "Long Islanders"
                }
            }

            return (0, MatchKind.None);
        }

        private MatchKind? DemonymKind(ReadOnlySpan<char> surface)
        {
            if (_gazetteer.CountryByDemonym(surface) is not null || _demonymPlurals.ContainsKey(surface) || owner._regionAdjectives.Contains(surface))
            {
                return MatchKind.Demonym;
            }

            return _languages.ContainsKey(surface) ? MatchKind.Language : null;
        }

        private bool IsOrganisationOnly(ReadOnlySpan<EntryRef> refs)
        {
            var any = false;
            foreach (var r in refs)
            {
                if (r.Table != PlaceKind.Region || !_gazetteer.Regions[r.Index].IsOrganisation)
                {
                    return false;
                }

                any = true;
            }

            return any;
        }

        /// <summary>
        /// Whether the tokens lie inside the name of a news outlet or an organisation of the lexicons ("France 24", "Voice
        /// of America", "UN Mission in South Sudan"): such a name is no place and makes no state act (the actor recogniser
        /// finds the outlet or organisation).
        /// </summary>
        private bool InsideKnownName(int start, int end)
        {
            for (var from = start; from >= Math.Max(0, start - _embeddingNames.LongestTokens + 1); from--)
            {
                if (from < start && !_embeddingNames.HasWord(_names.WordSpan(from)))
                {
                    return false; // a word no name has: no name runs across it (most places stop here at once)
                }

                if (!tokens[from].IsWord)
                {
                    continue;
                }

                foreach (var (name, count) in _embeddingNames.StartingWith(_names.WordSpan(from)))
                {
                    var to = from + count;
                    if (to >= end && to <= tokens.Count && (from, to) != (start, end) && _names.SliceSpan(from, to).SequenceEqual(name))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private bool IsFunctionWord(int j) => _names.Is(j, WordClass.Stopword) && !Acronym.Is(Word(j));

        private void Emit(int start, int end, bool literal, MentionCue cue)
        {
            var span = new TextSpan(tokens[start].Start, tokens[end - 1].End);
            output.Add(new PlaceMention(span, span.Slice(text), literal, cue, passageId));
        }

        private string Slice(int start, int end) => _names.Slice(start, end);

        private string Word(int j) => _names.Word(j);
    }
}
