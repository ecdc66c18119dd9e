using Dashboard.Core.Geography;

namespace Dashboard.Store.Query;

/// <summary>
/// Several places aggregated into one grid cell (at low zoom, when the viewport holds too many): where their weight
/// lies, how many places, events and mentions, and the mix of event types.
/// </summary>
public sealed record MapCell(string Id, GeoPoint Centre, int PlaceCount, int MentionCount, IReadOnlyList<FacetCount<string>> Types, double Size)
{
    public int EventCount => Types.Sum(t => t.Count);
}
