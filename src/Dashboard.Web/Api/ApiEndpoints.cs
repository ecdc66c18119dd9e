using System.Globalization;
using System.Text;
using System.Text.Json;
using Dashboard.Extraction.Pipeline;
using Dashboard.Geo.Shapes;
using Dashboard.Store.Query;
using Dashboard.Web.State;
using Microsoft.Extensions.Primitives;

namespace Dashboard.Web.Api;

/// <summary>
/// The HTTP API: the map fetches its features here, and users can too. Every endpoint takes the filter parameters of
/// a shared link (<c>actor</c>, <c>type</c>, <c>doc</c>, <c>from</c>, <c>to</c>, <c>dates</c>, <c>places</c>, <c>q</c>); other link parameters are
/// ignored, and a value that cannot be read is a 400 problem response that says which. Every response is bounded:
/// events come in pages (<c>limit</c>, <c>cursor</c>), the map in the viewport at its zoom, and whole exports stream.
/// </summary>
public static class ApiEndpoints
{
    public const int DefaultLimit = 500;

    private const string GeoJson = "application/geo+json";
    private const int ExportPage = 500;

    private static readonly ReadOnlyMemory<byte> RecordSeparator = new byte[] { 0x1E };
    private static readonly ReadOnlyMemory<byte> LineFeed = new byte[] { (byte)'\n' };

    public static IEndpointRouteBuilder MapDashboardApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var api = endpoints.MapGroup("/api").WithTags("Dashboard");

        api.MapGet("/events", async (HttpRequest request, HttpResponse response, IDashboardQueries store, FeatureBuilder features, CancellationToken ct) =>
            {
                var filter = await ReadFilterAsync(request, store, ct).ConfigureAwait(false);
                var page = ReadPage(request, DefaultLimit);
                if ((filter.Problem ?? page.Problem) is { } problem)
                {
                    return problem;
                }

                var events = await store.EventsAsync(filter.Filter!, page.Page!, ct).ConfigureAwait(false);
                var documents = await DocumentsAsync(store, events.Items, ct).ConfigureAwait(false);
                response.Headers["X-Total-Count"] = events.Total.ToString(CultureInfo.InvariantCulture);
                if (events.Next is { } next)
                {
                    response.Headers.Link = $"<{NextUrl(request, next)}>; rel=\"next\"";
                }

                return Results.Json(features.Events(events.Items, documents), GeoJsonFiles.Options, GeoJson);
            })
            .WithName("Events")
            .WithSummary("A page of the events that match the filters (limit, default 500, at most 1000; cursor from the Link header), as a GeoJSON FeatureCollection; X-Total-Count says how many match.")
            .Produces(StatusCodes.Status200OK, contentType: GeoJson)
            .ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapGet("/events.geojsonseq", async (HttpRequest request, IDashboardQueries store, FeatureBuilder features, CancellationToken ct) =>
            {
                var filter = await ReadFilterAsync(request, store, ct).ConfigureAwait(false);
                if (filter.Problem is { } problem)
                {
                    return problem;
                }

                return Results.Stream(async stream =>
                {
                    await foreach (var (events, documents) in AllPagesAsync(store, filter.Filter!, ct).ConfigureAwait(false))
                    {
                        foreach (var feature in features.Events(events, documents))
                        {
                            await stream.WriteAsync(RecordSeparator, ct).ConfigureAwait(false);
                            await JsonSerializer.SerializeAsync(stream, feature, GeoJsonFiles.Options, ct).ConfigureAwait(false);
                            await stream.WriteAsync(LineFeed, ct).ConfigureAwait(false);
                        }

                        await stream.FlushAsync(ct).ConfigureAwait(false);
                    }
                }, "application/geo+json-seq", "events.geojsonseq");
            })
            .WithName("EventsSequence")
            .WithSummary("Every event that matches the filters as GeoJSON text sequences (RFC 8142), streamed.")
            .Produces(StatusCodes.Status200OK, contentType: "application/geo+json-seq")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapGet("/events.csv", async (HttpRequest request, IDashboardQueries store, NewsPipeline pipeline, CancellationToken ct) =>
            {
                var filter = await ReadFilterAsync(request, store, ct).ConfigureAwait(false);
                if (filter.Problem is { } problem)
                {
                    return problem;
                }

                var acled = pipeline.Lexicons.Actors.EventTypes;
                return Results.Stream(async stream =>
                {
                    await using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
                    await writer.WriteAsync(EventsCsv.Header).ConfigureAwait(false);
                    await foreach (var (events, documents) in AllPagesAsync(store, filter.Filter!, ct).ConfigureAwait(false))
                    {
                        await writer.WriteAsync(EventsCsv.Rows(events, documents, acled)).ConfigureAwait(false);
                        await writer.FlushAsync(ct).ConfigureAwait(false);
                    }
                }, "text/csv; charset=utf-8", "events.csv");
            })
            .WithName("EventsCsv")
            .WithSummary("Every event that matches the filters as CSV with ACLED-like columns, streamed.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapGet("/places", async (HttpRequest request, IDashboardQueries store, FeatureBuilder features, CancellationToken ct) =>
            {
                var filter = await ReadFilterAsync(request, store, ct).ConfigureAwait(false);
                var map = ReadMapRequest(request);
                if ((filter.Problem ?? map.Problem) is { } problem)
                {
                    return problem;
                }

                var view = await store.MapAsync(filter.Filter!, map.Request!, ct).ConfigureAwait(false);
                return Results.Json(features.Map(view, map.Request!), GeoJsonFiles.Options, GeoJson);
            })
            .WithName("Places")
            .WithSummary("What the map draws for the filters in a viewport (bbox=west,south,east,north; zoom): places with counts and the mix of event types, grid cells where points are too many, and movements.")
            .Produces(StatusCodes.Status200OK, contentType: GeoJson)
            .ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapGet("/event-types", (Dashboard.Core.Events.EventTypeCatalog types) => Results.Json(types.All.Select(t => new
            {
                name = t.Name,
                label = t.Label,
                colour = t.ColourHex,
                glyph = t.Glyph,
                acledType = t.AcledType,
                acledSubType = t.AcledSubType,
                description = t.Description,
            })))
            .WithName("EventTypes")
            .WithSummary("The event types in display order, with the label, colour and glyph the map draws each with, its nearest ACLED pair and what it covers (from wwwroot-data/lexicons/event-types.tsv).");

        return endpoints;
    }

    private static async IAsyncEnumerable<(IReadOnlyList<EventRecord> Events, IReadOnlyDictionary<string, DocumentSummary> Documents)> AllPagesAsync(
        IDashboardQueries store, ViewFilter filter, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        long? cursor = null;
        do
        {
            var page = await store.EventsAsync(filter, new EventPageRequest(ExportPage, after: cursor), ct).ConfigureAwait(false);
            yield return (page.Items, await DocumentsAsync(store, page.Items, ct).ConfigureAwait(false));
            cursor = page.Next;
        }
        while (cursor is not null);
    }

    private static async Task<IReadOnlyDictionary<string, DocumentSummary>> DocumentsAsync(IDashboardQueries store, IReadOnlyList<EventRecord> events, CancellationToken ct)
    {
        var ids = events.Select(e => e.DocumentId).Distinct(StringComparer.Ordinal).ToList();
        return ids.Count == 0
            ? new Dictionary<string, DocumentSummary>()
            : (await store.DocumentsAsync(DocumentQuery.ByIds(ids), ct).ConfigureAwait(false)).ToDictionary(d => d.Id, StringComparer.Ordinal);
    }

    private static string NextUrl(HttpRequest request, long next)
    {
        var query = request.Query.Where(p => p.Key != "cursor").SelectMany(p => p.Value.Select(v => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(v ?? string.Empty)}"));
        return $"{request.PathBase}{request.Path}?{string.Join('&', query.Append($"cursor={next.ToString(CultureInfo.InvariantCulture)}"))}";
    }

    private static PageRead ReadPage(HttpRequest request, int defaultLimit)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var limit = defaultLimit;
        if (request.Query.TryGetValue("limit", out var rawLimit)
            && (!int.TryParse(rawLimit.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit < 1 || limit > EventPageRequest.MaxLimit))
        {
            errors["limit"] = [$"'{rawLimit}' is not a whole number from 1 to {EventPageRequest.MaxLimit}."];
        }

        long? cursor = null;
        if (request.Query.TryGetValue("cursor", out var rawCursor))
        {
            if (long.TryParse(rawCursor.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var after))
            {
                cursor = after;
            }
            else
            {
                errors["cursor"] = [$"'{rawCursor}' is not a cursor from a Link header."];
            }
        }

        return errors.Count > 0
            ? new PageRead(null, Results.ValidationProblem(errors, detail: "The paging parameters could not be read.", title: "Invalid page"))
            : new PageRead(new EventPageRequest(limit, after: cursor), null);
    }

    private static MapRead ReadMapRequest(HttpRequest request)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        BoundingBox? box = null;
        if (request.Query.TryGetValue("bbox", out var rawBox) && (box = BoundingBox.TryParse(rawBox.ToString())) is null)
        {
            errors["bbox"] = [$"'{rawBox}' is not west,south,east,north in degrees."];
        }

        var zoom = 2.0;
        if (request.Query.TryGetValue("zoom", out var rawZoom)
            && (!double.TryParse(rawZoom.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture, out zoom) || zoom < 0 || zoom > 22))
        {
            errors["zoom"] = [$"'{rawZoom}' is not a zoom from 0 to 22."];
        }

        return errors.Count > 0
            ? new MapRead(null, Results.ValidationProblem(errors, detail: "The viewport could not be read.", title: "Invalid viewport"))
            : new MapRead(new MapRequest(box, zoom), null);
    }

    internal static async Task<FilterRead> ReadFilterAsync(HttpRequest request, IDashboardQueries store, CancellationToken ct)
    {
        var query = request.Query.Where(p => ViewStateCodec.FilterNames.Contains(p.Key)).ToList();
        var (actors, documents) = await LinkTargets.FindAsync(store, query, ct).ConfigureAwait(false);
        var read = ViewStateCodec.Parse(query, actors, documents, request.HttpContext.RequestServices.GetRequiredService<Dashboard.Core.Events.EventTypeCatalog>());
        var invalid = read.Notices.Where(n => !n.IsUnknownName).ToList();
        if (invalid.Count > 0)
        {
            var errors = invalid.GroupBy(n => n.Parameter).ToDictionary(g => g.Key, g => g.Select(n => n.Message).ToArray());
            return new FilterRead(null, Results.ValidationProblem(errors, detail: "Some filter values could not be read.", title: "Invalid filter"));
        }

        return new FilterRead(ViewStateCodec.ToFilter(read.State, actors), null);
    }

    internal sealed record FilterRead(ViewFilter? Filter, IResult? Problem);

    private sealed record PageRead(EventPageRequest? Page, IResult? Problem);

    private sealed record MapRead(MapRequest? Request, IResult? Problem);
}
