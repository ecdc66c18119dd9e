namespace Dashboard.Store.Query;

/// <summary>
/// The queries the dashboard and the HTTP API run. Both stores (SQLite, PostgreSQL) answer them with SQL over indexed
/// rows; every answer is bounded whatever the corpus size: lists are paged or capped, the map aggregates.
/// </summary>
public interface IDashboardQueries
{
    /// <summary>How many documents are stored.</summary>
    Task<int> DocumentCountAsync(CancellationToken cancellationToken = default);

    /// <summary>Documents by id, or the latest ones (most recently published first).</summary>
    Task<IReadOnlyList<DocumentSummary>> DocumentsAsync(DocumentQuery query, CancellationToken cancellationToken = default);

    /// <summary>A page of the stored documents, newest first: those with an event that matches the filter (all when it filters nothing).</summary>
    Task<DocumentPage> DocumentPageAsync(ViewFilter filter, DocumentPageRequest page, CancellationToken cancellationToken = default);

    /// <summary>The actors a link names, by readable key or full id (case-insensitive); unknown names are left out.</summary>
    Task<IReadOnlyList<ActorRef>> FindActorsAsync(IReadOnlyCollection<string> keysOrIds, CancellationToken cancellationToken = default);

    /// <summary>One page of the events that match, with the total.</summary>
    Task<EventPage> EventsAsync(ViewFilter filter, EventPageRequest page, CancellationToken cancellationToken = default);

    /// <summary>What the map draws for the filter in a viewport at a zoom.</summary>
    Task<MapView> MapAsync(ViewFilter filter, MapRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Where the matching events are: the box around their places' points and the points of the places mentioned more
    /// than once with them (an area counts by its point), or null when there is none. The map opens on it when a link
    /// names no viewport.
    /// </summary>
    Task<BoundingBox?> ExtentAsync(ViewFilter filter, CancellationToken cancellationToken = default);

    Task<Facets> FacetsAsync(ViewFilter filter, CancellationToken cancellationToken = default);

    /// <summary>The Sources panel for a place id or an event id (<c>event:…</c>); null when the id is unknown.</summary>
    Task<SourcesView?> SourcesAsync(string selectionId, ViewFilter filter, CancellationToken cancellationToken = default);

    Task<DocumentView?> DocumentAsync(string documentId, CancellationToken cancellationToken = default);

    /// <summary>Stored documents whose extraction cannot be read (named to the user; <c>reextract</c> repairs them), at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<string>> ProblemsAsync(int limit, CancellationToken cancellationToken = default);
}
