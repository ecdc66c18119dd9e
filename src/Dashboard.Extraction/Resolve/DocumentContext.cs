using Dashboard.Core.Places;
using Dashboard.Geo.Gazetteer;

namespace Dashboard.Extraction.Resolve;

/// <summary>How often each country is named or implied in a document, from a first, context-free resolution.</summary>
internal sealed class DocumentContext(IReadOnlyDictionary<string, int> counts)
{
    private readonly int _max = counts.Count == 0 ? 0 : counts.Values.Max();

    public int Count(string iso2) => counts.GetValueOrDefault(iso2);

    /// <summary>
    /// The bonus for a candidate in <paramref name="iso2"/>; <paramref name="ownVote"/> is the country the mention being
    /// scored voted for in the first pass, discounted so that a name cannot confirm itself.
    /// </summary>
    public double Bonus(string? iso2, string? ownVote, GeoGazetteer gazetteer, double contextBonus, double neighbourBonus)
    {
        if (iso2 is null || counts.Count == 0)
        {
            return 0;
        }

        var count = counts.GetValueOrDefault(iso2) - (iso2 == ownVote ? 1 : 0);
        if (count > 0)
        {
            // A country the article dwells on counts fully; one it mentions in passing much less.
            return contextBonus * Math.Sqrt((double)count / _max);
        }

        return gazetteer.CountryByIso2(iso2) is { } country && NeighbourNamed(country, ownVote) ? neighbourBonus : 0;
    }

    /// <summary>Whether the article names a neighbour of the country (apart from the mention's own vote).</summary>
    private bool NeighbourNamed(Country country, string? ownVote)
    {
        foreach (var n in country.Neighbours) // a loop, not a lambda: this runs for every candidate of every mention
        {
            if (counts.GetValueOrDefault(n) - (n == ownVote ? 1 : 0) > 0)
            {
                return true;
            }
        }

        return false;
    }

    private const double MinimumConfidence = 0.35;

    public static DocumentContext From(IEnumerable<ResolvedPlace> firstPass)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var place in firstPass)
        {
            if (Vote(place) is { } iso2)
            {
                counts[iso2] = counts.GetValueOrDefault(iso2) + 1;
            }
        }

        return new DocumentContext(counts);
    }

    /// <summary>Fairly confident choices set the context: a country named outright, a demonym, a prominent city.</summary>
    public static string? Vote(ResolvedPlace place) =>
        place.Choice?.Country is { } iso2 && place.Confidence >= MinimumConfidence ? iso2 : null;
}
