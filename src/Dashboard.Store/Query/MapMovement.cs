namespace Dashboard.Store.Query;

/// <summary>
/// The arrow of one route: the movement events of one type from <see cref="Origin"/> to <see cref="Place"/> that
/// match the filter, drawn once however many reports tell of them. <see cref="EventId"/> and <see cref="Size"/> are
/// those of the latest stored report; <see cref="Count"/> is how many there are.
/// </summary>
public sealed record MapMovement
{
    public MapMovement(string eventId, string type, PlaceRef origin, PlaceRef place, double? size, int count = 1)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventId);
        ArgumentException.ThrowIfNullOrEmpty(type);
        ArgumentNullException.ThrowIfNull(origin);
        ArgumentNullException.ThrowIfNull(place);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        (EventId, Type, Origin, Place, Size, Count) = (eventId, type, origin, place, size, count);
    }

    public string EventId { get; }

    public string Type { get; }

    public PlaceRef Origin { get; }

    public PlaceRef Place { get; }

    public double? Size { get; }

    /// <summary>How many matching events take this route (at least one).</summary>
    public int Count { get; }
}
