using System.Globalization;
using System.Text;
using Dashboard.Store.Query;

namespace Dashboard.Web.Api;

/// <summary>
/// Events as CSV with ACLED-like columns (RFC 4180 quoting). Cells that a spreadsheet would read as a formula are
/// prefixed with an apostrophe.
/// </summary>
public static class EventsCsv
{
    public static readonly string[] Columns =
    [
        "event_id", "event_date", "date_end", "time_precision", "date_basis", "event_type", "sub_event_type", "status", "actor1", "actor2",
        "location", "location_id", "country", "latitude", "longitude", "geo_precision", "place_basis", "origin", "origin_latitude",
        "origin_longitude", "quantity", "quantity_min", "quantity_max", "quantity_unit", "source", "source_url", "notes", "confidence",
    ];

    public static string Write(
        IReadOnlyList<EventRecord> events,
        IReadOnlyDictionary<string, DocumentSummary> documents,
        IReadOnlyDictionary<string, (string AcledType, string AcledSubType)> acled)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(acled);
        return Header + Rows(events, documents, acled);
    }

    /// <summary>The header line, with its line break.</summary>
    public static string Header => string.Join(',', Columns) + "\r\n";

    /// <summary>The rows of some events (a page of a streamed export), each with its line break.</summary>
    public static string Rows(
        IReadOnlyList<EventRecord> events,
        IReadOnlyDictionary<string, DocumentSummary> documents,
        IReadOnlyDictionary<string, (string AcledType, string AcledSubType)> acled)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(acled);
        var builder = new StringBuilder();
        foreach (var e in events)
        {
            var document = documents.GetValueOrDefault(e.DocumentId);
            var quantity = e.Quantities.Count > 0 ? e.Quantities[0] : null;
            var cells = new[]
            {
                e.Id,
                e.When?.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                e.When?.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                e.When is { } w ? ((int)w.Precision).ToString(CultureInfo.InvariantCulture) : null,
                Labels.DateBasisCode(e.DateBasis, e.When),
                acled.TryGetValue(e.Type, out var pair) ? pair.AcledType : null,
                acled.TryGetValue(e.Type, out var sub) ? sub.AcledSubType : null,
                e.Status.ToString().ToLowerInvariant(),
                string.Join("; ", e.Actors.Select(a => a.Name)),
                string.Join("; ", e.Targets.Select(a => a.Name)),
                e.Place?.Name,
                e.Place?.Id,
                e.Place?.Country,
                Number(e.Place?.Point?.Latitude),
                Number(e.Place?.Point?.Longitude),
                e.Place is { } p ? Labels.Precision(p.Precision) : null,
                Labels.PlaceBasisCode(e.PlaceBasis, e.Place),
                e.Origin?.Name,
                Number(e.Origin?.Point?.Latitude),
                Number(e.Origin?.Point?.Longitude),
                Number(quantity?.Value),
                Number(quantity?.Min),
                Number(quantity?.Max),
                quantity?.Unit,
                document is null ? null : $"{document.Metadata.Outlet}: {document.Metadata.Title}",
                document?.Metadata.Url?.ToString(),
                string.Join(" … ", e.Evidence.Select(v => v.Text)),
                Number(e.Confidence),
            };
            builder.AppendJoin(',', cells.Select(Cell)).Append("\r\n");
        }

        return builder.ToString();
    }

    private static string? Number(double? value) => value?.ToString("0.#####", CultureInfo.InvariantCulture);

    private static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        if (value[0] is '=' or '+' or '-' or '@' && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}
