namespace Dashboard.Store.Query;

/// <summary>A place on the map with what the filters leave of it: mentions, documents, events by type.</summary>
public sealed record MapPlace(PlaceRef Place, int MentionCount, int DocumentCount, IReadOnlyList<FacetCount<string>> Types)
{
    public int EventCount => Types.Sum(t => t.Count);
}
