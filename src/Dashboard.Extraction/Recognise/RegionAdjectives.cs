using System.Collections.Frozen;
using Dashboard.Geo.Gazetteer;

namespace Dashboard.Extraction.Recognise;

/// <summary>
/// Adjectives of supranational regions formed by English's regular rules ("Asia" → "Asian", "Central Asia" →
/// "West African", "Europe" → "European", "Middle East" → "Middle Eastern"), mapped back to their region.
/// </summary>
internal sealed class RegionAdjectives
{
    private readonly FrozenDictionary<string, SupranationalRegion> _byAdjective;
    private readonly FrozenDictionary<string, SupranationalRegion>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    public RegionAdjectives(GeoGazetteer gazetteer)
    {
        var map = new Dictionary<string, SupranationalRegion>(StringComparer.OrdinalIgnoreCase);
        foreach (var region in gazetteer.Regions.Where(r => !r.IsOrganisation))
        {
            foreach (var adjective in region.Adjectives)
            {
                map.TryAdd(adjective, region);
                map.TryAdd(adjective + "s", region);
            }

            foreach (var name in region.Aliases.Prepend(region.Name))
            {
                if (Adjective(name) is { } adjective)
                {
                    map.TryAdd(adjective, region);
                    map.TryAdd(adjective + "s", region); // "Europeans", "Africans"
                }
            }
        }

        _byAdjective = map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _bySpan = _byAdjective.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public IEnumerable<string> Keys => _byAdjective.Keys;

    public bool Contains(string adjective) => _byAdjective.ContainsKey(adjective);

    public bool Contains(ReadOnlySpan<char> adjective) => _bySpan.ContainsKey(adjective);

    public SupranationalRegion? Region(string adjective) => _byAdjective.GetValueOrDefault(adjective);

    internal static string? Adjective(string name)
    {
        if (name.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            name = name[4..];
        }

        if (name.EndsWith("ia", StringComparison.Ordinal) || name.EndsWith("ica", StringComparison.Ordinal))
        {
            return name + "n";
        }

        if (name.EndsWith("ope", StringComparison.Ordinal))
        {
            return name[..^1] + "ean";
        }

        if (name.EndsWith(" East", StringComparison.Ordinal) || name.EndsWith(" West", StringComparison.Ordinal))
        {
            return name + "ern";
        }

        return null;
    }
}
