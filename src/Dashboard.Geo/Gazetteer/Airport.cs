using Dashboard.Core.Geography;

namespace Dashboard.Geo.Gazetteer;

/// <summary>A medium or large airport from OurAirports.</summary>
public sealed record Airport(string Ident, string Iata, string Name, string Municipality, string Country, GeoPoint Point, string Type);
