using Dashboard.Core.Geography;

namespace Dashboard.Geo.Gazetteer;

/// <summary>A first-level administrative division (state, province, oblast) such as "KZ.02".</summary>
public sealed record AdminRegion(string Code, string Country, string Name, string AsciiName, GeoPoint? Point, long Population);
