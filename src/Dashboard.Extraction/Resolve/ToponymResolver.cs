using Dashboard.Core.Documents;
using Dashboard.Core.Geography;
using Dashboard.Core.Places;
using Dashboard.Extraction.Lexicons;
using Dashboard.Extraction.Recognise;
using Dashboard.Geo;
using Dashboard.Geo.Gazetteer;

using Dashboard.Extraction.Pipeline;

namespace Dashboard.Extraction.Resolve;

/// <summary>
/// Stage 3: chooses a gazetteer entry (or computed border line) for each mention. Candidates are scored by kind and
/// population priors, then re-scored with the document's country context ("Georgia" in an article about Atlanta is
/// the state); every candidate is kept with its score for correction. Below a minimum score the resolver abstains.
/// </summary>
public sealed class ToponymResolver
{
    private readonly GeoparserWeights _w;
    private readonly GeoData _geo;
    private readonly LexiconSet _lexicons;
    private readonly RegionAdjectives _regionAdjectives;

    // A border line's interior point is costly to compute (long multi-lines) and never changes: once per border.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string A, string B), GeoPoint> _borderPoints = new();

    public ToponymResolver(GeoData geo, LexiconSet lexicons)
        : this(geo, lexicons, new RegionAdjectives(geo?.Gazetteer ?? throw new ArgumentNullException(nameof(geo))))
    {
    }

    internal ToponymResolver(GeoData geo, LexiconSet lexicons, RegionAdjectives regionAdjectives, GeoparserWeights? weights = null)
    {
        _w = weights ?? GeoparserWeights.Default;
        ArgumentNullException.ThrowIfNull(geo);
        ArgumentNullException.ThrowIfNull(lexicons);
        _geo = geo;
        _lexicons = lexicons;
        _regionAdjectives = regionAdjectives;
        foreach (var c in geo.Gazetteer.Countries)
        {
            _countryIds.TryAdd(c.Iso2, $"country:{c.Iso2}");
        }

        foreach (var r in geo.Gazetteer.Regions)
        {
            _regionCentres.TryAdd(r.Id, Centre(r));
        }
    }

    // A country's candidate id and a region's centre never change: made once, not for every mention.
    private readonly Dictionary<string, string> _countryIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GeoPoint?> _regionCentres = new(StringComparer.Ordinal);

    public IReadOnlyList<ResolvedPlace> Resolve(PreparedDocument document, IReadOnlyList<PlaceMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(mentions);
        var noContext = new DocumentContext(new Dictionary<string, int>());
        // A name's entries and their context-free scores are the same in both passes: looked up and scored once.
        var entries = new List<ScoredEntry>?[mentions.Count];
        var firstPass = new List<ResolvedPlace>(mentions.Count);
        for (var i = 0; i < mentions.Count; i++)
        {
            entries[i] = IsName(mentions[i]) ? Entries(document.Text, mentions[i]) : null;
            firstPass.Add(ResolveOne(document, mentions, mentions[i], noContext, null, choiceOnly: true, entries: entries[i]));
        }

        var context = DocumentContext.From(firstPass);
        var resolved = new List<ResolvedPlace>(mentions.Count);
        for (var i = 0; i < mentions.Count; i++)
        {
            // a demonym or a language names its country whatever the context: the first pass's choice stands
            resolved.Add(mentions[i].Cue is MentionCue.Demonym or MentionCue.Language
                ? firstPass[i]
                : ResolveOne(document, mentions, mentions[i], context, DocumentContext.Vote(firstPass[i]), CoordinatedKind(document.Text, firstPass, i), entries: entries[i]));
        }

        return resolved;
    }

    /// <summary>Whether the mention is resolved as a name (<see cref="ResolveName"/>), not as a demonym, language, border or landmark.</summary>
    private static bool IsName(PlaceMention mention) => mention.Cue is not (MentionCue.Demonym or MentionCue.Language or MentionCue.Border or MentionCue.Landmark);

    /// <summary>An index entry of a name with what scores it before the document's context: its country, prior, and whether the name's qualifier fits it.</summary>
    private readonly record struct ScoredEntry(EntryRef Ref, string? Country, double Prior, bool Qualified);

    /// <summary>The entries a name may stand for, with their context-free scores ("EU" is the union, not the town of Eu).</summary>
    private List<ScoredEntry> Entries(string text, PlaceMention mention)
    {
        var qualifier = Qualifier(text, mention);
        var gazetteer = _geo.Gazetteer;
        var acronym = Acronym.Is(mention.Surface);
        var refs = gazetteer.Refs(mention.Surface);
        if (refs.IsEmpty && CompassPrefix.Rest(mention.Surface) is { } rest)
        {
            refs = gazetteer.Refs(rest); // "West Wales": the part of Wales the text means, placed at Wales
        }

        var entries = new List<ScoredEntry>(refs.Length);
        foreach (var r in refs)
        {
            if (acronym && r.Table is PlaceKind.City or PlaceKind.Airport or PlaceKind.Other)
            {
                continue; // "EU" is the union, not the town of Eu
            }

            var country = gazetteer.CountryOf(r);
            entries.Add(new ScoredEntry(r, country, Prior(r, mention.Surface),
                qualifier is not null && (country == qualifier.Value.Country && (qualifier.Value.Admin is null || AdminOf(r) == qualifier.Value.Admin))));
        }

        return entries;
    }

    /// <summary>
    /// The kind of the place this mention is listed with ("California or Washington", "Lyon and Nice"; a bare comma is left out, as "Paris, Texas" qualifies rather than lists): names
    /// in one list are usually of one kind, so the list's kind is favoured.
    /// </summary>
    private static PlaceKind? CoordinatedKind(string text, List<ResolvedPlace> firstPass, int i)
    {
        foreach (var j in new[] { i - 1, i + 1 })
        {
            if (j < 0 || j >= firstPass.Count || firstPass[j].Choice is not { } neighbour || firstPass[j].Mention.Cue is not (MentionCue.Name or MentionCue.Metonymy))
            {
                continue;
            }

            var (left, right) = j < i ? (firstPass[j].Mention.Span, firstPass[i].Mention.Span) : (firstPass[i].Mention.Span, firstPass[j].Mention.Span);
            if (left.End <= right.Start && text.AsSpan(left.End, right.Start - left.End).Trim() is "and" or "or" or ", and" or ", or" or "/")
            {
                return neighbour.Kind;
            }
        }

        return null;
    }

    /// <param name="choiceOnly">
    /// The first pass, whose choices only set the document's context: a name's runner-up candidates are not made
    /// (<see cref="ChooseOnly"/>).
    /// </param>
    /// <param name="entries">A name's entries (<see cref="Entries"/>), looked up once for both passes.</param>
    private ResolvedPlace ResolveOne(
        PreparedDocument document, IReadOnlyList<PlaceMention> all, PlaceMention mention, DocumentContext context, string? ownVote, PlaceKind? listKind = null,
        bool choiceOnly = false, List<ScoredEntry>? entries = null) =>
        mention.Cue switch
        {
            MentionCue.Demonym => ResolveDemonym(mention),
            MentionCue.Language => ResolveLanguage(mention),
            MentionCue.Border => ResolveBorder(all, mention, context),
            MentionCue.Landmark => ResolveLandmark(document, all, mention, context),
            _ => ResolveName(document, mention, context, ownVote, listKind, choiceOnly, entries),
        };

    /// <param name="entries">The name's entries from <see cref="Entries"/>, when already looked up (the resolver's second pass).</param>
    private ResolvedPlace ResolveName(
        PreparedDocument document, PlaceMention mention, DocumentContext context, string? ownVote = null, PlaceKind? listKind = null, bool choiceOnly = false,
        List<ScoredEntry>? entries = null)
    {
        var gazetteer = _geo.Gazetteer;

        // Score every entry from the raw tables; only the best few become candidates (names like "Springfield" have
        // dozens of entries, and the resolver runs twice per mention).
        entries ??= Entries(document.Text, mention);
        var scored = new List<(EntryRef Ref, double Score)>(entries.Count);
        foreach (var (r, country, prior, qualified) in entries)
        {
            var score = prior + context.Bonus(country, ownVote, gazetteer, _w.ContextBonus, _w.NeighbourBonus);
            if (qualified)
            {
                score += _w.QualifierBonus;
            }

            if (listKind is { } kind && r.Table == kind && kind is PlaceKind.Admin or PlaceKind.Country or PlaceKind.City)
            {
                score += _w.CoordinationBonus;
            }

            if (mention.Cue == MentionCue.Metonymy && r.Table == PlaceKind.City && country is not null && context.Count(country) > 0
                && gazetteer.Entry(r).Name is var capital && capital.Equals(mention.Surface, StringComparison.OrdinalIgnoreCase)
                && gazetteer.CountryByIso2(country)?.Capitals.Contains(capital, StringComparer.OrdinalIgnoreCase) == true)
            {
                score += _w.MetonymyCapitalBonus; // "Minsk denied…" in a story that names Belarus: the capital acts, not a namesake town
            }

            scored.Add((r, score));
        }

        scored.Sort((a, b) => b.Score.CompareTo(a.Score));
        if (choiceOnly && scored.Count > 0)
        {
            return ChooseOnly(mention, scored);
        }

        var candidates = new List<PlaceCandidate>(Math.Min(_w.MaxCandidates, scored.Count));
        for (var k = 0; k < scored.Count && k < _w.MaxCandidates; k++)
        {
            candidates.Add(Candidate(scored[k].Ref, scored[k].Score));
        }

        if (candidates.Count == 0)
        {
            // A postal abbreviation after a place ("Salem, OR"): the regions it may stand for.
            foreach (var code in gazetteer.AdminsByPostalCode(mention.Surface))
            {
                var admin = gazetteer.AdminByCode(code)!;
                var entry = new GazetteerEntry($"admin:{admin.Code}", admin.Name, PlaceKind.Admin, admin.Point, admin.Country, admin.Population, null);
                candidates.Add(PointCandidate(entry, _w.PostalRegionPrior + context.Bonus(admin.Country, ownVote, gazetteer, _w.ContextBonus, _w.NeighbourBonus)));
            }
        }

        return Choose(mention, candidates);
    }

    private double Prior(EntryRef r, string surface)
    {
        // A name's own spelling is slightly preferred to an alternate one; a penalty would hurt exonyms ("Kiev").
        var gazetteer = _geo.Gazetteer;
        var exact = r.Primary ? _w.PrimaryNameBonus : 0;
        // An administrative seat GeoNames gives no population counts as a small town, not as an empty one.
        var population = gazetteer.PopulationOf(r) is var known && (known > 0 || r.Table != PlaceKind.City) ? known : UncountedSeatPopulation;
        var log = Math.Log10(population + 1) / 7.0;
        return exact + r.Table switch
        {
            PlaceKind.Country => _w.CountryPrior,
            PlaceKind.Region => _w.RegionPrior,
            PlaceKind.Admin => _w.AdminPrior + (_w.AdminPopulationWeight * log),
            PlaceKind.City => _w.CityPrior + (_w.CityPopulationWeight * log) + (_geo.Gazetteer.Places[r.Index].IsCapital ? _w.CapitalBonus : 0) + (_geo.Gazetteer.Places[r.Index].IsAdminSeat ? _w.AdminSeatBonus : 0),
            PlaceKind.Airport => surface.Contains("Airport", StringComparison.OrdinalIgnoreCase) ? _w.NamedAirportPrior : _w.AirportPrior,
            PlaceKind.Landmark => _w.LandmarkPrior,
            PlaceKind.Other => _w.CountyPrior + (_w.AdminPopulationWeight * log),
            _ => _w.AirportPrior,
        };
    }

    /// <summary>The population an administrative seat without one in GeoNames is scored as (the gazetteer keeps no other town without one).</summary>
    private const long UncountedSeatPopulation = 5_000;

    private string? AdminOf(EntryRef r) => r.Table switch
    {
        PlaceKind.Other => _geo.Gazetteer.Counties[r.Index].Admin1,
        PlaceKind.City => $"{_geo.Gazetteer.Places[r.Index].Country}.{_geo.Gazetteer.Places[r.Index].Admin1}",
        PlaceKind.Admin => _geo.Gazetteer.Admins[r.Index].Code,
        _ => null,
    };

    /// <summary>"Springfield, Illinois" / "Paris, France": the country (and region) the name right after a comma gives.</summary>
    private (string Country, string? Admin)? Qualifier(string text, PlaceMention mention)
    {
        var i = mention.Span.End;
        if (i + 2 >= text.Length || text[i] != ',' || text[i + 1] != ' ')
        {
            return null;
        }

        var j = i + 2;
        var k = j;
        while (k < text.Length && (char.IsLetter(text[k]) || (text[k] == ' ' && k + 1 < text.Length && char.IsUpper(text[k + 1])) || text[k] == '.'))
        {
            k++;
        }

        for (var end = k; end > j; end--)
        {
            var name = text[j..end].TrimEnd('.', ' ');
            foreach (var r in _geo.Gazetteer.Refs(name))
            {
                if (r.Table == PlaceKind.Country)
                {
                    return (_geo.Gazetteer.Countries[r.Index].Iso2, null);
                }

                if (r.Table == PlaceKind.Admin)
                {
                    var admin = _geo.Gazetteer.Admins[r.Index];
                    return (admin.Country, admin.Code);
                }
            }
        }

        return null;
    }

    private ResolvedPlace ResolveDemonym(PlaceMention mention)
    {
        var gazetteer = _geo.Gazetteer;
        var country = gazetteer.CountryByDemonym(mention.Surface);
        if (country is not null)
        {
            return Choose(mention, [CountryCandidate(country, 1.0)]);
        }

        if (_lexicons.DemonymPlurals.TryGetValue(mention.Surface, out var codes) && codes != "-")
        {
            // A people form shared by several countries ("Koreans") keeps them all, equally ranked.
            var countries = codes.Split(',').Select(gazetteer.CountryByIso2).OfType<Country>().ToList();
            var score = 1.0 / countries.Count;
            return Choose(mention, countries.Select(c => CountryCandidate(c, Math.Max(score, _w.SharedDemonymFloor))).ToList());
        }

        var region = _regionAdjectives.Region(mention.Surface);
        return region is not null
            ? Choose(mention, [RegionCandidate(region, _w.RegionAdjectiveScore)])
            : new ResolvedPlace(mention, null, PlaceKind.Other, GeoPrecision.Country, 0, []);
    }

    private ResolvedPlace ResolveLanguage(PlaceMention mention)
    {
        var gazetteer = _geo.Gazetteer;
        return _lexicons.Languages.TryGetValue(mention.Surface, out var iso) && iso != "-" && gazetteer.CountryByIso2(iso) is { } country
            ? Choose(mention, [CountryCandidate(country, _w.LanguageCountryScore)])
            : new ResolvedPlace(mention, null, PlaceKind.Other, GeoPrecision.Country, 0, []);
    }

    private ResolvedPlace ResolveBorder(IReadOnlyList<PlaceMention> all, PlaceMention mention, DocumentContext context)
    {
        var gazetteer = _geo.Gazetteer;
        var inside = Near(all, mention).Where(m => m != mention && mention.Span.Contains(m.Span))
            .Select(m => gazetteer.Lookup(m.Surface).FirstOrDefault(e => e.Kind == PlaceKind.Country)?.Country)
            .OfType<string>().Distinct().ToList();
        if (inside.Count == 1)
        {
            // "the Belarus border": the neighbour this document talks about most.
            var country = gazetteer.CountryByIso2(inside[0]);
            var neighbour = country?.Neighbours.Where(n => _geo.Borders.Between(inside[0], n) is not null)
                .OrderByDescending(context.Count).FirstOrDefault(n => context.Count(n) > 0);
            if (neighbour is not null)
            {
                inside.Add(neighbour);
            }
        }

        if (inside.Count >= 2 && _geo.Borders.Between(inside[0], inside[1]) is { } border)
        {
            var point = _borderPoints.GetOrAdd((border.A, border.B), _ => border.Line.InteriorPoint is var p ? new GeoPoint(p.Y, p.X) : default);
            var a = gazetteer.CountryByIso2(border.A)!.Name;
            var b = gazetteer.CountryByIso2(border.B)!.Name;
            var candidate = new PlaceCandidate($"border:{border.A}-{border.B}", $"{a}–{b} border", PlaceKind.Border,
                point, inside[0], null, 0, GeometryKind.Line, 1.0);
            return new ResolvedPlace(mention, candidate, PlaceKind.Border, GeoPrecision.Border, inside.Count == 2 ? _w.BorderConfidence : _w.PartialBorderConfidence, []);
        }

        return new ResolvedPlace(mention, null, PlaceKind.Border, GeoPrecision.Border, 0, []);
    }

    private ResolvedPlace ResolveLandmark(PreparedDocument document, IReadOnlyList<PlaceMention> all, PlaceMention mention, DocumentContext context)
    {
        // "Tahrir Square in Cairo": the city that follows "in" places it, at city precision.
        var after = mention.Span.End;
        var container = Near(all, mention).FirstOrDefault(m => m.Cue == MentionCue.Name && m.Span.Start > after && m.Span.Start - after <= 5
            && document.Text.AsSpan(after, m.Span.Start - after).Trim().ToString() is "in" or "," or "of" or "near");
        if (container is not null)
        {
            var resolved = ResolveName(document, container, context);
            if (resolved.Choice is not null)
            {
                return new ResolvedPlace(mention, resolved.Choice, PlaceKind.Landmark, resolved.Precision, resolved.Confidence * _w.LandmarkByContainerFactor, resolved.Alternatives);
            }
        }

        // "Orange County", "Korean Peninsula", "University of Alberta": the name without its head places it roughly.
        foreach (var inner in Near(all, mention).Where(m => m != mention && mention.Span.Contains(m.Span)).Concat(InnerNames(document.Text, mention)))
        {
            var resolved = inner.Cue is MentionCue.Demonym ? ResolveDemonym(inner) : ResolveName(document, inner, context);
            if (resolved.Choice is not null)
            {
                return new ResolvedPlace(mention, resolved.Choice, PlaceKind.Landmark, resolved.Precision, resolved.Confidence * _w.LandmarkByInnerNameFactor, resolved.Alternatives);
            }
        }

        return new ResolvedPlace(mention, null, PlaceKind.Landmark, GeoPrecision.Landmark, 0, []);
    }

    /// <summary>
    /// The mentions around <paramref name="mention"/> in the list (sorted by start): the ones inside it or right after it.
    /// A bounded window keeps border and landmark resolution linear on huge inputs.
    /// </summary>
    private IEnumerable<PlaceMention> Near(IReadOnlyList<PlaceMention> all, PlaceMention mention)
    {
        var (low, high) = (0, all.Count - 1);
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (all[middle].Span.Start < mention.Span.Start)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        for (var i = Math.Max(0, low - 2); i < Math.Min(all.Count, low + _w.NeighbourWindow); i++)
        {
            yield return all[i];
        }
    }

    /// <summary>Known names inside a landmark's words, longest first: "Orange" in "Orange County", "Korean" in "Korean Peninsula".</summary>
    private IEnumerable<PlaceMention> InnerNames(string text, PlaceMention mention)
    {
        var words = Tokenizer.Tokenize(text, mention.Span.Start, mention.Span.End).Where(t => t.IsWord && t.Capitalised).ToList();
        for (var length = words.Count - 1; length >= 1; length--)
        {
            for (var i = 0; i + length <= words.Count; i++)
            {
                var span = new Core.Text.TextSpan(words[i].Start, words[i + length - 1].End);
                var surface = span.Slice(text);
                if (_geo.Gazetteer.CountryByDemonym(surface) is not null)
                {
                    yield return new PlaceMention(span, surface, false, MentionCue.Demonym, mention.PassageId);
                }
                else if (_geo.Gazetteer.IsKnownName(surface) && (length > 1 || !_lexicons.CommonWords.Contains(surface))
                    && !_lexicons.PlaceHeads.ContainsKey(surface) && !_lexicons.OrganisationHeads.ContainsKey(surface))
                {
                    yield return new PlaceMention(span, surface, true, MentionCue.Name, mention.PassageId);
                }
            }
        }
    }

    private ResolvedPlace Choose(PlaceMention mention, List<PlaceCandidate> candidates)
    {
        if (candidates.Count == 0)
        {
            return new ResolvedPlace(mention, null, PlaceKind.Other, GeoPrecision.City, 0, []);
        }

        candidates.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : string.CompareOrdinal(a.Id, b.Id));
        var best = candidates[0];
        var confidence = Confidence(best.Score, candidates.Count > 1 ? candidates[1].Score : 0);
        var kept = Math.Min(_w.MaxCandidates - 1, candidates.Count - 1);
        if (best.Score < _w.AbstainBelow)
        {
            return new ResolvedPlace(mention, null, best.Kind, PlacePrecision.Of(best), confidence, candidates.GetRange(0, Math.Min(_w.MaxCandidates - 1, candidates.Count)));
        }

        var alternatives = candidates.GetRange(1, Math.Max(0, kept));

        return new ResolvedPlace(mention, best, best.Kind, PlacePrecision.Of(best), confidence, alternatives);
    }

    /// <summary>
    /// What <see cref="Choose"/> chooses among the best <c>MaxCandidates</c> entries of <paramref name="scored"/> (sorted,
    /// best score first), with the same confidence, but without the runner-up candidates: only the entries tied for the
    /// best score are made, the tie going to the smaller id as there.
    /// </summary>
    private ResolvedPlace ChooseOnly(PlaceMention mention, List<(EntryRef Ref, double Score)> scored)
    {
        var top = Math.Min(_w.MaxCandidates, scored.Count);
        var best = Candidate(scored[0].Ref, scored[0].Score);
        for (var k = 1; k < top && scored[k].Score == scored[0].Score; k++)
        {
            var tied = Candidate(scored[k].Ref, scored[k].Score);
            best = string.CompareOrdinal(tied.Id, best.Id) < 0 ? tied : best;
        }

        var confidence = Confidence(best.Score, top > 1 ? scored[1].Score : 0);
        return new ResolvedPlace(mention, best.Score < _w.AbstainBelow ? null : best, best.Kind, PlacePrecision.Of(best), confidence, []);
    }

    /// <summary>Confidence grows with the winning score and with its margin over the runner-up.</summary>
    private double Confidence(double best, double runnerUp)
    {
        var margin = Math.Clamp((best - runnerUp) / _w.DecisiveMargin, 0, 1);
        return Math.Round(Math.Min(1, best) * (0.5 + (0.5 * margin)), 3);
    }

    /// <summary>The candidate an index entry makes: countries and regions with their shapes, the rest as points (only they are made into entries).</summary>
    private PlaceCandidate Candidate(EntryRef r, double score) => r.Table switch
    {
        PlaceKind.Country => CountryCandidate(_geo.Gazetteer.Countries[r.Index], score),
        PlaceKind.Region => RegionCandidate(_geo.Gazetteer.Regions[r.Index], score),
        _ => PointCandidate(_geo.Gazetteer.Entry(r), score),
    };

    private static PlaceCandidate PointCandidate(GazetteerEntry entry, double score) =>
        new(entry.Id, entry.Name, entry.Kind, entry.Point, entry.Country, entry.GeonameId, entry.Population, GeometryKind.Point, score);

    private PlaceCandidate CountryCandidate(Country c, double score) =>
        new(_countryIds.TryGetValue(c.Iso2, out var id) ? id : $"country:{c.Iso2}", c.Name, PlaceKind.Country, c.Point, c.Iso2, null, 0, GeometryKind.Polygon, score);

    private PlaceCandidate RegionCandidate(SupranationalRegion region, double score) =>
        new($"region:{region.Id}", region.Name, PlaceKind.Region, _regionCentres.TryGetValue(region.Id, out var centre) ? centre : Centre(region), null, region.GeonameId, 0,
            GeometryKind.Polygon, score);

    /// <summary>A published representative point where there is one (continents); else the mean of the members' points.</summary>
    private GeoPoint? Centre(SupranationalRegion region)
    {
        var points = region.Members.Select(_geo.Gazetteer.CountryByIso2).OfType<Country>().Select(c => c.Point).ToList();
        return region.Point ?? (points.Count == 0 ? null : new GeoPoint(points.Average(p => p.Latitude), points.Average(p => p.Longitude)));
    }
}
