using Dashboard.Core.Geography;

namespace Dashboard.Geo.Gazetteer;

/// <summary>A second-level administrative division (county, district) such as "US.CA.059" (Orange County).</summary>
public sealed record CountyRegion(string Code, string Country, string Admin1, string Name, string AsciiName, GeoPoint Point, long Population);
