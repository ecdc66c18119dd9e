using Dashboard.Core.Geography;

namespace Dashboard.Geo.Gazetteer;

/// <summary>
/// A named physical feature (ocean, sea, river, mountains, peninsula…) or seat of government ("Elysée") that a table
/// of populated places lacks. <see cref="Kind"/> is the curated kind; seats are landmarks, the rest areas or lines.
/// </summary>
public sealed record NamedFeature(
    string Id,
    string Name,
    IReadOnlyList<string> Aliases,
    string Kind,
    GeoPoint Point,
    string? Country,
    string Source)
{
    public bool IsSeatOfGovernment => Kind == "seat";
}
