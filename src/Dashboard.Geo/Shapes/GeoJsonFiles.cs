using System.Text.Json;
using NetTopologySuite.Features;
using NetTopologySuite.IO.Converters;

namespace Dashboard.Geo.Shapes;

/// <summary>Reads and writes GeoJSON through NetTopologySuite.IO.GeoJSON4STJ; nothing here builds GeoJSON by hand.</summary>
public static class GeoJsonFiles
{
    /// <summary>Serializer options with the NTS GeoJSON converters (RFC 7946).</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static FeatureCollection ReadCollection(string path)
    {
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<FeatureCollection>(stream, Options)
            ?? throw new InvalidDataException($"{path} is not a GeoJSON FeatureCollection.");
    }

    /// <summary>A string attribute of a feature, or null when absent or JSON null.</summary>
    public static string? StringAttribute(IFeature feature, string name)
    {
        ArgumentNullException.ThrowIfNull(feature);
        if (feature.Attributes is null || !feature.Attributes.Exists(name))
        {
            return null;
        }

        return feature.Attributes[name] switch
        {
            null => null,
            string s => s,
            JsonElement { ValueKind: JsonValueKind.String } e => e.GetString(),
            JsonElement { ValueKind: JsonValueKind.Null } => null,
            var other => Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    /// <summary>A numeric attribute of a feature, or null when absent.</summary>
    public static double? NumberAttribute(IFeature feature, string name)
    {
        ArgumentNullException.ThrowIfNull(feature);
        if (feature.Attributes is null || !feature.Attributes.Exists(name))
        {
            return null;
        }

        return feature.Attributes[name] switch
        {
            null => null,
            JsonElement { ValueKind: JsonValueKind.Number } e => e.GetDouble(),
            JsonElement => null,
            var other => Convert.ToDouble(other, System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions();
        options.Converters.Add(new GeoJsonConverterFactory());
        return options;
    }
}
