using Dashboard.Core.Geography;

namespace Dashboard.Geo.Gazetteer;

/// <summary>
/// A group of countries: a UN M49 region ("Central Asia"), a continent, a curated grouping ("former Soviet Union")
/// or an organisation's membership ("NATO"). <see cref="Source"/> names where the membership comes from;
/// <see cref="Point"/> is a representative point where one is published (GeoNames' continent features).
/// </summary>
public sealed record SupranationalRegion(
    string Id,
    string Name,
    string Kind,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Members,
    string Source)
{
    public bool IsOrganisation => Kind == "organisation";

    /// <summary>Irregular English adjectives ("Soviet", "Nordic"); regular ones are derived by rule.</summary>
    public IReadOnlyList<string> Adjectives { get; init; } = [];

    public GeoPoint? Point { get; init; }

    public int? GeonameId { get; init; }
}
