using Dashboard.Core.Geography;

namespace Dashboard.Geo.Gazetteer;

/// <summary>
/// A GeoNames populated place (cities500 row). Its alternate names are only indexed (<see cref="GeoGazetteer"/>), not kept
/// here: 230,000 strings that nothing reads after start-up.
/// </summary>
public sealed record PopulatedPlace(
    int GeonameId,
    string Name,
    string AsciiName,
    GeoPoint Point,
    string FeatureCode,
    string Country,
    string Admin1,
    long Population)
{
    /// <summary>PPLC: the seat of a country's government.</summary>
    public bool IsCapital => FeatureCode == "PPLC";

    /// <summary>PPLA: the seat of a first-level administrative division.</summary>
    public bool IsAdminSeat => FeatureCode == "PPLA";
}
