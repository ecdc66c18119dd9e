using Dashboard.Core.Results;
using Dashboard.Geo.Data;
using Dashboard.Geo.Gazetteer;
using Dashboard.Geo.Shapes;

namespace Dashboard.Geo;

/// <summary>Everything geographic the product knows, loaded once at start-up.</summary>
public sealed record GeoData(DataRoot Root, GeoGazetteer Gazetteer, CountryShapes Countries, BorderShapes Borders)
{
    public static Result<GeoData> Load(DataRoot root)
    {
        ArgumentNullException.ThrowIfNull(root);
        foreach (var file in new[] { root.CountryShapesFile, root.BordersFile })
        {
            if (!File.Exists(file))
            {
                return Result<GeoData>.Failure($"Geometry file missing: {file}. Rebuild it as wwwroot-data/README.md describes.");
            }
        }

        var shapes = Task.Run(() => (CountryShapes.Load(root.CountryShapesFile), BorderShapes.Load(root.BordersFile)));
        var gazetteer = GazetteerLoader.Load(root);
        if (!gazetteer.IsSuccess)
        {
            return Result<GeoData>.Failure(gazetteer.Error!);
        }

        var (countries, borders) = shapes.Result;
        return Result<GeoData>.Success(new GeoData(root, gazetteer.Value, countries, borders));
    }
}
