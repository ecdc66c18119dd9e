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
    ];
}
