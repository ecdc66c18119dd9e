namespace Dashboard.Store.Query;

/// <summary>
/// Counts for the filter panel. Each dimension is counted with the other filters applied but not its own, so that an
/// analyst sees what choosing another value would give. Days count the matching events dated to a single day.
/// </summary>
public sealed record Facets(
    IReadOnlyList<FacetCount<ActorRef>> Actors,
    IReadOnlyList<FacetCount<string>> Types,
    IReadOnlyList<FacetCount<DateOnly>> Days,
    int Matching,
    int Undated,
    int Total);
