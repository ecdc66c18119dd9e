using Dashboard.Core.Geography;
using Dashboard.Core.Places;

namespace Dashboard.Store.Query;

/// <summary>A resolved place as the dashboard shows it: id, name, kind, precision, point and geometry kind.</summary>
public sealed record PlaceRef(string Id, string Name, PlaceKind Kind, GeoPrecision Precision, GeoPoint? Point, string? Country, GeometryKind Geometry)
{
    /// <summary>The dashboard's view of a resolver choice, or null when the resolver abstained.</summary>
    public static PlaceRef? From(ResolvedPlace? place) => place?.Choice is { } c
        ? new PlaceRef(c.Id, c.Name, c.Kind, place.Precision, c.Point, c.Country, c.Geometry)
        : null;
}
