using System.Collections.Concurrent;
using Dashboard.Core.Geography;
using Dashboard.Core.Places;
using NetTopologySuite.Geometries;

namespace Dashboard.Geo.Shapes;

/// <summary>
/// The geometry a resolved place is drawn with: a point for landmarks, cities and admin regions, the country's polygon
/// for countries, the shared border line for borders, and the members' polygons for supranational regions. Never a
/// point standing in for an area that has a shape.
/// </summary>
public sealed class PlaceGeometry
{
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    private readonly GeoData _geo;
    private readonly Dictionary<string, IReadOnlyList<string>> _regionMembers;
    private readonly ConcurrentDictionary<string, Geometry?> _regionCache = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GeoPoint> _capitals;

    public PlaceGeometry(GeoData geo)
    {
        ArgumentNullException.ThrowIfNull(geo);
        _geo = geo;
        _regionMembers = geo.Gazetteer.Regions
            .GroupBy(r => "region:" + r.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Members, StringComparer.Ordinal);
        _capitals = geo.Gazetteer.Places.Where(p => p.IsCapital)
            .GroupBy(p => p.Country, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.MaxBy(p => p.Population)!.Point, StringComparer.Ordinal);
    }

    /// <summary>The point of a country's capital (GeoNames PPLC, the most populous when there are several), if known.</summary>
    public GeoPoint? CapitalOf(string? country) =>
        country is not null && _capitals.TryGetValue(country, out var point) ? point : null;

    /// <summary>The geometry for a place candidate, or null when it has neither a shape nor a point.</summary>
    public Geometry? For(PlaceCandidate place)
    {
        ArgumentNullException.ThrowIfNull(place);
        return For(place.Id, place.Kind, place.Country, place.Point);
    }

    /// <summary>The geometry for a place given by its id, kind, country and point.</summary>
    public Geometry? For(string id, PlaceKind kind, string? country, GeoPoint? point)
    {
        ArgumentNullException.ThrowIfNull(id);
        var shape = kind switch
        {
            PlaceKind.Country when country is not null => _geo.Countries.Get(country),
            PlaceKind.Border => Border(id),
            PlaceKind.Region => _regionCache.GetOrAdd(id, Region),
            _ => null,
        };
        if (shape is not null)
        {
            return shape;
        }

        return point is { } p ? Factory.CreatePoint(new Coordinate(p.Longitude, p.Latitude)) : null;
    }

    private Geometry? Border(string id)
    {
        // Border ids are "border:AA-BB" (ISO 3166-1 alpha-2 codes, as the resolver writes them).
        var codes = id.StartsWith("border:", StringComparison.Ordinal) ? id["border:".Length..].Split('-') : [];
        return codes.Length == 2 ? _geo.Borders.Between(codes[0], codes[1])?.Line : null;
    }

    private Geometry? Region(string id)
    {
        if (!_regionMembers.TryGetValue(id, out var members))
        {
            return null;
        }

        var polygons = new List<Polygon>();
        foreach (var member in members)
        {
            switch (_geo.Countries.Get(member))
            {
                case Polygon polygon:
                    polygons.Add(polygon);
                    break;
                case MultiPolygon multi:
                    polygons.AddRange(multi.Geometries.OfType<Polygon>());
                    break;
                default:
                    break;
            }
        }

        return polygons.Count == 0 ? null : Factory.CreateMultiPolygon([.. polygons]);
    }
}
