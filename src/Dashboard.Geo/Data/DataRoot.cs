using Dashboard.Core.Results;

namespace Dashboard.Geo.Data;

/// <summary>
/// The <c>wwwroot-data</c> folder: the only place the running product reads geographic data and the demo corpus from.
/// </summary>
public sealed class DataRoot
{
    public const string FolderName = "wwwroot-data";

    private DataRoot(string path) => Path = path;

    public string Path { get; }

    public string PlacesFile => Combine("gazetteer", "places.tsv.gz");

    public string Admin1File => Combine("gazetteer", "admin1.tsv");

    public string CountriesFile => Combine("gazetteer", "countries.json");

    public string RegionsFile => Combine("gazetteer", "regions.json");

    public string AirportsFile => Combine("gazetteer", "airports.tsv");

    public string FeaturesFile => Combine("gazetteer", "features.tsv");

    /// <summary>Second-level divisions: admin2.tsv, or admin2.tsv.gz when the build compressed it.</summary>
    public string CountiesFile => File.Exists(Combine("gazetteer", "admin2.tsv.gz")) ? Combine("gazetteer", "admin2.tsv.gz") : Combine("gazetteer", "admin2.tsv");

    public string AdminAbbreviationsFile => Combine("gazetteer", "admin-abbreviations.tsv");

    public string CountryShapesFile => Combine("geo", "countries-50m.geojson");

    public string BordersFile => Combine("geo", "borders-10m.geojson");

    public string CorpusFolder => Combine("corpus");

    /// <summary>
    /// Uses <paramref name="configured"/> when given; otherwise looks for a <c>wwwroot-data</c> folder in each of
    /// <paramref name="searchFrom"/> and their ancestors (the repository root when run from a build folder).
    /// </summary>
    public static Result<DataRoot> Locate(string? configured, params string[] searchFrom)
    {
        ArgumentNullException.ThrowIfNull(searchFrom);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var full = System.IO.Path.GetFullPath(configured);
            return Directory.Exists(System.IO.Path.Combine(full, "gazetteer"))
                ? Result<DataRoot>.Success(new DataRoot(full))
                : Result<DataRoot>.Failure($"The configured data folder '{full}' does not contain the gazetteer (expected a 'gazetteer' folder).");
        }

        foreach (var start in searchFrom.Where(s => !string.IsNullOrEmpty(s)))
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = System.IO.Path.Combine(dir.FullName, FolderName);
                if (Directory.Exists(System.IO.Path.Combine(candidate, "gazetteer")))
                {
                    return Result<DataRoot>.Success(new DataRoot(candidate));
                }
            }
        }

        return Result<DataRoot>.Failure(
            $"No '{FolderName}' folder was found above {string.Join(" or ", searchFrom)}; set Dashboard:DataRoot to its path.");
    }

    /// <summary>Finds the folder from the process's base directory and current directory.</summary>
    public static Result<DataRoot> Locate(string? configured = null) =>
        Locate(configured, AppContext.BaseDirectory, Directory.GetCurrentDirectory());

    private string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);
}
