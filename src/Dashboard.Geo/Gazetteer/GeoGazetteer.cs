using System.Collections.Frozen;
using Dashboard.Core.Geography;

namespace Dashboard.Geo.Gazetteer;

/// <summary>
/// The immutable, in-memory gazetteer: every table of <c>wwwroot-data/gazetteer</c> and one index from
/// <see cref="NameKey"/> to the entries that bear that name (official, ASCII, alternate, alias or adjective).
/// </summary>
public sealed class GeoGazetteer
{
    private readonly NameIndex _names;
    private readonly FrozenDictionary<string, Country> _byIso2;
    private readonly FrozenDictionary<string, Country> _byDemonym;
    private readonly FrozenDictionary<string, Country>.AlternateLookup<ReadOnlySpan<char>> _byDemonymSpans;
    private readonly FrozenDictionary<string, AdminRegion> _adminByCode;
    private readonly FrozenDictionary<string, string[]> _postal;

    public GeoGazetteer(
        IReadOnlyList<PopulatedPlace> places,
        IReadOnlyList<AdminRegion> admins,
        IReadOnlyList<Country> countries,
        IReadOnlyList<SupranationalRegion> regions,
        IReadOnlyList<Airport> airports,
        IReadOnlyList<NamedFeature>? features = null,
        IReadOnlyList<AdminAbbreviation>? abbreviations = null,
        IReadOnlyList<CountyRegion>? counties = null,
        IReadOnlyList<IReadOnlyList<string>>? placeAlternates = null)
    {
        Counties = counties ?? [];
        ArgumentNullException.ThrowIfNull(places);
        ArgumentNullException.ThrowIfNull(admins);
        ArgumentNullException.ThrowIfNull(countries);
        ArgumentNullException.ThrowIfNull(regions);
        ArgumentNullException.ThrowIfNull(airports);
        if (placeAlternates is not null && placeAlternates.Count != places.Count)
        {
            throw new ArgumentException($"{placeAlternates.Count} lists of alternate names for {places.Count} places.", nameof(placeAlternates));
        }

        Places = places;
        Admins = admins;
        Countries = countries;
        Regions = regions;
        Airports = airports;
        Features = features ?? [];
        Abbreviations = abbreviations ?? [];
        _byIso2 = countries.ToFrozenDictionary(c => c.Iso2, StringComparer.OrdinalIgnoreCase);
        _adminByCode = admins.ToFrozenDictionary(a => a.Code, StringComparer.Ordinal);
        _postal = Abbreviations.Where(a => a.IsPostal && _adminByCode.ContainsKey(a.Admin1))
            .GroupBy(a => a.Abbreviation, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(a => a.Admin1).Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        _byDemonym = BuildDemonyms(countries, places);
        _byDemonymSpans = _byDemonym.GetAlternateLookup<ReadOnlySpan<char>>();
        _names = NameIndexBuilder.Build(this, placeAlternates);
    }

    public IReadOnlyList<PopulatedPlace> Places { get; }

    public IReadOnlyList<AdminRegion> Admins { get; }

    public IReadOnlyList<Country> Countries { get; }

    public IReadOnlyList<SupranationalRegion> Regions { get; }

    public IReadOnlyList<Airport> Airports { get; }

    public IReadOnlyList<NamedFeature> Features { get; }

    /// <summary>Second-level divisions (counties, districts); indexed under <see cref="PlaceKind.Other"/>.</summary>
    public IReadOnlyList<CountyRegion> Counties { get; }

    public IReadOnlyList<AdminAbbreviation> Abbreviations { get; }

    /// <summary>The admin regions a postal abbreviation may stand for ("WA" → US.WA and AU.08), ordinal-case exact.</summary>
    public IReadOnlyList<string> AdminsByPostalCode(string abbreviation) =>
        _postal.TryGetValue(abbreviation, out var codes) ? codes : [];

    /// <summary>Every key (<see cref="NameKey"/>) under which <see cref="IsKnownName(string)"/> or <see cref="CountryByDemonym(string)"/> answers.</summary>
    public IEnumerable<string> LookupKeys => _names.Keys.Concat(_byDemonym.Keys);

    /// <summary>How many distinct name keys the index holds.</summary>
    public int NameCount => _names.Count;

    /// <summary>Whether any entry bears this name (after <see cref="NameKey"/> folding).</summary>
    public bool IsKnownName(string name)
    {
        var key = NameKey.Of(name);
        return _names.ContainsKey(key) || Transliterated(key).Length > 0;
    }

    /// <summary>
    /// <see cref="IsKnownName(string)"/> for a slice of text, without a string when the slice is plain ASCII: the
    /// recogniser asks this of every run of capitalised words, and most runs are not names.
    /// </summary>
    public bool IsKnownName(ReadOnlySpan<char> name)
    {
        Span<char> buffer = stackalloc char[NameKey.MaxStackKeyLength];
        if (!NameKey.TryFoldAscii(name, buffer, out var length))
        {
            return IsKnownName(name.ToString());
        }

        var key = buffer[..length];
        return _names.ContainsKey(key) || Transliterated(key).Length > 0;
    }

    /// <summary>
    /// The raw index hits for a name, for callers that score candidates without materialising them. A single word that is
    /// not in the index is looked up under its romanisation variants (<see cref="Transliteration"/>): towns and admin
    /// regions found that way come back as alternate names (<see cref="EntryRef.Primary"/> false), so the recogniser
    /// asks for a locative cue before taking them.
    /// </summary>
    public ReadOnlySpan<EntryRef> Refs(string name)
    {
        var key = NameKey.Of(name);
        return _names.TryGetValue(key, out var refs) ? refs : Transliterated(key);
    }

    /// <summary>
    /// <see cref="Refs(string)"/> for a slice of text, without a string when the slice is plain ASCII: the recogniser asks
    /// this of every name it has found.
    /// </summary>
    public ReadOnlySpan<EntryRef> Refs(ReadOnlySpan<char> name)
    {
        Span<char> buffer = stackalloc char[NameKey.MaxStackKeyLength];
        if (!NameKey.TryFoldAscii(name, buffer, out var length))
        {
            return Refs(name.ToString());
        }

        var key = buffer[..length];
        return _names.TryGetValue(key, out var refs) ? refs : Transliterated(key);
    }

    private const int TransliterationCacheSize = 50_000;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, EntryRef[]> _transliterated = new(StringComparer.Ordinal);

    /// <summary>Towns and admin regions under a romanisation variant of an unknown single-word key (cached, bounded).</summary>
    private EntryRef[] Transliterated(ReadOnlySpan<char> key)
    {
        if (!Transliteration.MayHaveVariants(key))
        {
            return [];
        }

        if (_transliterated.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out var known))
        {
            return known;
        }

        var keyString = key.ToString();
        var found = new List<EntryRef>();
        foreach (var variant in Transliteration.Variants(keyString))
        {
            if (_names.TryGetValue(variant, out var refs))
            {
                foreach (var r in refs)
                {
                    if (r.Table is PlaceKind.City or PlaceKind.Admin && !found.Exists(f => f.Table == r.Table && f.Index == r.Index))
                    {
                        found.Add(r with { Primary = false });
                    }
                }
            }
        }

        if (_transliterated.Count >= TransliterationCacheSize)
        {
            _transliterated.Clear();
        }

        return _transliterated[keyString] = [.. found];
    }

    /// <summary>
    /// Every entry bearing <paramref name="name"/>: countries, then regions, admin regions, populated places by
    /// descending population, airports.
    /// </summary>
    public IReadOnlyList<GazetteerEntry> Lookup(string name)
    {
        var refs = Refs(name);
        var entries = new List<GazetteerEntry>(refs.Length);
        foreach (var r in refs)
        {
            entries.Add(Entry(r));
        }

        return entries;
    }

    public GazetteerEntry Entry(EntryRef r) => r.Table switch
    {
        PlaceKind.City => FromPlace(Places[r.Index]),
        PlaceKind.Admin => FromAdmin(Admins[r.Index]),
        PlaceKind.Country => FromCountry(Countries[r.Index]),
        PlaceKind.Region => FromRegion(Regions[r.Index]),
        PlaceKind.Airport => FromAirport(Airports[r.Index]),
        PlaceKind.Landmark => FromFeature(Features[r.Index]),
        PlaceKind.Other => FromCounty(Counties[r.Index]),
        _ => throw new ArgumentOutOfRangeException(nameof(r), r.Table, "No table of that kind."),
    };

    /// <summary>The primary name of an entry, without materialising it.</summary>
    public string NameOf(EntryRef r) => r.Table switch
    {
        PlaceKind.City => Places[r.Index].Name,
        PlaceKind.Admin => Admins[r.Index].Name,
        PlaceKind.Country => Countries[r.Index].Name,
        PlaceKind.Region => Regions[r.Index].Name,
        PlaceKind.Airport => Airports[r.Index].Name,
        PlaceKind.Landmark => Features[r.Index].Name,
        PlaceKind.Other => Counties[r.Index].Name,
        _ => string.Empty,
    };

    /// <summary>The ISO code of the country an entry lies in (null for regions and international features).</summary>
    public string? CountryOf(EntryRef r) => r.Table switch
    {
        PlaceKind.City => Places[r.Index].Country,
        PlaceKind.Admin => Admins[r.Index].Country,
        PlaceKind.Country => Countries[r.Index].Iso2,
        PlaceKind.Airport => Airports[r.Index].Country,
        PlaceKind.Landmark => Features[r.Index].Country,
        PlaceKind.Other => Counties[r.Index].Country,
        _ => null,
    };

    /// <summary>The population the gazetteer records for an entry (the sum of its towns' for regions), or 0.</summary>
    public long PopulationOf(EntryRef r) => r.Table switch
    {
        PlaceKind.City => Places[r.Index].Population,
        PlaceKind.Admin => Admins[r.Index].Population,
        PlaceKind.Other => Counties[r.Index].Population,
        _ => 0,
    };

    public Country? CountryByIso2(string iso2) => _byIso2.GetValueOrDefault(iso2);

    /// <summary>The country whose adjective or demonym this is ("Russian" → Russia), if any.</summary>
    public Country? CountryByDemonym(string adjective) => _byDemonym.GetValueOrDefault(NameKey.Of(adjective));

    /// <summary><see cref="CountryByDemonym(string)"/> for a slice of text, without a string when it is plain ASCII.</summary>
    public Country? CountryByDemonym(ReadOnlySpan<char> adjective)
    {
        Span<char> buffer = stackalloc char[NameKey.MaxStackKeyLength];
        if (!NameKey.TryFoldAscii(adjective, buffer, out var length))
        {
            return CountryByDemonym(adjective.ToString());
        }

        return _byDemonymSpans.TryGetValue(buffer[..length], out var country) ? country : null;
    }

    public AdminRegion? AdminByCode(string code) => _adminByCode.GetValueOrDefault(code);

    public SupranationalRegion? RegionByName(string name)
    {
        foreach (var r in Refs(name))
        {
            if (r.Table == PlaceKind.Region)
            {
                return Regions[r.Index];
            }
        }

        return null;
    }

    private static FrozenDictionary<string, Country> BuildDemonyms(IReadOnlyList<Country> countries, IReadOnlyList<PopulatedPlace> places)
    {
        // An adjective shared by two countries ("Congolese", "Korean") is ambiguous: keep the independent one with more
        // people in its towns (the gazetteer's own proxy for population), so "Korean" is South Korea's.
        var people = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var place in places)
        {
            people[place.Country] = people.GetValueOrDefault(place.Country) + place.Population;
        }

        var map = new Dictionary<string, Country>(StringComparer.Ordinal);
        foreach (var country in countries.OrderByDescending(c => c.Independent).ThenByDescending(c => people.GetValueOrDefault(c.Iso2)).ThenBy(c => c.Iso2, StringComparer.Ordinal))
        {
            foreach (var demonym in country.Demonyms)
            {
                map.TryAdd(NameKey.Of(demonym), country);
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static GazetteerEntry FromPlace(PopulatedPlace p) =>
        new($"gn:{p.GeonameId}", p.Name, PlaceKind.City, p.Point, p.Country, p.Population, p.GeonameId);

    private static GazetteerEntry FromAdmin(AdminRegion a) =>
        new($"admin:{a.Code}", a.Name, PlaceKind.Admin, a.Point, a.Country, a.Population, null);

    private static GazetteerEntry FromCountry(Country c) =>
        new($"country:{c.Iso2}", c.Name, PlaceKind.Country, c.Point, c.Iso2, 0, null);

    private static GazetteerEntry FromRegion(SupranationalRegion r) =>
        new($"region:{r.Id}", r.Name, PlaceKind.Region, r.Point, null, 0, r.GeonameId);

    private static GazetteerEntry FromCounty(CountyRegion c) =>
        new($"admin2:{c.Code}", c.Name, PlaceKind.Other, c.Point, c.Country, c.Population, null);

    private static GazetteerEntry FromFeature(NamedFeature f) =>
        new($"feature:{f.Id}", f.Name, f.IsSeatOfGovernment ? PlaceKind.Landmark : PlaceKind.Other, f.Point, f.Country, 0, null);

    private static GazetteerEntry FromAirport(Airport a) =>
        new($"airport:{a.Ident}", a.Name, PlaceKind.Airport, a.Point, a.Country, 0, null);
}
