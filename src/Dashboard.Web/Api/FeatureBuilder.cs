using System.Globalization;
using Dashboard.Core.Events;
using Dashboard.Geo.Shapes;
using Dashboard.Store.Query;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;

namespace Dashboard.Web.Api;

/// <summary>
/// Builds the GeoJSON FeatureCollections of the API (RFC 7946, serialised by NetTopologySuite.IO.GeoJSON4STJ). A
/// place's geometry follows its precision: points for landmarks and cities, polygons for countries and regions, lines
/// for borders.
/// </summary>
public sealed class FeatureBuilder(PlaceGeometry geometry, Dashboard.Core.Events.EventTypeCatalog types)
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
                { "typeLabel", types.Label(e.Type) },
                { "status", e.Status.ToString().ToLowerInvariant() },
                { "actors", e.Actors.Select(Actor).ToList() },
                { "targets", e.Targets.Select(Actor).ToList() },
                { "place", Place(e.Place) },
                { "placeBasis", e.Place is null ? null : Labels.PlaceBasisCode(e.PlaceBasis, e.Place) },
                { "origin", Place(e.Origin) },
                { "date", e.When?.ToString() },
                { "datePrecision", e.When?.Precision.ToString().ToLowerInvariant() },
                { "dateLabel", Labels.Date(e.When) },
                { "dateBasis", e.When is null ? null : Labels.DateBasisCode(e.DateBasis, e.When) },
                { "confidence", e.Confidence },
                { "quantities", e.Quantities.Select(Quantity).ToList() },
                { "evidence", e.Evidence.Select(v => Evidence(v, documents)).ToList() },
            };
            // An event is a point, as in ACLED (its place's precision says what the point stands for); the area itself is drawn
            // from /api/places, so a page of events does not repeat a country's outline per event.
            collection.Add(new Feature(e.Place is { } p ? (p.Point is { } point ? Factory.CreatePoint(new Coordinate(point.Longitude, point.Latitude)) : GeometryOf(p)) : null, attributes));
        }

        return collection;
    }

    /// <summary>
    /// The map's features: places (point, area or line by precision) with their counts and type mix, grid cells where
    /// points were too many, and movements as lines. Details (events, passages) are fetched when a feature is chosen.
    /// </summary>
    public FeatureCollection Map(MapView view, MapRequest request)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(request);
        var collection = new FeatureCollection();
        var box = request.Box is { IsWorld: false } b ? new Envelope(b.West, b.East, b.South, b.North) : null;
        foreach (var summary in view.Places)
        {
            var place = summary.Place;
            var shape = GeometryOf(place, request.Zoom);
            if (box is not null && shape is not null && place.Geometry != Core.Places.GeometryKind.Point && !shape.EnvelopeInternal.Intersects(box))
            {
                continue; // an area or a line wholly outside the viewport
            }

            collection.Add(new Feature(shape, new AttributesTable
            {
                { "id", place.Id },
                { "featureType", "place" },
                { "name", place.Name },
                { "kind", place.Kind.ToString().ToLowerInvariant() },
                { "precision", place.Precision.ToString().ToLowerInvariant() },
                { "precisionLabel", Labels.Precision(place.Precision) },
                { "country", place.Country },
                { "lat", place.Point?.Latitude },
                { "lon", place.Point?.Longitude },
                { "mentionCount", summary.MentionCount },
                { "documentCount", summary.DocumentCount },
                { "eventCount", summary.EventCount },
                { "inferredEventCount", summary.InferredEventCount },
                { "types", Types(summary.Types) },
            }));
        }

        foreach (var cell in view.Cells)
        {
            collection.Add(new Feature(Factory.CreatePoint(new Coordinate(cell.Centre.Longitude, cell.Centre.Latitude)), new AttributesTable
            {
                { "id", cell.Id },
                { "featureType", "cell" },
                { "placeCount", cell.PlaceCount },
                { "mentionCount", cell.MentionCount },
                { "eventCount", cell.EventCount },
                { "types", Types(cell.Types) },
                { "size", cell.Size },
            }));
        }

        foreach (var move in view.Movements)
        {
            // An origin known only to the country starts at its capital (not its centroid), drawn dashed.
            var from = move.Origin.Precision is Core.Geography.GeoPrecision.Country && geometry.CapitalOf(move.Origin.Country) is { } capital
                ? capital
                : move.Origin.Point!.Value;
            var to = move.Place.Point!.Value;
            var coarse = !IsPrecise(move.Origin) || !IsPrecise(move.Place);
            collection.Add(new Feature(Factory.CreateLineString([new Coordinate(from.Longitude, from.Latitude), new Coordinate(to.Longitude, to.Latitude)]),
                new AttributesTable
                {
                    { "id", "arrow:" + move.EventId },
                    { "featureType", "movement" },
                    { "event", move.EventId },
                    // What choosing the arrow opens: the event, or every report of the route when there are several.
                    { "selection", move.Count > 1 ? Selection.OfRoute(move.Origin.Id, move.Place.Id, move.Type) : Selection.OfEvent(move.EventId) },
                    { "type", move.Type },
                    { "origin", Place(move.Origin) },
                    { "place", Place(move.Place) },
                    { "size", move.Size },
                    { "count", move.Count },
                    { "coarse", coarse },
                }));
        }

        return collection;
    }

    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    private static bool IsPrecise(PlaceRef place) => place.Precision is Core.Geography.GeoPrecision.Landmark or Core.Geography.GeoPrecision.City;

    private static List<Dictionary<string, object>> Types(IReadOnlyList<FacetCount<string>> types) =>
        [.. types.Select(t => new Dictionary<string, object> { ["type"] = t.Value, ["count"] = t.Count })];

    /// <summary>
    /// A place's geometry as the API sends it: points as they are; areas and lines simplified to half a pixel at the
    /// zoom asked for (Douglas–Peucker, so islands smaller than that drop out) with the decimals that level needs
    /// (<see cref="ShapeDetail"/>), made once per place and zoom level. A region's union of countries is megabytes at full
    /// detail.
    /// </summary>
    private Geometry? GeometryOf(PlaceRef place, double zoom = EventZoom)
    {
        if (place.Geometry == Core.Places.GeometryKind.Point)
        {
            return geometry.For(place.Id, place.Kind, place.Country, place.Point);
        }

        // Past zoom 6 (about 1 km) an outline gains nothing a shaded area needs; the basemap draws the fine coast.
        var level = ShapeDetail.Level(zoom);
        return _shapes.GetOrAdd((place.Id, level), _ => Lighter(geometry.For(place.Id, place.Kind, place.Country, place.Point), level));
    }

    /// <summary>The detail of lines in the events API (borders, which have no point): about 3 km.</summary>
    private const double EventZoom = 5;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string, int), Geometry?> _shapes = new();

    private static Geometry? Lighter(Geometry? shape, int level)
    {
        var tolerance = ShapeDetail.Tolerance(level);
        if (shape is null or Point)
        {
            return shape;
        }

        // No topology repair (a buffer of the whole multipolygon, the slow part): a ring that touches itself after
        // simplification still shades the right area in the browser, and it is never used for computation.
        var simplified = new NetTopologySuite.Simplify.DouglasPeuckerSimplifier(shape) { DistanceTolerance = tolerance, EnsureValidTopology = false }.GetResultGeometry();
        if (simplified.IsEmpty)
        {
            // Smaller than the tolerance: keep the outline of its largest part rather than nothing.
            simplified = shape.Envelope;
        }

        simplified.Apply(new RoundCoordinates(ShapeDetail.Decimals(level)));
        simplified.GeometryChanged();
        return simplified;
    }

    /// <summary>Rounds coordinates to the given decimals in place.</summary>
    private sealed class RoundCoordinates(int decimals) : ICoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq, int i)
        {
            seq.SetX(i, Math.Round(seq.GetX(i), decimals));
            seq.SetY(i, Math.Round(seq.GetY(i), decimals));
        }
    }

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
