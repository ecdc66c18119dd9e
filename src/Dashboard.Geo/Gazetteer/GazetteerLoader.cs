using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using Dashboard.Core.Geography;
using Dashboard.Core.Results;
using Dashboard.Geo.Data;

namespace Dashboard.Geo.Gazetteer;

/// <summary>Reads the gazetteer tables of <c>wwwroot-data/gazetteer</c> (schemas in wwwroot-data/README.md).</summary>
public static class GazetteerLoader
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Result<GeoGazetteer> Load(DataRoot root)
    {
        ArgumentNullException.ThrowIfNull(root);
        string[] files =
        [
            root.PlacesFile, root.Admin1File, root.CountriesFile, root.RegionsFile, root.AirportsFile, root.FeaturesFile,
            root.AdminAbbreviationsFile, root.CountiesFile,
        ];
        var missing = files.Where(f => !File.Exists(f)).ToList();
        if (missing.Count > 0)
        {
            return Result<GeoGazetteer>.Failure(
                $"Gazetteer files are missing: {string.Join(", ", missing)}. Rebuild them as wwwroot-data/README.md describes.");
        }

        try
        {
            var places = Task.Run(() => ReadPlaces(root.PlacesFile));
            var admins = ReadAdmins(root.Admin1File);
            var countries = ReadCountries(root.CountriesFile);
            var regions = ReadRegions(root.RegionsFile);
            var airports = ReadAirports(root.AirportsFile);
            var features = ReadFeatures(root.FeaturesFile);
            var abbreviations = ReadAbbreviations(root.AdminAbbreviationsFile);
            var counties = ReadCounties(root.CountiesFile);
            var (placeRows, alternates) = places.Result;
            return Result<GeoGazetteer>.Success(new GeoGazetteer(placeRows, admins, countries, regions, airports, features, abbreviations, counties, alternates));
        }
        catch (Exception e) when (e is FormatException or JsonException or IOException or InvalidDataException)
        {
            return Result<GeoGazetteer>.Failure($"The gazetteer in '{root.Path}' could not be read: {e.Message}");
        }
    }

    /// <summary>The places and, by the same index, their alternate names (kept apart: only the name index needs them).</summary>
    private static (List<PopulatedPlace> Places, List<string[]> Alternates) ReadPlaces(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        var places = new List<PopulatedPlace>(160_000);
        var alternates = new List<string[]>(160_000);
        var pool = new StringPool();
        RequireHeader(reader, path, "geonameid\tname\tasciiname\talternates\tlat\tlon\tfeature\tcountry\tadmin1\tpopulation");
        while (reader.ReadLine() is { } line)
        {
            var f = line.Split('\t');
            if (f.Length != 10)
            {
                throw new FormatException($"{path}: a row has {f.Length} columns instead of 10: '{line}'.");
            }

            places.Add(new PopulatedPlace(
                int.Parse(f[0], CultureInfo.InvariantCulture),
                f[1],
                f[2] == f[1] ? f[1] : f[2],
                new GeoPoint(ParseDouble(f[4]), ParseDouble(f[5])),
                pool.Get(f[6]),
                pool.Get(f[7]),
                pool.Get(f[8]),
                f[9].Length == 0 ? 0 : long.Parse(f[9], CultureInfo.InvariantCulture)));
            alternates.Add(f[3].Length == 0 ? [] : f[3].Split('|'));
        }

        return (places, alternates);
    }

    private static List<AdminRegion> ReadAdmins(string path)
    {
        var lines = File.ReadAllLines(path);
        ExpectHeader(lines, path, "code\tcountry\tname\tasciiname\tlat\tlon\tpopulation");
        return lines.Skip(1).Where(l => l.Length > 0).Select(l =>
        {
            var f = l.Split('\t');
            GeoPoint? point = f[4].Length == 0 ? null : new GeoPoint(ParseDouble(f[4]), ParseDouble(f[5]));
            return new AdminRegion(f[0], f[1], f[2], f[3], point, f[6].Length == 0 ? 0 : long.Parse(f[6], CultureInfo.InvariantCulture));
        }).ToList();
    }

    private static List<Airport> ReadAirports(string path)
    {
        var lines = File.ReadAllLines(path);
        ExpectHeader(lines, path, "ident\tiata\tname\tmunicipality\tcountry\tlat\tlon\ttype");
        return lines.Skip(1).Where(l => l.Length > 0).Select(l =>
        {
            var f = l.Split('\t');
            return new Airport(f[0], f[1], f[2], f[3], f[4], new GeoPoint(ParseDouble(f[5]), ParseDouble(f[6])), f[7]);
        }).ToList();
    }

    private static List<Country> ReadCountries(string path)
    {
        using var stream = File.OpenRead(path);
        var rows = JsonSerializer.Deserialize<List<CountryRow>>(stream, Json)
            ?? throw new FormatException($"{path} holds no country list.");
        return rows.Select(r => new Country(
            r.Iso2, r.Iso3, r.Numeric ?? string.Empty, r.Name, r.Official ?? r.Name, r.Aliases ?? [], r.Demonyms ?? [],
            r.Capitals ?? [], r.Region ?? string.Empty, r.Subregion ?? string.Empty, r.Neighbours ?? [],
            new GeoPoint(r.Lat, r.Lon), r.AreaKm2, r.Independent ?? false, r.UnMember ?? false)).ToList();
    }

    private static List<SupranationalRegion> ReadRegions(string path)
    {
        using var stream = File.OpenRead(path);
        var rows = JsonSerializer.Deserialize<List<RegionRow>>(stream, Json)
            ?? throw new FormatException($"{path} holds no region list.");
        return rows.Select(r => new SupranationalRegion(r.Id, r.Name, r.Kind, r.Aliases ?? [], r.Members ?? [], r.Source ?? string.Empty)
        {
            Adjectives = r.Adjectives ?? [],
            Point = r.Lat is { } lat && r.Lon is { } lon ? new GeoPoint(lat, lon) : null,
            GeonameId = r.GeonameId,
        }).ToList();
    }

    private static List<NamedFeature> ReadFeatures(string path)
    {
        var lines = File.ReadAllLines(path);
        ExpectHeader(lines, path, "id\tname\taliases\tkind\tlat\tlon\tcountry\tsource");
        return lines.Skip(1).Where(l => l.Length > 0).Select(l =>
        {
            var f = l.Split('\t');
            return new NamedFeature(f[0], f[1], f[2].Length == 0 ? [] : f[2].Split('|'), f[3],
                new GeoPoint(ParseDouble(f[4]), ParseDouble(f[5])), f[6].Length == 0 ? null : f[6], f[7]);
        }).ToList();
    }

    private static List<CountyRegion> ReadCounties(string path)
    {
        using var file = File.OpenRead(path);
        using var stream = path.EndsWith(".gz", StringComparison.Ordinal) ? (Stream)new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(stream);
        RequireHeader(reader, path, "code\tcountry\tadmin1\tname\tasciiname\tlat\tlon\tpopulation");
        var counties = new List<CountyRegion>(40_000);
        var pool = new StringPool();
        while (reader.ReadLine() is { } line)
        {
            var f = line.Split('\t');
            if (f.Length == 8 && f[5].Length > 0)
            {
                counties.Add(new CountyRegion(f[0], pool.Get(f[1]), pool.Get(f[2]), f[3], f[4] == f[3] ? f[3] : f[4], new GeoPoint(ParseDouble(f[5]), ParseDouble(f[6])),
                    f[7].Length == 0 ? 0 : long.Parse(f[7], CultureInfo.InvariantCulture)));
            }
        }

        return counties;
    }

    private static List<AdminAbbreviation> ReadAbbreviations(string path)
    {
        var lines = File.ReadAllLines(path);
        ExpectHeader(lines, path, "abbreviation\tadmin1\tstyle\tsource");
        return lines.Skip(1).Where(l => l.Length > 0).Select(l =>
        {
            var f = l.Split('\t');
            return new AdminAbbreviation(f[0], f[1], f[2]);
        }).ToList();
    }

    private static double ParseDouble(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static void RequireHeader(StreamReader reader, string path, string expected)
    {
        var header = reader.ReadLine();
        if (header != expected)
        {
            throw new FormatException($"{path}: unexpected header '{header}'; expected '{expected}'.");
        }
    }

    private static void ExpectHeader(string[] lines, string path, string expected)
    {
        if (lines.Length == 0 || lines[0] != expected)
        {
            throw new FormatException($"{path}: unexpected header; expected '{expected}'.");
        }
    }

    private sealed record CountryRow(
        string Iso2, string Iso3, string? Numeric, string Name, string? Official, string[]? Aliases, string[]? Demonyms,
        string[]? Capitals, string? Region, string? Subregion, string[]? Neighbours, double Lat, double Lon, double AreaKm2,
        bool? Independent, bool? UnMember);

    private sealed record RegionRow(
        string Id, string Name, string Kind, string[]? Aliases, string[]? Members, string? Source, string[]? Adjectives,
        double? Lat, double? Lon, int? GeonameId);
}
