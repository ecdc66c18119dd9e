namespace Dashboard.Store.Query;

/// <summary>A page of matching events, how many match in all, and the cursor of the next page (null on the last).</summary>
public sealed record EventPage(IReadOnlyList<EventRecord> Items, int Total, long? Next);
