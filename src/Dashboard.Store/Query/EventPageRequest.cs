namespace Dashboard.Store.Query;

/// <summary>
/// One page of events: at most <see cref="Limit"/> rows, either from an offset (the events table) or after a cursor
/// (the API's export, in stored order).
/// </summary>
public sealed record EventPageRequest
{
    public const int MaxLimit = 1000;

    public EventPageRequest(int limit, int offset = 0, EventSort sort = EventSort.Stored, bool descending = false, long? after = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, MaxLimit);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        if (after is not null && (sort != EventSort.Stored || offset != 0))
        {
            throw new ArgumentException("A cursor pages in stored order only, without an offset.", nameof(after));
        }

        Limit = limit;
        Offset = offset;
        Sort = sort;
        Descending = descending;
        After = after;
    }

    public int Limit { get; }

    public int Offset { get; }

    public EventSort Sort { get; }

    public bool Descending { get; }

    /// <summary>The cursor: the <see cref="EventPage.Next"/> of the page before.</summary>
    public long? After { get; }
}
