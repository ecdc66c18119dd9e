using System.Collections.Frozen;

namespace Dashboard.Geo.Shapes;

/// <summary>Shared boundaries of adjacent countries (Natural Earth 1:10m), looked up by either order of the pair.</summary>
public sealed class BorderShapes
{
    private readonly FrozenDictionary<(string, string), SharedBorder> _byPair;

    public BorderShapes(IEnumerable<SharedBorder> borders)
    {
        ArgumentNullException.ThrowIfNull(borders);
        _byPair = borders.ToFrozenDictionary(b => Key(b.A, b.B));
    }

    public int Count => _byPair.Count;

    public SharedBorder? Between(string a, string b) => _byPair.GetValueOrDefault(Key(a, b));

    public static BorderShapes Load(string path)
    {
        var collection = GeoJsonFiles.ReadCollection(path);
        var borders = new List<SharedBorder>(collection.Count);
        foreach (var feature in collection)
        {
            var a = GeoJsonFiles.StringAttribute(feature, "a");
            var b = GeoJsonFiles.StringAttribute(feature, "b");
            var length = GeoJsonFiles.NumberAttribute(feature, "lengthKm");
            if (a is not null && b is not null && length is not null && feature.Geometry is not null)
            {
                borders.Add(new SharedBorder(a, b, feature.Geometry, length.Value));
            }
        }

        return new BorderShapes(borders);
    }

    private static (string, string) Key(string a, string b)
    {
        var x = a.ToUpperInvariant();
        var y = b.ToUpperInvariant();
        return string.CompareOrdinal(x, y) <= 0 ? (x, y) : (y, x);
    }
}
