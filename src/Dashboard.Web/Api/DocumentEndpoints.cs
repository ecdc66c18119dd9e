using System.Globalization;
using Dashboard.Store.Query;

namespace Dashboard.Web.Api;

/// <summary>
/// <c>GET /api/documents</c>: the stored articles, newest first, in pages (<c>limit</c>, default 50, at most 500;
/// <c>cursor</c> from the Link header), filtered like the other endpoints (an article is listed when one of its events
/// matches) and by <c>feed</c>. Each carries its title, outlet, URL, publication date with where it came from, when it
/// was added, the feed it came by, and its event and place counts.
/// </summary>
public static class DocumentEndpoints
{
    public const int DefaultLimit = 50;

    public static IEndpointRouteBuilder MapDocumentsApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet("/api/documents", async (HttpRequest request, HttpResponse response, IDashboardQueries store, CancellationToken ct) =>
            {
                var filter = await ApiEndpoints.ReadFilterAsync(request, store, ct).ConfigureAwait(false);
                if (filter.Problem is { } problem)
                {
                    return problem;
                }

                var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
                var limit = DefaultLimit;
                if (request.Query.TryGetValue("limit", out var rawLimit)
                    && (!int.TryParse(rawLimit.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit < 1 || limit > DocumentPageRequest.MaxLimit))
                {
                    errors["limit"] = [$"'{rawLimit}' is not a whole number from 1 to {DocumentPageRequest.MaxLimit}."];
                }

                var cursor = request.Query["cursor"].ToString();
                if (cursor.Length > 0 && !DocumentPageRequest.IsCursor(cursor))
                {
                    errors["cursor"] = [$"'{cursor}' is not a cursor from a Link header."];
                }

                if (errors.Count > 0)
                {
                    return Results.ValidationProblem(errors, detail: "The paging parameters could not be read.", title: "Invalid page");
                }

                var page = await store.DocumentPageAsync(filter.Filter!, new DocumentPageRequest(limit, cursor.Length > 0 ? cursor : null, request.Query["feed"].ToString()), ct)
                    .ConfigureAwait(false);
                response.Headers["X-Total-Count"] = page.Total.ToString(CultureInfo.InvariantCulture);
                if (page.Next is { } next)
                {
                    var query = request.Query.Where(p => p.Key != "cursor").SelectMany(p => p.Value.Select(v => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(v ?? string.Empty)}"));
                    response.Headers.Link = $"<{request.PathBase}{request.Path}?{string.Join('&', query.Append("cursor=" + Uri.EscapeDataString(next)))}>; rel=\"next\"";
                }

                return Results.Json(page.Items.Select(d => new
                {
                    id = d.Id,
                    title = d.Metadata.Title,
                    outlet = d.Metadata.Outlet,
                    url = d.Metadata.Url?.ToString(),
                    published = d.Metadata.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    publishedFrom = JsonName(d.Metadata.Published is null ? "Unknown" : d.Metadata.PublishedFrom.ToString()),
                    added = d.Metadata.Added,
                    feed = d.Metadata.Feed,
                    events = d.EventCount,
                    places = d.PlaceCount,
                }));
            })
            .WithTags("Dashboard")
            .WithName("Documents")
            .WithSummary("A page of the stored articles, newest first (limit, default 50, at most 500; cursor from the Link header; feed), with publication date and its source, added, feed, event and place counts; X-Total-Count says how many match.")
            .Produces(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return endpoints;
    }

    private static string JsonName(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
