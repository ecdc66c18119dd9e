namespace Dashboard.Store.Query;

/// <summary>The orders the events table and the API can ask for; the store sorts in its query.</summary>
public enum EventSort
{
    /// <summary>The order events were stored in (stable; the API's cursor follows it).</summary>
    Stored,
    Date,
    Type,
    Place,
    Sources,
}
