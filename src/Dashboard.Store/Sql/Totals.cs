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
/// <item><c>event_totals</c>: events per place (<c>''</c> for none), type and place basis (stated in the sentence or
/// inferred from context), so a marker can say how many of its events the text places there.</item>
/// <item><c>actor_totals</c>: distinct events per actor (as source or target).</item>
/// </list>
/// </summary>
internal static class Totals
{
    /// <summary>
    /// The place and actor tables, in SQL both stores read (SQLite gives BIGINT integer affinity). The events' table is
    /// apart (<see cref="EventTable"/>): it gained the place basis later, and a store made before that rebuilds it alone.
    /// </summary>
    public const string Tables =
        """
        CREATE TABLE place_totals (
            place_id TEXT NOT NULL,
            precision BIGINT NOT NULL,
            mentions BIGINT NOT NULL,
            documents BIGINT NOT NULL,
            PRIMARY KEY (place_id, precision)
        );
        CREATE TABLE actor_totals (
            actor_id TEXT PRIMARY KEY,
            events BIGINT NOT NULL
        );
        """;

    /// <summary>Fills the tables from the rows already stored (once, when the tables are created on an older store).</summary>
    public const string Backfill =
        """
        INSERT INTO place_totals (place_id, precision, mentions, documents)
        SELECT x.place_id, x.best, sum(x.n), count(*)
        FROM (SELECT document_id, place_id, min(precision) AS best, count(*) AS n FROM mentions GROUP BY document_id, place_id) x
        GROUP BY x.place_id, x.best;
        INSERT INTO actor_totals (actor_id, events)
        SELECT actor_id, count(DISTINCT event_pk) FROM event_actors GROUP BY actor_id;
        """;

    /// <summary>The events' table, dropped first where an earlier version made it without the place basis.</summary>
    public const string EventTable =
        """
        DROP TABLE IF EXISTS event_totals;
        CREATE TABLE event_totals (
            place_id TEXT NOT NULL,
            type TEXT NOT NULL,
            place_basis BIGINT NOT NULL,
            events BIGINT NOT NULL,
            PRIMARY KEY (place_id, type, place_basis)
        );

        """;

    /// <summary>Fills the events' table from the rows already stored.</summary>
    public const string EventBackfill =
        """
        INSERT INTO event_totals (place_id, type, place_basis, events)
        SELECT coalesce(place_id, ''), type, place_basis, count(*) FROM events GROUP BY coalesce(place_id, ''), type, place_basis;

        """;

    public const string AddPlace =
        """
        INSERT INTO place_totals (place_id, precision, mentions, documents) VALUES (@place, @precision, @n, @documents)
        ON CONFLICT (place_id, precision) DO UPDATE SET mentions = place_totals.mentions + excluded.mentions, documents = place_totals.documents + excluded.documents
        """;

    public const string AddEvents =
        """
        INSERT INTO event_totals (place_id, type, place_basis, events) VALUES (@place, @type, @basis, @n)
        ON CONFLICT (place_id, type, place_basis) DO UPDATE SET events = event_totals.events + excluded.events
        """;

    public const string AddActor =
        """
        INSERT INTO actor_totals (actor_id, events) VALUES (@actor, @n)
        ON CONFLICT (actor_id) DO UPDATE SET events = actor_totals.events + excluded.events
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
            """
            UPDATE event_totals SET events = events - x.n
            FROM (SELECT coalesce(place_id, '') AS place_id, type, place_basis, count(*) AS n FROM events WHERE document_id = @id
                  GROUP BY coalesce(place_id, ''), type, place_basis) AS x
            WHERE event_totals.place_id = x.place_id AND event_totals.type = x.type AND event_totals.place_basis = x.place_basis
            """, ("@id", documentId));
        DbCommands.Execute(connection, transaction,
            """
            UPDATE actor_totals SET events = events - x.n
            FROM (SELECT ea.actor_id, count(DISTINCT ea.event_pk) AS n FROM event_actors ea JOIN events e ON e.pk = ea.event_pk
                  WHERE e.document_id = @id GROUP BY ea.actor_id) AS x
            WHERE actor_totals.actor_id = x.actor_id
            """, ("@id", documentId));
    }
}
