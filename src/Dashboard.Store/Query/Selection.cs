namespace Dashboard.Store.Query;

/// <summary>Selection ids: a place id as it is (<c>gn:1526384</c>), an event as <c>event:</c> and its id.</summary>
public static class Selection
{
    public const string EventPrefix = "event:";

    public static string OfEvent(string eventId) => EventPrefix + eventId;

    /// <summary>The event id a selection names, or null when it names a place.</summary>
    public static string? EventId(string? selection) =>
        selection is not null && selection.StartsWith(EventPrefix, StringComparison.Ordinal) ? selection[EventPrefix.Length..] : null;
}
