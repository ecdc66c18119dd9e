using Dashboard.Core.Geography;
using NetTopologySuite.Geometries;

namespace Dashboard.Geo.Shapes;

/// <summary>Great-circle length of lines whose coordinates are longitude/latitude degrees.</summary>
public static class GeodesicLength
{
    public static double Kilometres(Geometry geometry)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        var total = 0.0;
        for (var i = 0; i < geometry.NumGeometries; i++)
        {
            if (geometry.GetGeometryN(i) is LineString line)
            {
                var coordinates = line.Coordinates;
                for (var j = 1; j < coordinates.Length; j++)
                {
                    var a = new GeoPoint(coordinates[j - 1].Y, coordinates[j - 1].X);
                    var b = new GeoPoint(coordinates[j].Y, coordinates[j].X);
                    total += a.DistanceKm(b);
                }
            }
        }

        return total;
    }
}
