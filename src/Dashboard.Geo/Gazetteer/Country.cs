using Dashboard.Core.Geography;

namespace Dashboard.Geo.Gazetteer;

/// <summary>A country or territory with its English names, adjectives and neighbours.</summary>
public sealed record Country(
    string Iso2,
    string Iso3,
    string Numeric,
    string Name,
    string Official,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Demonyms,
    IReadOnlyList<string> Capitals,
    string Region,
    string Subregion,
    IReadOnlyList<string> Neighbours,
    GeoPoint Point,
    double AreaKm2,
    bool Independent,
    bool UnMember);
