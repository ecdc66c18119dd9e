namespace Dashboard.Store.Query;

/// <summary>
/// A place on the map with what the filters leave of it: mentions, documents, events by type, and how many of those
/// events are placed here from context rather than by their own sentence (<see cref="Core.Events.PlaceBasis.Context"/>).
/// </summary>
public sealed record MapPlace(PlaceRef Place, int MentionCount, int DocumentCount, IReadOnlyList<FacetCount<string>> Types)
{
    public int EventCount => Types.Sum(t => t.Count);

    /// <summary>The events placed here from context (0 to <see cref="EventCount"/>).</summary>
    public int InferredEventCount
    {
        get;
        init => field = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "A count is never negative.");
    }
}
