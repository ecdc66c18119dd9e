using Dashboard.Extraction.Pipeline;
using Dashboard.Geo.Shapes;
using Dashboard.Store.Query;
using Dashboard.Web.State;

namespace Dashboard.Web.Api;

/// <summary>
/// The HTTP API: the map fetches its features here, and users can too. Every endpoint takes the filter parameters of
/// a shared link (<c>actor</c>, <c>type</c>, <c>doc</c>, <c>from</c>, <c>to</c>, <c>dates</c>, <c>q</c>); other link parameters are
/// ignored, and a filter value that cannot be read is a 400 problem response that says which.
/// </summary>
public static class ApiEndpoints
{
    private const string GeoJson = "application/geo+json";

    public static IEndpointRouteBuilder MapDashboardApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var api = endpoints.MapGroup("/api").WithTags("Dashboard");

        api.MapGet("/events", async (HttpRequest request, IDashboardQueries store, FeatureBuilder features, CancellationToken ct) =>
            {
                var filter = await ReadFilterAsync(request, store, ct).ConfigureAwait(false);
                if (!filter.IsSuccess)
                {
                    return filter.Problem!;
                }

                var events = await store.EventsAsync(filter.Filter!, ct).ConfigureAwait(false);
                var documents = await DocumentsAsync(store, ct).ConfigureAwait(false);
                return Results.Json(features.Events(events, documents), GeoJsonFiles.Options, GeoJson);
            })
            .WithName("Events")
            .WithSummary("Events that match the filters, as a GeoJSON FeatureCollection (one feature per event; the geometry is the event's place at its precision).")
            .Produces(StatusCodes.Status200OK, contentType: GeoJson)
            .ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapGet("/events.csv", async (HttpRequest request, IDashboardQueries store, NewsPipeline pipeline, CancellationToken ct) =>
            {
                var filter = await ReadFilterAsync(request, store, ct).ConfigureAwait(false);
                if (!filter.IsSuccess)
                {
                    return filter.Problem!;
                }

                var events = await store.EventsAsync(filter.Filter!, ct).ConfigureAwait(false);
                var documents = await DocumentsAsync(store, ct).ConfigureAwait(false);
                var csv = EventsCsv.Write(events, documents, pipeline.Lexicons.Actors.EventTypes);
                return Results.File(System.Text.Encoding.UTF8.GetBytes(csv), "text/csv; charset=utf-8", "events.csv");
            })
            .WithName("EventsCsv")
            .WithSummary("Events that match the filters as CSV with ACLED-like columns.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapGet("/places", async (HttpRequest request, IDashboardQueries store, FeatureBuilder features, CancellationToken ct) =>
            {
                var filter = await ReadFilterAsync(request, store, ct).ConfigureAwait(false);
                if (!filter.IsSuccess)
                {
                    return filter.Problem!;
                }

                var places = await store.PlacesAsync(filter.Filter!, ct).ConfigureAwait(false);
                var events = await store.EventsAsync(filter.Filter!, ct).ConfigureAwait(false);
                return Results.Json(features.Places(places, events), GeoJsonFiles.Options, GeoJson);
            })
            .WithName("Places")
            .WithSummary("Places mentioned in the passages that match the filters, one feature per place, with their mentions, events and movements.")
            .Produces(StatusCodes.Status200OK, contentType: GeoJson)
            .ProducesProblem(StatusCodes.Status400BadRequest);

        return endpoints;
    }

    private static async Task<IReadOnlyDictionary<string, DocumentSummary>> DocumentsAsync(IDashboardQueries store, CancellationToken ct) =>
        (await store.DocumentsAsync(ct).ConfigureAwait(false)).ToDictionary(d => d.Id, StringComparer.Ordinal);

    private static async Task<FilterRead> ReadFilterAsync(HttpRequest request, IDashboardQueries store, CancellationToken ct)
    {
        var actors = await store.ActorsAsync(ct).ConfigureAwait(false);
        var documents = await store.DocumentsAsync(ct).ConfigureAwait(false);
        var filterNames = new HashSet<string>(["actor", "type", "doc", "from", "to", "dates", "q"], StringComparer.Ordinal);
        var read = ViewStateCodec.Parse(request.Query.Where(p => filterNames.Contains(p.Key)), actors, [.. documents.Select(d => d.Id)]);
        var invalid = read.Notices.Where(n => !n.IsUnknownName).ToList();
        if (invalid.Count > 0)
        {
            var errors = invalid.GroupBy(n => n.Parameter).ToDictionary(g => g.Key, g => g.Select(n => n.Message).ToArray());
            return new FilterRead(null, Results.ValidationProblem(errors, detail: "Some filter values could not be read.", title: "Invalid filter"));
        }

        return new FilterRead(ViewStateCodec.ToFilter(read.State, actors), null);
    }

    private sealed record FilterRead(ViewFilter? Filter, IResult? Problem)
    {
        public bool IsSuccess => Filter is not null;
    }
}
