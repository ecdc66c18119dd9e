using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Dashboard.Core.Geography;
using Dashboard.Core.Text;
using Dashboard.Core.Time;

namespace Dashboard.Store.Sqlite;

/// <summary>
/// JSON forms of the core value structs, which validate in their constructors (the serializer would otherwise build
/// them with the default constructor and leave them empty): spans as [start, end], points as [lat, lon], date
/// intervals as ["start", "end", "precision"].
/// </summary>
internal static class ValueConverters
{
    public static IEnumerable<JsonConverter> All { get; } = [new SpanConverter(), new PointConverter(), new IntervalConverter()];

    private sealed class SpanConverter : JsonConverter<TextSpan>
    {
        public override TextSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var values = JsonSerializer.Deserialize<int[]>(ref reader, options) ?? throw new JsonException("A span needs [start, end].");
            return values.Length == 2 ? new TextSpan(values[0], values[1]) : throw new JsonException("A span needs [start, end].");
        }

        public override void Write(Utf8JsonWriter writer, TextSpan value, JsonSerializerOptions options)
        {
            writer.WriteStartArray();
            writer.WriteNumberValue(value.Start);
            writer.WriteNumberValue(value.End);
            writer.WriteEndArray();
        }
    }

    private sealed class PointConverter : JsonConverter<GeoPoint>
    {
        public override GeoPoint Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var values = JsonSerializer.Deserialize<double[]>(ref reader, options) ?? throw new JsonException("A point needs [lat, lon].");
            return values.Length == 2 ? new GeoPoint(values[0], values[1]) : throw new JsonException("A point needs [lat, lon].");
        }

        public override void Write(Utf8JsonWriter writer, GeoPoint value, JsonSerializerOptions options)
        {
            writer.WriteStartArray();
            writer.WriteNumberValue(value.Latitude);
            writer.WriteNumberValue(value.Longitude);
            writer.WriteEndArray();
        }
    }

    private sealed class IntervalConverter : JsonConverter<DateInterval>
    {
        public override DateInterval Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var values = JsonSerializer.Deserialize<string[]>(ref reader, options);
            if (values is not { Length: 3 })
            {
                throw new JsonException("A date interval needs [start, end, precision].");
            }

            return new DateInterval(
                DateOnly.ParseExact(values[0], "yyyy-MM-dd", CultureInfo.InvariantCulture),
                DateOnly.ParseExact(values[1], "yyyy-MM-dd", CultureInfo.InvariantCulture),
                Enum.Parse<TimePrecision>(values[2]));
        }

        public override void Write(Utf8JsonWriter writer, DateInterval value, JsonSerializerOptions options)
        {
            writer.WriteStartArray();
            writer.WriteStringValue(value.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            writer.WriteStringValue(value.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            writer.WriteStringValue(value.Precision.ToString());
            writer.WriteEndArray();
        }
    }
}
