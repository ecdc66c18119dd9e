namespace Dashboard.Store.Query;

/// <summary>
/// The queries the dashboard and the HTTP API run. The in-memory index implements them now; the persistent store
/// implements the same interface, so the web layer does not change when it lands.
/// </summary>
public interface IDashboardQueries
{
    Task<IReadOnlyList<DocumentSummary>> DocumentsAsync(CancellationToken cancellationToken = default);

    /// <summary>Every actor in the corpus, with the readable key that links use.</summary>
    Task<IReadOnlyList<ActorRef>> ActorsAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<EventRecord>> EventsAsync(ViewFilter filter, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<PlaceSummary>> PlacesAsync(ViewFilter filter, CancellationToken cancellationToken = default);

    Task<Facets> FacetsAsync(ViewFilter filter, CancellationToken cancellationToken = default);

    /// <summary>The Sources panel for a place id or an event id (<c>event:…</c>); null when the id is unknown.</summary>
    Task<SourcesView?> SourcesAsync(string selectionId, ViewFilter filter, CancellationToken cancellationToken = default);

    Task<DocumentView?> DocumentAsync(string documentId, CancellationToken cancellationToken = default);
}
