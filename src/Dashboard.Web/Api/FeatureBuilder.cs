using System.Globalization;
using Dashboard.Core.Events;
using Dashboard.Geo.Shapes;
using Dashboard.Store.Query;
using NetTopologySuite.Features;

namespace Dashboard.Web.Api;

/// <summary>
/// Builds the GeoJSON FeatureCollections of the API (RFC 7946, serialised by NetTopologySuite.IO.GeoJSON4STJ). A
/// place's geometry follows its precision: points for landmarks and cities, polygons for countries and regions, lines
/// for borders.
/// </summary>
public sealed class FeatureBuilder(PlaceGeometry geometry)
{
    public FeatureCollection Events(IReadOnlyList<EventRecord> events, IReadOnlyDictionary<string, DocumentSummary> documents)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(documents);
        var collection = new FeatureCollection();
        foreach (var e in events)
        {
            var attributes = new AttributesTable
            {
                { "id", e.Id },
                { "type", e.Type },
                { "typeLabel", Labels.EventType(e.Type) },
                { "status", e.Status.ToString().ToLowerInvariant() },
                { "actors", e.Actors.Select(Actor).ToList() },
                { "targets", e.Targets.Select(Actor).ToList() },
                { "place", Place(e.Place) },
                { "origin", Place(e.Origin) },
                { "date", e.When?.ToString() },
                { "datePrecision", e.When?.Precision.ToString().ToLowerInvariant() },
                { "dateLabel", Labels.Date(e.When) },
                { "dateBasis", e.When is null ? null : Labels.DateBasisCode(e.DateBasis, e.When) },
                { "quantities", e.Quantities.Select(Quantity).ToList() },
                { "evidence", e.Evidence.Select(v => Evidence(v, documents)).ToList() },
            };
            collection.Add(new Feature(e.Place is { } p ? GeometryOf(p) : null, attributes) { });
        }

        return collection;
    }

    public FeatureCollection Places(IReadOnlyList<PlaceSummary> places, IReadOnlyList<EventRecord> events)
    {
        ArgumentNullException.ThrowIfNull(places);
        ArgumentNullException.ThrowIfNull(events);
        var byPlace = events.Where(e => e.Place is not null).ToLookup(e => e.Place!.Id, StringComparer.Ordinal);
        var collection = new FeatureCollection();
        foreach (var summary in places)
        {
            var place = summary.Place;
            var here = byPlace[place.Id].ToList();
            var attributes = new AttributesTable
            {
                { "id", place.Id },
                { "name", place.Name },
                { "kind", place.Kind.ToString().ToLowerInvariant() },
                { "precision", place.Precision.ToString().ToLowerInvariant() },
                { "precisionLabel", Labels.Precision(place.Precision) },
                { "country", place.Country },
                { "lat", place.Point?.Latitude },
                { "lon", place.Point?.Longitude },
                { "mentionCount", summary.Mentions.Count },
                { "documentCount", summary.DocumentCount },
                { "eventCount", here.Count },
                { "types", here.GroupBy(e => e.Type, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => new Dictionary<string, object> { ["type"] = g.Key, ["count"] = g.Count() }).ToList() },
                { "events", here.Select(e => new Dictionary<string, object?>
                    {
                        ["id"] = e.Id, ["type"] = e.Type, ["typeLabel"] = Labels.EventType(e.Type), ["dateLabel"] = Labels.Date(e.When),
                        ["status"] = e.Status.ToString().ToLowerInvariant(),
                    }).ToList() },
                { "movements", here.Where(e => e.Origin?.Point is not null && e.Origin.Id != place.Id).Select(Movement).ToList() },
                { "mentions", summary.Mentions.Select(m => new Dictionary<string, object>
                    {
                        ["document"] = m.DocumentId, ["passage"] = m.PassageId, ["start"] = m.Span.Start, ["end"] = m.Span.End, ["surface"] = m.Surface,
                    }).ToList() },
            };
            collection.Add(new Feature(GeometryOf(place), attributes));
        }

        return collection;
    }

    private NetTopologySuite.Geometries.Geometry? GeometryOf(PlaceRef place) => geometry.For(place.Id, place.Kind, place.Country, place.Point);

    private static Dictionary<string, object?> Movement(EventRecord e) => new()
    {
        ["event"] = e.Id,
        ["type"] = e.Type,
        ["origin"] = Place(e.Origin),
        ["size"] = e.Quantities.Where(q => q.Unit is "troops" or "aircraft" or "vehicles" or "people")
            .Select(q => q.Value ?? q.Min ?? q.Max).Max(),
    };

    private static Dictionary<string, object?> Actor(ActorRef a) => new()
    {
        ["id"] = a.Id, ["key"] = a.Key, ["name"] = a.Name, ["kind"] = a.Kind.ToString().ToLowerInvariant(), ["country"] = a.Country,
    };

    private static Dictionary<string, object?>? Place(PlaceRef? p) => p is null ? null : new()
    {
        ["id"] = p.Id,
        ["name"] = p.Name,
        ["kind"] = p.Kind.ToString().ToLowerInvariant(),
        ["precision"] = p.Precision.ToString().ToLowerInvariant(),
        ["country"] = p.Country,
        ["lat"] = p.Point?.Latitude,
        ["lon"] = p.Point?.Longitude,
    };

    private static Dictionary<string, object?> Quantity(Quantity q) => new()
    {
        ["value"] = q.Value, ["min"] = q.Min, ["max"] = q.Max, ["unit"] = q.Unit, ["approximate"] = q.Approximate, ["text"] = q.Surface,
    };

    private static Dictionary<string, object?> Evidence(EvidenceRecord v, IReadOnlyDictionary<string, DocumentSummary> documents)
    {
        var document = documents.GetValueOrDefault(v.DocumentId);
        return new()
        {
            ["document"] = v.DocumentId,
            ["title"] = document?.Metadata.Title,
            ["outlet"] = document?.Metadata.Outlet,
            ["published"] = document?.Metadata.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["passage"] = v.PassageId,
            ["start"] = v.Span.Start,
            ["end"] = v.Span.End,
            ["text"] = v.Text,
        };
    }
}
