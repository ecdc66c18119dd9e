using NetTopologySuite.Geometries;

namespace Dashboard.Geo.Shapes;

/// <summary>The land boundary two countries share, as lines, with its geodesic length.</summary>
public sealed record SharedBorder(string A, string B, Geometry Line, double LengthKm);
