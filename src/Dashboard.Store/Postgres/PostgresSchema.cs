namespace Dashboard.Store.Postgres;

/// <summary>
/// The PostgreSQL schema: the same tables as SQLite's, with PostGIS points (GiST) for the viewport and a tsvector
/// (GIN) per passage for search. Idempotent: it runs at every start, inside one transaction under an advisory lock, so
/// several app instances can start together.
/// </summary>
internal static class PostgresSchema
{
    public const int Version = 1;

    public const string Create =
        """
        CREATE EXTENSION IF NOT EXISTS postgis;
        CREATE TABLE IF NOT EXISTS meta (key text PRIMARY KEY, value text NOT NULL);
        CREATE TABLE IF NOT EXISTS documents (
            id text PRIMARY KEY,
            content_hash text NOT NULL UNIQUE,
            url text,
            title text NOT NULL,
            outlet text NOT NULL,
            published text,
            source_name text,
            text text NOT NULL,
            extraction text NOT NULL,
            ingested_at text NOT NULL,
            event_count bigint NOT NULL DEFAULT 0,
            place_count bigint NOT NULL DEFAULT 0,
            problem text
        );
        ALTER TABLE documents ADD COLUMN IF NOT EXISTS published_from text;
        ALTER TABLE documents ADD COLUMN IF NOT EXISTS feed_id text;
        CREATE INDEX IF NOT EXISTS documents_url ON documents(url);
        CREATE INDEX IF NOT EXISTS documents_feed ON documents(feed_id) WHERE feed_id IS NOT NULL;
        CREATE TABLE IF NOT EXISTS feeds (
            id text PRIMARY KEY,
            url text NOT NULL UNIQUE,
            title text,
            interval_seconds bigint NOT NULL,
            paused boolean NOT NULL DEFAULT false,
            honour_robots boolean NOT NULL DEFAULT true,
            keep_summaries boolean NOT NULL DEFAULT false,
            etag text,
            last_modified text,
            last_poll text,
            next_poll text NOT NULL,
            items_taken bigint NOT NULL DEFAULT 0,
            failures bigint NOT NULL DEFAULT 0,
            last_error text,
            added text NOT NULL
        );
        CREATE TABLE IF NOT EXISTS feed_items (
            feed_id text NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
            item_key text NOT NULL,
            document_id text,
            status text NOT NULL,
            seen text NOT NULL,
            PRIMARY KEY (feed_id, item_key)
        );
        CREATE INDEX IF NOT EXISTS documents_published ON documents(published DESC, title);
        CREATE TABLE IF NOT EXISTS places (
            pk bigserial PRIMARY KEY,
            id text NOT NULL UNIQUE,
            name text NOT NULL,
            kind bigint NOT NULL,
            lat double precision,
            lon double precision,
            country text,
            geometry bigint NOT NULL,
            geom geometry(Point, 4326)
        );
        CREATE INDEX IF NOT EXISTS places_geom ON places USING gist (geom);
        CREATE TABLE IF NOT EXISTS actors (
            id text PRIMARY KEY,
            key text NOT NULL UNIQUE,
            name text NOT NULL,
            kind bigint NOT NULL,
            country text
        );
        CREATE TABLE IF NOT EXISTS passages (
            pk bigserial PRIMARY KEY,
            document_id text NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            passage_id text NOT NULL,
            kind bigint NOT NULL,
            span_start bigint NOT NULL,
            span_end bigint NOT NULL,
            tsv tsvector,
            UNIQUE (document_id, passage_id)
        );
        CREATE INDEX IF NOT EXISTS passages_tsv ON passages USING gin (tsv);
        CREATE TABLE IF NOT EXISTS events (
            pk bigserial PRIMARY KEY,
            id text NOT NULL UNIQUE,
            document_id text NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            type text NOT NULL,
            status bigint NOT NULL,
            place_id text,
            place_precision bigint,
            origin_id text,
            origin_precision bigint,
            date_start bigint,
            date_end bigint,
            date_precision bigint,
            date_basis bigint NOT NULL,
            quantities text NOT NULL,
            evidence_count bigint NOT NULL
        );
        ALTER TABLE events ADD COLUMN IF NOT EXISTS place_basis bigint NOT NULL DEFAULT 0;
        ALTER TABLE events ADD COLUMN IF NOT EXISTS confidence double precision;
        CREATE INDEX IF NOT EXISTS events_document ON events(document_id);
        CREATE INDEX IF NOT EXISTS events_type ON events(type, date_start);
        DROP INDEX IF EXISTS events_date;
        DROP INDEX IF EXISTS events_date_filters;
        CREATE INDEX IF NOT EXISTS events_date_places ON events(date_start, date_end, date_basis, confidence, place_basis, place_id);
        DROP INDEX IF EXISTS events_place;
        DROP INDEX IF EXISTS events_place_filters;
        CREATE INDEX IF NOT EXISTS events_filters ON events(place_id, type, place_basis, date_basis, date_start, date_end, confidence);
        CREATE INDEX IF NOT EXISTS events_origin ON events(origin_id) WHERE origin_id IS NOT NULL;
        CREATE TABLE IF NOT EXISTS event_actors (
            event_pk bigint NOT NULL REFERENCES events(pk) ON DELETE CASCADE,
            actor_id text NOT NULL,
            role text NOT NULL,
            ordinal bigint NOT NULL,
            PRIMARY KEY (event_pk, actor_id, role)
        );
        CREATE INDEX IF NOT EXISTS event_actors_actor ON event_actors(actor_id, event_pk);
        CREATE TABLE IF NOT EXISTS evidence (
            event_pk bigint NOT NULL REFERENCES events(pk) ON DELETE CASCADE,
            passage_pk bigint NOT NULL REFERENCES passages(pk) ON DELETE CASCADE,
            span_start bigint NOT NULL,
            span_end bigint NOT NULL
        );
        CREATE INDEX IF NOT EXISTS evidence_event_passage ON evidence(event_pk, passage_pk);
        DROP INDEX IF EXISTS evidence_event;
        CREATE INDEX IF NOT EXISTS evidence_passage ON evidence(passage_pk, event_pk);
        CREATE TABLE IF NOT EXISTS mentions (
            pk bigserial PRIMARY KEY,
            document_id text NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            passage_pk bigint NOT NULL REFERENCES passages(pk) ON DELETE CASCADE,
            span_start bigint NOT NULL,
            span_end bigint NOT NULL,
            surface text NOT NULL,
            place_id text NOT NULL,
            precision bigint NOT NULL,
            literal bigint NOT NULL,
            corrected bigint NOT NULL,
            alternatives text NOT NULL
        );
        CREATE INDEX IF NOT EXISTS mentions_place ON mentions(place_id, passage_pk);
        CREATE INDEX IF NOT EXISTS mentions_document ON mentions(document_id);
        CREATE INDEX IF NOT EXISTS mentions_passage_place ON mentions(passage_pk, place_id, precision, document_id);
        DROP INDEX IF EXISTS mentions_passage;
        CREATE TABLE IF NOT EXISTS corrections (
            id bigserial PRIMARY KEY,
            document_id text NOT NULL,
            kind text NOT NULL,
            span_start bigint,
            span_end bigint,
            event_type text,
            place text,
            author text NOT NULL,
            created_at text NOT NULL
        );
        CREATE INDEX IF NOT EXISTS corrections_document ON corrections(document_id);
        """;

    /// <summary>
    /// The running totals (<see cref="Sql.Totals"/>), created and filled from the stored rows once, when a database
    /// made by an earlier version lacks them; the events' table is rebuilt where it lacks the confidence band, the actors'
    /// where it lacks the stated place.
    /// </summary>
    public static readonly string Totals =
        "DO $$ BEGIN IF to_regclass('place_totals') IS NULL THEN " + Sql.Totals.PlaceTable + Sql.Totals.PlaceBackfill + " END IF; " +
        Rebuilt("event_totals", "band", Sql.Totals.EventTable + Sql.Totals.EventBackfill) +
        Rebuilt("actor_totals", "stated", Sql.Totals.ActorTable + Sql.Totals.ActorBackfill) + " END $$;";

    /// <summary>Rebuilds a totals table where it lacks its newest column.</summary>
    private static string Rebuilt(string table, string column, string sql) =>
        $"IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = '{table}' AND column_name = '{column}') THEN {sql} END IF; ";
}
