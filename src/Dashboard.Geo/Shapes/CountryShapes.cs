using System.Collections.Frozen;
using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;

namespace Dashboard.Geo.Shapes;

/// <summary>Country polygons (Natural Earth 1:50m, Crimea assigned to Ukraine) keyed by ISO alpha-2 code.</summary>
public sealed class CountryShapes
{
    private readonly FrozenDictionary<string, Geometry> _byIso2;

    // Ray-crossing locators: robust where simplified coastlines touch themselves, which breaks Geometry.Covers.
    private readonly (string Iso2, Envelope Envelope, IndexedPointInAreaLocator Locator)[] _locators;

    public CountryShapes(IReadOnlyDictionary<string, Geometry> byIso2)
    {
        ArgumentNullException.ThrowIfNull(byIso2);
        _byIso2 = byIso2.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _locators = _byIso2.Select(kv => (kv.Key, kv.Value.EnvelopeInternal, new IndexedPointInAreaLocator(kv.Value))).ToArray();
    }

    public int Count => _byIso2.Count;

    public Geometry? Get(string iso2) => _byIso2.GetValueOrDefault(iso2);

    /// <summary>The country whose polygon contains the point (longitude, latitude), if any.</summary>
    public string? CountryAt(double longitude, double latitude)
    {
        var point = new Coordinate(longitude, latitude);
        foreach (var (iso2, envelope, locator) in _locators)
        {
            if (envelope.Contains(point) && locator.Locate(point) != Location.Exterior)
            {
                return iso2;
            }
        }

        return null;
    }

    public static CountryShapes Load(string path)
    {
        var collection = GeoJsonFiles.ReadCollection(path);
        var shapes = new Dictionary<string, Geometry>(StringComparer.OrdinalIgnoreCase);
        foreach (var feature in collection)
        {
            var iso2 = GeoJsonFiles.StringAttribute(feature, "iso2");
            if (iso2 is not null && feature.Geometry is not null)
            {
                shapes[iso2] = feature.Geometry;
            }
        }

        return new CountryShapes(shapes);
    }
}
