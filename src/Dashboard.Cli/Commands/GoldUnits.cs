namespace Dashboard.Cli.Commands;

/// <summary>GeoNames ids of countries and first-level regions (geonames-regions.tsv beside the gold file), for same-unit scoring.</summary>
internal sealed class GoldUnits(IReadOnlyDictionary<int, (string Kind, string Code, string Name)> units)
{
    public (string Kind, string Code, string Name)? Get(int geonameId) =>
        units.TryGetValue(geonameId, out var unit) ? unit : null;

    public static GoldUnits Load(string path)
    {
        var map = new Dictionary<int, (string, string, string)>();
        if (File.Exists(path))
        {
            foreach (var line in File.ReadLines(path).Skip(1))
            {
                var f = line.Split('\t');
                if (f.Length >= 4 && int.TryParse(f[0], out var id))
                {
                    map[id] = (f[1], f[2].Trim(), f[3].Trim());
                }
            }
        }

        return new GoldUnits(map);
    }
}
