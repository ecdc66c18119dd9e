using Dashboard.Core.Extraction;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dashboard.Store.Sqlite;

/// <summary>
/// Extraction results as JSON, the form the store keeps them in beside its indexed rows. The records round-trip
/// through their validating constructors, so a stored result that no longer validates is refused, not half-read.
/// </summary>
public static class ExtractionSerializer
{
    internal static JsonSerializerOptions Options { get; } = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };
        options.Converters.Add(new JsonStringEnumConverter());
        foreach (var converter in ValueConverters.All)
        {
            options.Converters.Add(converter);
        }

        return options;
    }

    public static string Write(ExtractionResult result) => JsonSerializer.Serialize(result, Options);

    public static ExtractionResult Read(string json) =>
        JsonSerializer.Deserialize<ExtractionResult>(json, Options) ?? throw new JsonException("The stored extraction is empty.");
}
