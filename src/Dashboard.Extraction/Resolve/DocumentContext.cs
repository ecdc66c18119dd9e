using Dashboard.Core.Places;
using Dashboard.Geo.Gazetteer;

namespace Dashboard.Extraction.Resolve;

/// <summary>How often each country is named or implied in a document, from a first, context-free resolution.</summary>
internal sealed class DocumentContext(IReadOnlyDictionary<string, int> counts)
{
    public int Count(string iso2) => counts.GetValueOrDefault(iso2);

    public double Bonus(string? iso2, GeoGazetteer gazetteer, double contextBonus, double neighbourBonus)
    {
        if (iso2 is null || counts.Count == 0)
        {
            return 0;
        }

        if (counts.ContainsKey(iso2))
        {
            return contextBonus;
        }

        var country = gazetteer.CountryByIso2(iso2);
        return country is not null && country.Neighbours.Any(counts.ContainsKey) ? neighbourBonus : 0;
    }

    public static DocumentContext From(IEnumerable<ResolvedPlace> firstPass)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var place in firstPass)
        {
            // Only confident choices set the context: a country named outright, a demonym, an unambiguous city.
            if (place.Choice?.Country is { } iso2 && place.Confidence >= 0.6)
            {
                counts[iso2] = counts.GetValueOrDefault(iso2) + 1;
            }
        }

        return new DocumentContext(counts);
    }
}
