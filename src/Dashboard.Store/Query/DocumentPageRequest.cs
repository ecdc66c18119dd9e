namespace Dashboard.Store.Query;

/// <summary>
/// One page of the stored documents, newest first: at most <see cref="Limit"/>, after <see cref="After"/> (the
/// <see cref="DocumentPage.Next"/> of the page before), only those of <see cref="Feed"/> when it is given.
/// </summary>
public sealed record DocumentPageRequest
{
    public const int MaxLimit = 500;

    public DocumentPageRequest(int limit, string? after = null, string? feed = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, MaxLimit);
        if (after is not null && !IsCursor(after))
        {
            throw new ArgumentException("Not a document cursor.", nameof(after));
        }

        Limit = limit;
        After = after;
        Feed = string.IsNullOrWhiteSpace(feed) ? null : feed.Trim();
    }

    public int Limit { get; }

    public string? After { get; }

    public string? Feed { get; }

    /// <summary>Whether <paramref name="cursor"/> is one this store hands out ("added|id").</summary>
    public static bool IsCursor(string cursor) =>
        cursor.Split('|') is [var added, var id] && DateTimeOffset.TryParse(added, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind, out _) && id.Length is > 0 and <= 64;
}
