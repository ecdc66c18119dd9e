namespace Dashboard.Store.Query;

/// <summary>A filter value and how many events would match with it (the other filters applied).</summary>
public sealed record FacetCount<T>(T Value, int Count);
