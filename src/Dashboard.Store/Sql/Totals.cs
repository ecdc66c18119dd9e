using System.Data.Common;

namespace Dashboard.Store.Sql;

/// <summary>
/// Running totals kept up to date as documents are written and deleted, so that a view with no filter (the first map,
/// the filter panel's counts) reads a few rows per place, type and actor instead of aggregating every event and mention
/// of the corpus. The documents of a batch add their counts when their rows are written (once per batch,
/// <see cref="RowWriter.FlushTotals"/>), and a document's counts are taken away before its rows are deleted, in the same
/// transaction: nothing here is O(corpus) per change.
/// <list type="bullet">
/// <item><c>place_totals</c>: per place, mentions and documents. A document counts once per place, in the row of the most
/// precise way it names the place, so the sum of <c>documents</c> is the number of distinct documents and the smallest
/// precision with documents left is the place's best precision.</item>
/// <item><c>event_totals</c>: events per place (<c>''</c> for none), type, place basis (stated in the sentence or
/// inferred from context) and confidence band, so a marker can say how many of its events the text places there, and
/// hiding doubtful events is counted from the totals too.</item>
/// <item><c>actor_totals</c>: distinct events per actor (as source or target), confidence band and whether the event's own
/// sentence states its place (<c>stated</c>: 1 when it has a place and its basis is stated), so that "stated places only"
/// is counted from the totals too.</item>
/// </list>
/// </summary>
internal static class Totals
{
    /// <summary>
    /// The place table, in SQL both stores read (SQLite gives BIGINT integer affinity). The events' and actors' tables are
    /// apart (<see cref="EventTable"/>, <see cref="ActorTable"/>): they gained dimensions later, and a store made before
    /// that rebuilds them alone.
    /// </summary>
    public const string PlaceTable =
        """
        CREATE TABLE place_totals (
            place_id TEXT NOT NULL,
            precision BIGINT NOT NULL,
            mentions BIGINT NOT NULL,
            documents BIGINT NOT NULL,
            PRIMARY KEY (place_id, precision)
        );

        """;

    /// <summary>Fills the place table from the rows already stored (once, when it is created on an older store).</summary>
    public const string PlaceBackfill =
        """
        INSERT INTO place_totals (place_id, precision, mentions, documents)
        SELECT x.place_id, x.best, sum(x.n), count(*)
        FROM (SELECT document_id, place_id, min(precision) AS best, count(*) AS n FROM mentions GROUP BY document_id, place_id) x
        GROUP BY x.place_id, x.best;

        """;

    /// <summary>
    /// The events' table by place, type, place basis and confidence band (<see cref="ConfidenceBands"/>), dropped first
    /// where an earlier version made it without them.
    /// </summary>
    public const string EventTable =
        """
        DROP TABLE IF EXISTS event_totals;
        CREATE TABLE event_totals (
            place_id TEXT NOT NULL,
            type TEXT NOT NULL,
            place_basis BIGINT NOT NULL,
            band BIGINT NOT NULL,
            events BIGINT NOT NULL,
            PRIMARY KEY (place_id, type, place_basis, band)
        );

        """;

    /// <summary>Fills the events' table from the rows already stored.</summary>
    public static readonly string EventBackfill =
        $"""
        INSERT INTO event_totals (place_id, type, place_basis, band, events)
        SELECT x.place_id, x.type, x.place_basis, x.band, count(*)
        FROM (SELECT coalesce(place_id, '') AS place_id, type, place_basis, {ConfidenceBands.Sql("confidence")} AS band FROM events) x
        GROUP BY x.place_id, x.type, x.place_basis, x.band;

        """;

    /// <summary>
    /// The actors' table by confidence band and stated place, dropped first where an earlier version made it without them.
    /// </summary>
    public const string ActorTable =
        """
        DROP TABLE IF EXISTS actor_totals;
        CREATE TABLE actor_totals (
            actor_id TEXT NOT NULL,
            band BIGINT NOT NULL,
            stated BIGINT NOT NULL,
            events BIGINT NOT NULL,
            PRIMARY KEY (actor_id, band, stated)
        );

        """;

    /// <summary>Whether an event's own sentence states its place, as SQL over the events' columns (alias <c>e</c>).</summary>
    public const string StatedPlace = "(CASE WHEN e.place_id IS NOT NULL AND e.place_basis = 0 THEN 1 ELSE 0 END)";

    /// <summary>Fills the actors' table from the rows already stored.</summary>
    public static readonly string ActorBackfill =
        $"""
        INSERT INTO actor_totals (actor_id, band, stated, events)
        SELECT x.actor_id, x.band, x.stated, count(*)
        FROM (SELECT DISTINCT ea.actor_id, ea.event_pk, {ConfidenceBands.Sql("e.confidence")} AS band, {StatedPlace} AS stated
              FROM event_actors ea JOIN events e ON e.pk = ea.event_pk) x
        GROUP BY x.actor_id, x.band, x.stated;

        """;

    public const string AddPlace =
        """
        INSERT INTO place_totals (place_id, precision, mentions, documents) VALUES (@place, @precision, @n, @documents)
        ON CONFLICT (place_id, precision) DO UPDATE SET mentions = place_totals.mentions + excluded.mentions, documents = place_totals.documents + excluded.documents
        """;

    public const string AddEvents =
        """
        INSERT INTO event_totals (place_id, type, place_basis, band, events) VALUES (@place, @type, @basis, @band, @n)
        ON CONFLICT (place_id, type, place_basis, band) DO UPDATE SET events = event_totals.events + excluded.events
        """;

    public const string AddActor =
        """
        INSERT INTO actor_totals (actor_id, band, stated, events) VALUES (@actor, @band, @stated, @n)
        ON CONFLICT (actor_id, band, stated) DO UPDATE SET events = actor_totals.events + excluded.events
        """;

    /// <summary>Takes a document's counts away, before its rows are deleted.</summary>
    public static void Subtract(DbConnection connection, DbTransaction transaction, string documentId)
    {
        DbCommands.Execute(connection, transaction,
            """
            UPDATE place_totals SET mentions = mentions - x.n, documents = documents - 1
            FROM (SELECT place_id, min(precision) AS best, count(*) AS n FROM mentions WHERE document_id = @id GROUP BY place_id) AS x
            WHERE place_totals.place_id = x.place_id AND place_totals.precision = x.best
            """, ("@id", documentId));
        DbCommands.Execute(connection, transaction,
            $"""
            UPDATE event_totals SET events = events - x.n
            FROM (SELECT y.place_id, y.type, y.place_basis, y.band, count(*) AS n
                  FROM (SELECT coalesce(place_id, '') AS place_id, type, place_basis, {ConfidenceBands.Sql("confidence")} AS band FROM events WHERE document_id = @id) y
                  GROUP BY y.place_id, y.type, y.place_basis, y.band) AS x
            WHERE event_totals.place_id = x.place_id AND event_totals.type = x.type AND event_totals.place_basis = x.place_basis
                AND event_totals.band = x.band
            """, ("@id", documentId));
        DbCommands.Execute(connection, transaction,
            $"""
            UPDATE actor_totals SET events = events - x.n
            FROM (SELECT y.actor_id, y.band, y.stated, count(*) AS n
                  FROM (SELECT DISTINCT ea.actor_id, ea.event_pk, {ConfidenceBands.Sql("e.confidence")} AS band, {StatedPlace} AS stated
                        FROM event_actors ea JOIN events e ON e.pk = ea.event_pk WHERE e.document_id = @id) y
                  GROUP BY y.actor_id, y.band, y.stated) AS x
            WHERE actor_totals.actor_id = x.actor_id AND actor_totals.band = x.band AND actor_totals.stated = x.stated
            """, ("@id", documentId));
    }
}
