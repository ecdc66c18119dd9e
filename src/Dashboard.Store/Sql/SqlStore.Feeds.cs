using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dashboard.Core.Results;
using Dashboard.Store.Feeds;

namespace Dashboard.Store.Sql;

/// <summary>Feed subscriptions, in SQL both providers run as written.</summary>
public abstract partial class SqlStore : IFeedStore
{
    private const string FeedColumns =
        "id, url, title, interval_seconds, paused, honour_robots, keep_summaries, etag, last_modified, last_poll, next_poll, items_taken, last_error, added, failures";

    public IReadOnlyList<FeedSubscription> Feeds()
    {
        using var connection = Connect();
        using var command = DbCommands.Command(connection, null, $"SELECT {FeedColumns} FROM feeds ORDER BY added, id");
        return ReadFeeds(command);
    }

    public FeedSubscription? FindFeed(string idOrUrl)
    {
        ArgumentNullException.ThrowIfNull(idOrUrl);
        using var connection = Connect();
        using var command = DbCommands.Command(connection, null, $"SELECT {FeedColumns} FROM feeds WHERE id = @k OR url = @k", ("@k", idOrUrl.Trim()));
        return ReadFeeds(command).FirstOrDefault();
    }

    public Result<FeedSubscription> AddFeed(Uri url, TimeSpan interval, bool honourRobots, bool keepSummaries, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (interval < FeedSubscription.MinInterval || interval > FeedSubscription.MaxInterval)
        {
            return Result<FeedSubscription>.Failure($"{url}: a feed is polled every {FeedSubscription.MinInterval.TotalMinutes:0} minute to {FeedSubscription.MaxInterval.TotalDays:0} days, not every {interval}.");
        }

        var id = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(url.ToString())))[..12];
        if (FindFeed(url.ToString()) is not null)
        {
            return Result<FeedSubscription>.Failure($"{url}: already followed.");
        }

        using var connection = Connect();
        try
        {
            DbCommands.Execute(connection, null,
                """
                INSERT INTO feeds (id, url, interval_seconds, paused, honour_robots, keep_summaries, next_poll, items_taken, added)
                VALUES (@id, @url, @interval, @paused, @robots, @summaries, @next, 0, @added)
                """,
                ("@id", id), ("@url", url.ToString()), ("@interval", (long)interval.TotalSeconds), ("@paused", false), ("@robots", honourRobots),
                ("@summaries", keepSummaries), ("@next", Time(now)), ("@added", Time(now)));
        }
        catch (DbException)
        {
            // Added by someone else a moment ago (the address is unique).
            return FindFeed(url.ToString()) is not null ? Result<FeedSubscription>.Failure($"{url}: already followed.") : throw new InvalidOperationException($"{url}: the feed could not be stored.");
        }

        return Result<FeedSubscription>.Success(FindFeed(id)!);
    }

    public bool RemoveFeed(string id)
    {
        using var connection = Connect();
        using var transaction = connection.BeginTransaction();
        DbCommands.Execute(connection, transaction, "DELETE FROM feed_items WHERE feed_id = @id", ("@id", id));
        var removed = DbCommands.Execute(connection, transaction, "DELETE FROM feeds WHERE id = @id", ("@id", id)) > 0;
        transaction.Commit();
        return removed;
    }

    public bool SetPaused(string id, bool paused)
    {
        using var connection = Connect();
        return DbCommands.Execute(connection, null, "UPDATE feeds SET paused = @paused WHERE id = @id", ("@id", id), ("@paused", paused)) > 0;
    }

    public bool MakeDue(string id, DateTimeOffset now)
    {
        using var connection = Connect();
        return DbCommands.Execute(connection, null, "UPDATE feeds SET next_poll = @now WHERE id = @id", ("@id", id), ("@now", Time(now))) > 0;
    }

    public void RecordPoll(string id, FeedPollRecord poll)
    {
        ArgumentNullException.ThrowIfNull(poll);
        using var connection = Connect();
        DbCommands.Execute(connection, null,
            """
            UPDATE feeds SET title = COALESCE(@title, title), etag = @etag, last_modified = @modified, last_poll = @polled, next_poll = @next,
                items_taken = items_taken + @taken, last_error = @error,
                failures = CASE WHEN @failed = 0 THEN 0 ELSE failures + 1 END
            WHERE id = @id
            """,
            ("@id", id), ("@title", poll.Title), ("@etag", poll.ETag), ("@modified", poll.LastModified is { } m ? Time(m) : null),
            ("@polled", Time(poll.Polled)), ("@next", Time(poll.NextPoll)), ("@taken", (long)poll.ItemsTaken), ("@error", poll.Error),
            ("@failed", poll.Error is null ? 0L : 1L));
    }

    public bool TryClaim(string id, DateTimeOffset expectedNextPoll, DateTimeOffset leaseUntil)
    {
        using var connection = Connect();
        return DbCommands.Execute(connection, null, "UPDATE feeds SET next_poll = @lease WHERE id = @id AND next_poll = @expected AND NOT paused",
            ("@id", id), ("@lease", Time(leaseUntil)), ("@expected", Time(expectedNextPoll))) == 1;
    }

    public bool HasSeen(string feedId, string itemKey)
    {
        using var connection = Connect();
        return DbCommands.Scalar(connection, null, "SELECT 1 FROM feed_items WHERE feed_id = @f AND item_key = @k", ("@f", feedId), ("@k", ItemKey(itemKey))) is not null;
    }

    public void RecordItem(string feedId, string itemKey, string? documentId, string status, DateTimeOffset now)
    {
        using var connection = Connect();
        // One statement both stores run (SQLite 3.24+, PostgreSQL 9.5+), so that two pollers never collide on the key.
        DbCommands.Execute(connection, null,
            """
            INSERT INTO feed_items (feed_id, item_key, document_id, status, seen) VALUES (@f, @k, @d, @s, @t)
            ON CONFLICT (feed_id, item_key) DO UPDATE SET document_id = excluded.document_id, status = excluded.status, seen = excluded.seen
            """,
            ("@f", feedId), ("@k", ItemKey(itemKey)), ("@d", documentId), ("@s", status.Length > 500 ? status[..500] : status), ("@t", Time(now)));
    }

    private static List<FeedSubscription> ReadFeeds(DbCommand command)
    {
        var feeds = new List<FeedSubscription>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            feeds.Add(new FeedSubscription(reader.GetString(0), new Uri(reader.GetString(1)), TimeSpan.FromSeconds(DbCommands.Long(reader.GetValue(3))),
                ParseTime(reader.GetString(13))!.Value, ParseTime(reader.GetString(10))!.Value)
            {
                Title = DbCommands.NullableString(reader, 2),
                Paused = Convert.ToBoolean(reader.GetValue(4), CultureInfo.InvariantCulture),
                HonourRobots = Convert.ToBoolean(reader.GetValue(5), CultureInfo.InvariantCulture),
                KeepSummaries = Convert.ToBoolean(reader.GetValue(6), CultureInfo.InvariantCulture),
                ETag = DbCommands.NullableString(reader, 7),
                LastModified = ParseTime(DbCommands.NullableString(reader, 8)),
                LastPoll = ParseTime(DbCommands.NullableString(reader, 9)),
                ItemsTaken = DbCommands.Long(reader.GetValue(11)),
                LastError = DbCommands.NullableString(reader, 12),
                Failures = (int)DbCommands.Long(reader.GetValue(14)),
            });
        }

        return feeds;
    }

    /// <summary>An item's key as stored: itself when short, else a hash (a link can be longer than an index entry may be).</summary>
    private static string ItemKey(string key) =>
        key.Length <= 512 ? key : "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private static string Time(DateTimeOffset moment) => moment.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset? ParseTime(string? text) =>
        text is not null && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var moment) ? moment : null;
}
