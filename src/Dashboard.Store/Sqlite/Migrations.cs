namespace Dashboard.Store.Sqlite;

/// <summary>
/// The schema, as numbered steps. The database's <c>PRAGMA user_version</c> says how many have run; each step runs in
/// its own transaction together with the version bump, so a store is never between two versions.
/// </summary>
internal static class Migrations
{
    public static IReadOnlyList<string> Steps { get; } =
    [
        // 1: documents with their text and extraction, the indexed rows the filters use, corrections, metadata.
        """
        CREATE TABLE documents (
            id TEXT PRIMARY KEY,
            content_hash TEXT NOT NULL UNIQUE,
            url TEXT,
            title TEXT NOT NULL,
            outlet TEXT NOT NULL,
            published TEXT,
            source_name TEXT,
            text TEXT NOT NULL,
            extraction TEXT NOT NULL,
            ingested_at TEXT NOT NULL
        );
        CREATE INDEX documents_url ON documents(url);
        CREATE TABLE events (
            id TEXT PRIMARY KEY,
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            type TEXT NOT NULL,
            status TEXT NOT NULL,
            place_id TEXT,
            origin_id TEXT,
            date_start TEXT,
            date_end TEXT,
            date_precision TEXT
        );
        CREATE INDEX events_document ON events(document_id);
        CREATE INDEX events_type ON events(type);
        CREATE INDEX events_date ON events(date_start, date_end);
        CREATE INDEX events_place ON events(place_id);
        CREATE TABLE event_actors (
            event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            actor_id TEXT NOT NULL,
            role TEXT NOT NULL,
            PRIMARY KEY (event_id, actor_id, role)
        );
        CREATE INDEX event_actors_actor ON event_actors(actor_id);
        CREATE TABLE evidence (
            event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            passage_id TEXT NOT NULL,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL
        );
        CREATE INDEX evidence_event ON evidence(event_id);
        CREATE TABLE mentions (
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            passage_id TEXT NOT NULL,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            surface TEXT NOT NULL,
            place_id TEXT,
            PRIMARY KEY (document_id, start, end)
        );
        CREATE INDEX mentions_place ON mentions(place_id);
        CREATE TABLE corrections (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            document_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            start INTEGER,
            end INTEGER,
            event_type TEXT,
            place TEXT,
            author TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE INDEX corrections_document ON corrections(document_id);
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        """,
        // 2: rows every query runs on (passages with their search index, places with their R*Tree, actors, events with
        // actors and evidence, mentions); enums as integers, dates as day numbers. The rows of existing documents are
        // rebuilt from their extractions after this step (SqliteStore.Migrate).
        """
        DROP TABLE evidence;
        DROP TABLE event_actors;
        DROP TABLE events;
        DROP TABLE mentions;
        ALTER TABLE documents ADD COLUMN event_count INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE documents ADD COLUMN place_count INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE documents ADD COLUMN problem TEXT;
        CREATE INDEX documents_published ON documents(published DESC, title);
        CREATE TABLE places (
            pk INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            kind INTEGER NOT NULL,
            lat REAL,
            lon REAL,
            country TEXT,
            geometry INTEGER NOT NULL
        );
        CREATE VIRTUAL TABLE place_boxes USING rtree(pk, min_lat, max_lat, min_lon, max_lon);
        CREATE TABLE actors (
            id TEXT PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            kind INTEGER NOT NULL,
            country TEXT
        );
        CREATE TABLE passages (
            pk INTEGER PRIMARY KEY,
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            passage_id TEXT NOT NULL,
            kind INTEGER NOT NULL,
            span_start INTEGER NOT NULL,
            span_end INTEGER NOT NULL,
            UNIQUE (document_id, passage_id)
        );
        CREATE VIRTUAL TABLE passage_text USING fts5(text, content='', detail=none, tokenize='unicode61 remove_diacritics 2');
        CREATE TABLE events (
            pk INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            type TEXT NOT NULL,
            status INTEGER NOT NULL,
            place_id TEXT,
            place_precision INTEGER,
            origin_id TEXT,
            origin_precision INTEGER,
            date_start INTEGER,
            date_end INTEGER,
            date_precision INTEGER,
            date_basis INTEGER NOT NULL,
            quantities TEXT NOT NULL,
            evidence_count INTEGER NOT NULL
        );
        CREATE INDEX events_document ON events(document_id);
        CREATE INDEX events_type ON events(type, date_start);
        CREATE INDEX events_date ON events(date_start, date_end);
        CREATE INDEX events_place ON events(place_id, type);
        CREATE INDEX events_origin ON events(origin_id) WHERE origin_id IS NOT NULL;
        CREATE TABLE event_actors (
            event_pk INTEGER NOT NULL REFERENCES events(pk) ON DELETE CASCADE,
            actor_id TEXT NOT NULL,
            role TEXT NOT NULL,
            ordinal INTEGER NOT NULL,
            PRIMARY KEY (event_pk, actor_id, role)
        ) WITHOUT ROWID;
        CREATE INDEX event_actors_actor ON event_actors(actor_id, event_pk);
        CREATE TABLE evidence (
            event_pk INTEGER NOT NULL REFERENCES events(pk) ON DELETE CASCADE,
            passage_pk INTEGER NOT NULL REFERENCES passages(pk) ON DELETE CASCADE,
            span_start INTEGER NOT NULL,
            span_end INTEGER NOT NULL
        );
        CREATE INDEX evidence_event ON evidence(event_pk);
        CREATE INDEX evidence_passage ON evidence(passage_pk, event_pk);
        CREATE TABLE mentions (
            pk INTEGER PRIMARY KEY,
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            passage_pk INTEGER NOT NULL REFERENCES passages(pk) ON DELETE CASCADE,
            span_start INTEGER NOT NULL,
            span_end INTEGER NOT NULL,
            surface TEXT NOT NULL,
            place_id TEXT NOT NULL,
            precision INTEGER NOT NULL,
            literal INTEGER NOT NULL,
            corrected INTEGER NOT NULL,
            alternatives TEXT NOT NULL
        );
        CREATE INDEX mentions_place ON mentions(place_id, passage_pk);
        CREATE INDEX mentions_document ON mentions(document_id);
        CREATE INDEX mentions_passage ON mentions(passage_pk);
        ALTER TABLE corrections RENAME COLUMN start TO span_start;
        ALTER TABLE corrections RENAME COLUMN "end" TO span_end;
        """,
        // 3: where each publication date came from and the feed an article came by; feed subscriptions and the items
        // each has seen (so a poll takes only what is new).
        """
        ALTER TABLE documents ADD COLUMN published_from TEXT;
        ALTER TABLE documents ADD COLUMN feed_id TEXT;
        CREATE INDEX documents_feed ON documents(feed_id) WHERE feed_id IS NOT NULL;
        CREATE TABLE feeds (
            id TEXT PRIMARY KEY,
            url TEXT NOT NULL UNIQUE,
            title TEXT,
            interval_seconds INTEGER NOT NULL,
            paused INTEGER NOT NULL DEFAULT 0,
            honour_robots INTEGER NOT NULL DEFAULT 1,
            keep_summaries INTEGER NOT NULL DEFAULT 0,
            etag TEXT,
            last_modified TEXT,
            last_poll TEXT,
            next_poll TEXT NOT NULL,
            items_taken INTEGER NOT NULL DEFAULT 0,
            failures INTEGER NOT NULL DEFAULT 0,
            last_error TEXT,
            added TEXT NOT NULL
        );
        CREATE TABLE feed_items (
            feed_id TEXT NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
            item_key TEXT NOT NULL,
            document_id TEXT,
            status TEXT NOT NULL,
            seen TEXT NOT NULL,
            PRIMARY KEY (feed_id, item_key)
        ) WITHOUT ROWID;
        """,
        // 4: running totals per place, type and actor, so an unfiltered view does not aggregate the whole corpus (the
        // events' and actors' tables as they were then; steps 7, 9 and 10 rebuild them).
        Sql.Totals.PlaceTable + Sql.Totals.PlaceBackfill +
        """
        CREATE TABLE actor_totals (actor_id TEXT PRIMARY KEY, events BIGINT NOT NULL);
        INSERT INTO actor_totals (actor_id, events) SELECT actor_id, count(DISTINCT event_pk) FROM event_actors GROUP BY actor_id;
        CREATE TABLE event_totals (place_id TEXT NOT NULL, type TEXT NOT NULL, events BIGINT NOT NULL, PRIMARY KEY (place_id, type));
        INSERT INTO event_totals (place_id, type, events) SELECT coalesce(place_id, ''), type, count(*) FROM events GROUP BY coalesce(place_id, ''), type;
        """,
        // 5: the indexes an event filter walks (events → evidence passages → mentions) carry the columns it reads, so the
        // filtered map is answered from the indexes without visiting each row.
        """
        CREATE INDEX IF NOT EXISTS evidence_event_passage ON evidence(event_pk, passage_pk);
        DROP INDEX IF EXISTS evidence_event;
        CREATE INDEX IF NOT EXISTS mentions_passage_place ON mentions(passage_pk, place_id, precision, document_id);
        DROP INDEX IF EXISTS mentions_passage;
        """,
        // 6: whether each event's place is stated in its sentence or inferred from the text around it (rows written
        // before this step read as stated); the index by place and type carries the columns the "stated places only" and
        // "stated dates only" filters read, so a filtered map is counted from the index alone.
        """
        ALTER TABLE events ADD COLUMN place_basis INTEGER NOT NULL DEFAULT 0;
        DROP INDEX IF EXISTS events_place;
        CREATE INDEX IF NOT EXISTS events_place_filters ON events(place_id, type, place_basis, date_basis, date_start, date_end);
        """,
        // 7: the events' running totals by place basis too, so a marker says how many of its events are placed from context
        // (as they were then; step 9 rebuilds them).
        """
        DROP TABLE IF EXISTS event_totals;
        CREATE TABLE event_totals (
            place_id TEXT NOT NULL, type TEXT NOT NULL, place_basis BIGINT NOT NULL, events BIGINT NOT NULL,
            PRIMARY KEY (place_id, type, place_basis)
        );
        INSERT INTO event_totals (place_id, type, place_basis, events)
        SELECT coalesce(place_id, ''), type, place_basis, count(*) FROM events GROUP BY coalesce(place_id, ''), type, place_basis;
        """,
        // 8: each event's confidence (null for rows written before the model: unscored, and kept by the confidence
        // filter); the map's filter index carries it, so the map's counts under "hide doubtful events" read the index
        // (the facets then still read the rows; step 9 counts them from the totals).
        """
        ALTER TABLE events ADD COLUMN confidence REAL;
        DROP INDEX IF EXISTS events_place_filters;
        CREATE INDEX IF NOT EXISTS events_filters ON events(place_id, type, place_basis, date_basis, date_start, date_end, confidence);
        """,
        // 9: the events' and actors' running totals by confidence band too, so the facets under "hide doubtful events"
        // are counted from them; the dates' index carries the columns the day counts read under the broad filters (the
        // tables as they were then; step 10 rebuilds the actors').
        $"""
        DROP TABLE IF EXISTS event_totals;
        CREATE TABLE event_totals (
            place_id TEXT NOT NULL, type TEXT NOT NULL, place_basis BIGINT NOT NULL, band BIGINT NOT NULL, events BIGINT NOT NULL,
            PRIMARY KEY (place_id, type, place_basis, band)
        );
        INSERT INTO event_totals (place_id, type, place_basis, band, events)
        SELECT x.place_id, x.type, x.place_basis, x.band, count(*)
        FROM (SELECT coalesce(place_id, '') AS place_id, type, place_basis, {Sql.ConfidenceBands.Sql("confidence")} AS band FROM events) x
        GROUP BY x.place_id, x.type, x.place_basis, x.band;
        DROP TABLE IF EXISTS actor_totals;
        CREATE TABLE actor_totals (actor_id TEXT NOT NULL, band BIGINT NOT NULL, events BIGINT NOT NULL, PRIMARY KEY (actor_id, band));
        INSERT INTO actor_totals (actor_id, band, events)
        SELECT x.actor_id, x.band, count(*)
        FROM (SELECT DISTINCT ea.actor_id, ea.event_pk, {Sql.ConfidenceBands.Sql("e.confidence")} AS band
              FROM event_actors ea JOIN events e ON e.pk = ea.event_pk) x
        GROUP BY x.actor_id, x.band;
        DROP INDEX IF EXISTS events_date;
        CREATE INDEX IF NOT EXISTS events_date_filters ON events(date_start, date_end, date_basis, confidence);
        """,
        // 10: the actors' running totals by whether the event's sentence states its place too, so the facets under
        // "stated places only" are counted from them; the dates' index carries the place basis and place as well.
        Sql.Totals.ActorTable + Sql.Totals.ActorBackfill +
        """
        DROP INDEX IF EXISTS events_date_filters;
        CREATE INDEX IF NOT EXISTS events_date_places ON events(date_start, date_end, date_basis, confidence, place_basis, place_id);
        """,
    ];
}
