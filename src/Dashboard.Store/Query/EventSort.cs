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

    /// <summary>By the event's confidence (unscored events last), so that doubtful events can be reviewed first.</summary>
    Confidence,
}
