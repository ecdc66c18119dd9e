namespace Dashboard.Store.Query;

/// <summary>
/// Selection ids: a place id as it is (<c>gn:1526384</c>), an event as <c>event:</c> and its id, and a route (the
/// movements of one type from one place to another, drawn as one arrow) as <c>route:</c>origin<c>&gt;</c>place<c>&gt;</c>type.
/// </summary>
public static class Selection
{
    public const string EventPrefix = "event:";

    public const string RoutePrefix = "route:";

    public static string OfEvent(string eventId) => EventPrefix + eventId;

    public static string OfRoute(string originId, string placeId, string type) => $"{RoutePrefix}{originId}>{placeId}>{type}";

    /// <summary>The event id a selection names, or null when it names a place or a route.</summary>
    public static string? EventId(string? selection) =>
        selection is not null && selection.StartsWith(EventPrefix, StringComparison.Ordinal) ? selection[EventPrefix.Length..] : null;

    /// <summary>The route a selection names, or null when it names something else or is malformed.</summary>
    public static (string Origin, string Place, string Type)? Route(string? selection)
    {
        if (selection is null || !selection.StartsWith(RoutePrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var parts = selection[RoutePrefix.Length..].Split('>');
        return parts.Length == 3 && parts.All(p => p.Length > 0) ? (parts[0], parts[1], parts[2]) : null;
    }
}
