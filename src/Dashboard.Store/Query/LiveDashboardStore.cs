using Dashboard.Store.Corrections;
using Dashboard.Store.Sqlite;

namespace Dashboard.Store.Query;

/// <summary>
/// The dashboard queries over the persistent store: the stored extractions, with the analysts' corrections applied,
/// indexed in memory. It reloads after every change and tells subscribers, so open dashboards update without a reload.
/// </summary>
public sealed class LiveDashboardStore : IDashboardQueries
{
    private readonly IDocumentStore _store;
    private readonly Lock _gate = new();
    private InMemoryDashboardStore _current = InMemoryDashboardStore.Create([]);
    private IReadOnlyList<Correction> _corrections = [];

    public LiveDashboardStore(IDocumentStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
        Reload();
    }

    /// <summary>Raised after the data changed (new documents, corrections).</summary>
    public event Action? Changed;

    /// <summary>Goes up by one with every change; the map uses it to refetch.</summary>
    public long Version { get; private set; }

    public IReadOnlyList<Correction> Corrections => _corrections;

    /// <summary>Stored documents the last reload could not read (shown to the user; <c>reextract</c> repairs them).</summary>
    public IReadOnlyList<string> Problems { get; private set; } = [];

    public void Reload()
    {
        lock (_gate)
        {
            var documents = _store.LoadAll();
            var corrections = _store.Corrections();
            var byDocument = corrections.ToLookup(c => c.DocumentId, StringComparer.Ordinal);
            var corrected = corrections.Where(c => c.Mention is not null)
                .Select(c => (c.DocumentId, c.Mention!.Value))
                .ToHashSet();
            _current = InMemoryDashboardStore.Create(
                documents.Select(d => new ExtractedDocument(d.Document, CorrectionApplier.Apply(d.Extraction, [.. byDocument[d.Document.Id]]))),
                corrected);
            _corrections = corrections;
            Problems = _store.LoadProblems;
            Version++;
        }

        Changed?.Invoke();
    }

    public Correction Correct(Correction correction)
    {
        var stored = _store.AddCorrection(correction);
        Reload();
        return stored;
    }

    public Task<IReadOnlyList<DocumentSummary>> DocumentsAsync(CancellationToken cancellationToken = default) => _current.DocumentsAsync(cancellationToken);

    public Task<IReadOnlyList<ActorRef>> ActorsAsync(CancellationToken cancellationToken = default) => _current.ActorsAsync(cancellationToken);

    public Task<IReadOnlyList<EventRecord>> EventsAsync(ViewFilter filter, CancellationToken cancellationToken = default) => _current.EventsAsync(filter, cancellationToken);

    public Task<IReadOnlyList<PlaceSummary>> PlacesAsync(ViewFilter filter, CancellationToken cancellationToken = default) => _current.PlacesAsync(filter, cancellationToken);

    public Task<Facets> FacetsAsync(ViewFilter filter, CancellationToken cancellationToken = default) => _current.FacetsAsync(filter, cancellationToken);

    public Task<SourcesView?> SourcesAsync(string selectionId, ViewFilter filter, CancellationToken cancellationToken = default) =>
        _current.SourcesAsync(selectionId, filter, cancellationToken);

    public Task<DocumentView?> DocumentAsync(string documentId, CancellationToken cancellationToken = default) => _current.DocumentAsync(documentId, cancellationToken);
}
