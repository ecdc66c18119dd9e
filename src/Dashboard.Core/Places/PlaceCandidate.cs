using Dashboard.Core.Geography;

namespace Dashboard.Core.Places;

/// <summary>One gazetteer entry (or computed shape) a mention may refer to, with the resolver's score for it.</summary>
public sealed record PlaceCandidate(
    string Id,
    string Name,
    PlaceKind Kind,
    GeoPoint? Point,
    string? Country,
    int? GeonameId,
    long Population,
    GeometryKind Geometry,
    double Score);
