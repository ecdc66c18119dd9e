namespace Dashboard.Geo.Gazetteer;

/// <summary>
/// A group of countries: a UN M49 region ("Central Asia"), a continent, a curated grouping ("former Soviet Union")
/// or an organisation's membership ("NATO"). <see cref="Source"/> names where the membership comes from.
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
}
