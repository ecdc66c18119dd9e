using System.Globalization;
using Dashboard.Core.Geography;
using Dashboard.Core.Places;

namespace Dashboard.Store.Query;

/// <summary>
/// Bounds what the map gets. Points stay single while the viewport holds at most <see cref="MapRequest.MaxPoints"/>;
/// beyond that they are gathered into square grid cells sized to the zoom (a quarter of a 256-pixel tile), made
/// coarser until the cells fit. Areas and lines are kept single, the busiest first, up to their limit; so are movements.
/// </summary>
public static class MapGrid
{
    public static MapView Arrange(IReadOnlyList<MapPlace> places, IReadOnlyList<MapMovement> movements, MapRequest request)
    {
        ArgumentNullException.ThrowIfNull(places);
        ArgumentNullException.ThrowIfNull(movements);
        ArgumentNullException.ThrowIfNull(request);
        var points = places.Where(p => p.Place.Geometry == GeometryKind.Point && p.Place.Point is not null).ToList();
        var shapes = places.Where(p => p.Place.Geometry != GeometryKind.Point)
            .OrderByDescending(p => p.EventCount).ThenByDescending(p => p.MentionCount).ThenBy(p => p.Place.Id, StringComparer.Ordinal)
            .ToList();
        var truncated = shapes.Count > request.MaxAreas || movements.Count > request.MaxMovements;
        var single = new List<MapPlace>(shapes.Take(request.MaxAreas));
        var cells = new List<MapCell>();
        if (points.Count <= request.MaxPoints)
        {
            single.AddRange(points);
        }
        else
        {
            var size = 360.0 / Math.Pow(2, Math.Floor(request.Zoom)) / 4;
            List<List<MapPlace>> groups;
            while (true)
            {
                groups = [.. points.GroupBy(p => Cell(p.Place.Point!.Value, size)).Select(g => g.ToList())];
                if (groups.Count <= request.MaxPoints || size >= 90)
                {
                    break;
                }

                size *= 2;
            }

            foreach (var group in groups)
            {
                if (group.Count == 1)
                {
                    single.Add(group[0]);
                    continue;
                }

                cells.Add(Merge(group, size));
            }
        }

        return new MapView(
            [.. single.OrderBy(p => p.Place.Id, StringComparer.Ordinal)],
            [.. cells.OrderBy(c => c.Id, StringComparer.Ordinal)],
            [.. movements.Take(request.MaxMovements)],
            truncated);
    }

    private static (long X, long Y) Cell(GeoPoint point, double size) =>
        ((long)Math.Floor((point.Longitude + 180) / size), (long)Math.Floor((point.Latitude + 90) / size));

    private static MapCell Merge(List<MapPlace> group, double size)
    {
        double weight = 0, lat = 0, lon = 0;
        foreach (var p in group)
        {
            var w = 1.0 + p.EventCount + p.MentionCount;
            weight += w;
            lat += p.Place.Point!.Value.Latitude * w;
            lon += p.Place.Point!.Value.Longitude * w;
        }

        var (x, y) = Cell(group[0].Place.Point!.Value, size);
        var types = group.SelectMany(p => p.Types)
            .GroupBy(t => t.Value, StringComparer.Ordinal)
            .Select(g => new FacetCount<string>(g.Key, g.Sum(t => t.Count)))
            .OrderByDescending(t => t.Count).ThenBy(t => t.Value, StringComparer.Ordinal)
            .ToList();
        var id = string.Create(CultureInfo.InvariantCulture, $"cell:{size:0.######}:{x}:{y}");
        return new MapCell(id, new GeoPoint(lat / weight, lon / weight), group.Count, group.Sum(p => p.MentionCount), types, size);
    }
}
