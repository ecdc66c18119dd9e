using Dashboard.Core.Geography;

namespace Dashboard.Geo.Gazetteer;

/// <summary>Builds the name → entries index, each list ordered countries, regions, admin, places (by population), airports.</summary>
internal static class NameIndexBuilder
{
    public static NameIndex Build(GeoGazetteer gazetteer, IReadOnlyList<IReadOnlyList<string>>? placeAlternates)
    {
        var (places, admins, countries, regions, airports) = (gazetteer.Places, gazetteer.Admins, gazetteer.Countries, gazetteer.Regions, gazetteer.Airports);
        var index = new Dictionary<string, List<EntryRef>>(places.Count * 3, StringComparer.Ordinal);

        for (var i = 0; i < countries.Count; i++)
        {
            var c = countries[i];
            AddAll(index, new EntryRef(PlaceKind.Country, i), [c.Name, c.Official, .. c.Aliases]);
        }

        for (var i = 0; i < regions.Count; i++)
        {
            var r = regions[i];
            AddAll(index, new EntryRef(PlaceKind.Region, i), [r.Name, .. r.Aliases]);
        }

        for (var i = 0; i < gazetteer.Features.Count; i++)
        {
            var f = gazetteer.Features[i];
            AddAll(index, new EntryRef(PlaceKind.Landmark, i), [f.Name, .. f.Aliases]);
        }

        var adminIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < admins.Count; i++)
        {
            adminIndex[admins[i].Code] = i;
            AddAll(index, new EntryRef(PlaceKind.Admin, i), [admins[i].Name, admins[i].AsciiName]);
        }

        for (var i = 0; i < gazetteer.Counties.Count; i++)
        {
            AddAll(index, new EntryRef(PlaceKind.Other, i), [gazetteer.Counties[i].Name, gazetteer.Counties[i].AsciiName]);
        }

        // News-style abbreviations ("Calif.", "B.C.") are distinctive enough to index; postal codes are not.
        foreach (var abbreviation in gazetteer.Abbreviations.Where(a => !a.IsPostal))
        {
            if (adminIndex.TryGetValue(abbreviation.Admin1, out var i))
            {
                Add(index, new EntryRef(PlaceKind.Admin, i), abbreviation.Abbreviation);
            }
        }

        // Places in descending population so that each name's list is already ranked by the prior.
        var order = new int[places.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        // Ties are broken by file order (ascending GeoNames id), so the ranking is deterministic.
        Array.Sort(order, (a, b) => places[a].Population != places[b].Population
            ? places[b].Population.CompareTo(places[a].Population)
            : a.CompareTo(b));
        foreach (var i in order)
        {
            var p = places[i];
            var entry = new EntryRef(PlaceKind.City, i);
            Add(index, entry, p.Name);
            Add(index, entry, p.AsciiName);
            var alternate = entry with { Primary = false };
            foreach (var name in placeAlternates is null ? [] : placeAlternates[i])
            {
                Add(index, alternate, name);
            }
        }

        // Arabic place names are often written without their article in English news ("Qamishli" for GeoNames "Al
        // Qāmishlī", "Raqqa" for "Ar Raqqah"): the name without it is indexed as the place's own name, where it names
        // nothing else.
        var withoutArticle = new Dictionary<string, List<EntryRef>>(StringComparer.Ordinal);
        void AddWithoutArticle(EntryRef entry, string name)
        {
            if (WithoutArabicArticle(name) is { } rest && !index.ContainsKey(NameKey.Of(rest)))
            {
                Add(withoutArticle, entry, rest);
            }
        }

        foreach (var i in order)
        {
            AddWithoutArticle(new EntryRef(PlaceKind.City, i), places[i].Name);
            AddWithoutArticle(new EntryRef(PlaceKind.City, i), places[i].AsciiName);
        }

        foreach (var (key, entries) in withoutArticle)
        {
            index[key] = entries;
        }

        for (var i = 0; i < airports.Count; i++)
        {
            Add(index, new EntryRef(PlaceKind.Airport, i), airports[i].Name);
        }

        // A plain dictionary: freezing 300,000 keys costs more at start-up than it saves on look-ups.
        return new NameIndex(index);
    }

    private static readonly string[] ArabicArticles = ["Al ", "Al-", "Ar ", "Ar-", "As ", "As-", "Ash ", "Ash-", "Ad ", "Ad-", "An ", "An-", "At ", "At-", "Az ", "Az-", "Adh ", "Adh-"];

    /// <summary>A name after a leading Arabic article ("Al Qāmishlī" → "Qāmishlī"), when at least four letters remain; else null.</summary>
    private static string? WithoutArabicArticle(string name)
    {
        if (name.Length < 7 || name[0] != 'A')
        {
            return null; // (most names: every article begins with "A")
        }

        foreach (var article in ArabicArticles)
        {
            if (name.StartsWith(article, StringComparison.Ordinal) && name.Length - article.Length >= 4 && char.IsUpper(name[article.Length])
                && !name.AsSpan(article.Length).ContainsAny(' ', '-'))
            {
                return name[article.Length..];
            }
        }

        return null;
    }

    private static void AddAll(Dictionary<string, List<EntryRef>> index, EntryRef entry, IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            Add(index, entry, name);
        }
    }

    private static void Add(Dictionary<string, List<EntryRef>> index, EntryRef entry, string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return;
        }

        var key = NameKey.Of(name);
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = [entry];
        }
        else if (!list[^1].SameEntry(entry))
        {
            // Names of one entry are added together, so a repeat can only be the last element (primary names first).
            list.Add(entry);
        }
    }
}
