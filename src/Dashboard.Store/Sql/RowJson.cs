using System.Text.Json;
using Dashboard.Core.Events;
using Dashboard.Core.Extraction;
using Dashboard.Core.Places;
using Dashboard.Store.Query;
using Dashboard.Store.Sqlite;

namespace Dashboard.Store.Sql;

/// <summary>
/// The JSON columns of a document's rows (an event's quantities, a mention's other candidates), made ahead of time on the
/// thread that extracts, so that the thread that writes only binds them. Kept per object: an event or mention that a
/// correction replaced is not found and is serialised when written.
/// </summary>
internal sealed class RowJson
{
    public static readonly RowJson None = new(null);

    private readonly Dictionary<object, string> _json = new(ReferenceEqualityComparer.Instance);

    public RowJson(ExtractionResult? extraction)
    {
        if (extraction is null)
        {
            return;
        }

        foreach (var e in extraction.Events)
        {
            _json[e] = Serialize(e);
        }

        foreach (var resolved in extraction.Places)
        {
            if (PlaceRef.From(resolved) is { } place)
            {
                _json[resolved] = Serialize(resolved, place.Id);
            }
        }
    }

    public string Quantities(NewsEvent e) => _json.TryGetValue(e, out var json) ? json : Serialize(e);

    public string Alternatives(ResolvedPlace resolved, string chosen) =>
        _json.TryGetValue(resolved, out var json) ? json : Serialize(resolved, chosen);

    private static string Serialize(NewsEvent e) => JsonSerializer.Serialize(e.Quantities, ExtractionSerializer.Options);

    private static string Serialize(ResolvedPlace resolved, string chosen) =>
        JsonSerializer.Serialize<IReadOnlyList<PlaceCandidate>>([.. resolved.Alternatives.Where(a => a.Id != chosen)], ExtractionSerializer.Options);
}
