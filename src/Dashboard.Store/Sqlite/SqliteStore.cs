using System.Globalization;
using System.Text.Json;
using Dashboard.Core.Documents;
using Dashboard.Core.Places;
using Dashboard.Core.Results;
using Dashboard.Core.Text;
using Dashboard.Extraction.Pipeline;
using Dashboard.Store.Corrections;
using Microsoft.Data.Sqlite;

namespace Dashboard.Store.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in the data folder. Every document is written in one transaction with its
/// extraction and indexed rows, so a crash leaves it fully in or fully out. Corrections live in their own table and
/// are never touched by re-extraction.
/// </summary>
public sealed class SqliteStore : IDocumentStore
{
    public const string FileName = "dashboard.db";

    private static readonly JsonSerializerOptions Json = ExtractionSerializer.Options;
    private readonly string _connectionString;

    private SqliteStore(string path)
    {
        Path = path;
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = true }.ToString();
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <summary>Opens (creating when needed) the store in a data folder and brings its schema up to date.</summary>
    public static Result<SqliteStore> Open(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        try
        {
            Directory.CreateDirectory(directory);
            var store = new SqliteStore(System.IO.Path.Combine(directory, FileName));
            store.Migrate();
            return Result<SqliteStore>.Success(store);
        }
        catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException)
        {
            return Result<SqliteStore>.Failure($"The data folder '{directory}' cannot be used as a store: {e.Message}");
        }
    }

    public int SchemaVersion
    {
        get
        {
            using var connection = Connect();
            return Convert.ToInt32(Scalar(connection, null, "PRAGMA user_version"), CultureInfo.InvariantCulture);
        }
    }

    public int DocumentCount
    {
        get
        {
            using var connection = Connect();
            return Convert.ToInt32(Scalar(connection, null, "SELECT count(*) FROM documents"), CultureInfo.InvariantCulture);
        }
    }

    public string? FindIdByHash(string contentHash)
    {
        using var connection = Connect();
        return Scalar(connection, null, "SELECT id FROM documents WHERE content_hash = $hash", ("$hash", contentHash)) as string;
    }

    /// <summary>
    /// Saves a document and its extraction atomically. Identical content is not stored twice; a document with the same
    /// URL as a stored one replaces it, extraction and all.
    /// </summary>
    public (SaveOutcome Outcome, string Id) Save(CorpusDocument document, string contentHash, string? sourceName, ExtractionResult extraction, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(extraction);
        using var connection = Connect();
        using var transaction = connection.BeginTransaction();
        if (Scalar(connection, transaction, "SELECT id FROM documents WHERE content_hash = $hash", ("$hash", contentHash)) is string existing)
        {
            return (SaveOutcome.Unchanged, existing);
        }

        var outcome = SaveOutcome.Added;
        if (document.Metadata.Url is { } url
            && Scalar(connection, transaction, "SELECT id FROM documents WHERE url = $url", ("$url", url.ToString())) is string old)
        {
            Execute(connection, transaction, "DELETE FROM documents WHERE id = $id", ("$id", old));
            outcome = SaveOutcome.Replaced;
        }

        Execute(connection, transaction,
            """
            INSERT INTO documents (id, content_hash, url, title, outlet, published, source_name, text, extraction, ingested_at)
            VALUES ($id, $hash, $url, $title, $outlet, $published, $source, $text, $extraction, $at)
            """,
            ("$id", document.Id), ("$hash", contentHash), ("$url", document.Metadata.Url?.ToString()), ("$title", document.Metadata.Title),
            ("$outlet", document.Metadata.Outlet), ("$published", Day(document.Metadata.Published)), ("$source", sourceName),
            ("$text", document.Text), ("$extraction", ExtractionSerializer.Write(extraction)), ("$at", now.ToString("O", CultureInfo.InvariantCulture)));
        WriteRows(connection, transaction, document.Id, extraction);
        transaction.Commit();
        return (outcome, document.Id);
    }

    /// <summary>Replaces a stored document's extraction (after the pipeline changed); corrections are kept.</summary>
    public bool ReplaceExtraction(string documentId, ExtractionResult extraction)
    {
        using var connection = Connect();
        using var transaction = connection.BeginTransaction();
        var updated = Execute(connection, transaction, "UPDATE documents SET extraction = $extraction WHERE id = $id",
            ("$id", documentId), ("$extraction", ExtractionSerializer.Write(extraction)));
        if (updated == 0)
        {
            return false;
        }

        Execute(connection, transaction, "DELETE FROM events WHERE document_id = $id", ("$id", documentId));
        Execute(connection, transaction, "DELETE FROM mentions WHERE document_id = $id", ("$id", documentId));
        WriteRows(connection, transaction, documentId, extraction);
        transaction.Commit();
        return true;
    }

    /// <summary>
    /// Every stored document with its extraction. A row whose extraction this version cannot read (written by another
    /// version, or damaged) is skipped and named in <see cref="LoadProblems"/>; <c>reextract</c> repairs it.
    /// </summary>
    public IReadOnlyList<StoredDocument> LoadAll()
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, content_hash, url, title, outlet, published, source_name, text, extraction, ingested_at FROM documents ORDER BY ingested_at, id";
        using var reader = command.ExecuteReader();
        var documents = new List<StoredDocument>();
        var problems = new List<string>();
        while (reader.Read())
        {
            var metadata = new DocumentMetadata(
                reader.GetString(3),
                reader.GetString(4),
                reader.IsDBNull(5) ? null : DateOnly.ParseExact(reader.GetString(5), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                reader.IsDBNull(2) ? null : new Uri(reader.GetString(2)));
            ExtractionResult extraction;
            try
            {
                extraction = ExtractionSerializer.Read(reader.GetString(8));
            }
            catch (Exception e) when (e is JsonException or ArgumentException or FormatException or NotSupportedException)
            {
                problems.Add($"{reader.GetString(0)} ({metadata.Title}): its stored extraction cannot be read ({e.Message}); run reextract.");
                continue;
            }

            documents.Add(new StoredDocument(
                new CorpusDocument(reader.GetString(0), metadata, reader.GetString(7)),
                reader.GetString(1),
                reader.IsDBNull(6) ? null : reader.GetString(6),
                extraction,
                DateTimeOffset.Parse(reader.GetString(9), CultureInfo.InvariantCulture)));
        }

        LoadProblems = problems;
        return documents;
    }

    /// <summary>The documents the last <see cref="LoadAll"/> skipped, and why.</summary>
    public IReadOnlyList<string> LoadProblems { get; private set; } = [];

    /// <summary>Every stored document's id, text and publication date, without reading its extraction.</summary>
    public IReadOnlyList<(string Id, string Text, DateOnly? Published)> Sources()
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, text, published FROM documents ORDER BY ingested_at, id";
        using var reader = command.ExecuteReader();
        var sources = new List<(string, string, DateOnly?)>();
        while (reader.Read())
        {
            sources.Add((reader.GetString(0), reader.GetString(1),
                reader.IsDBNull(2) ? null : DateOnly.ParseExact(reader.GetString(2), "yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        return sources;
    }

    /// <summary>
    /// Problems found by checking the file (SQLite's integrity check) and that every document's indexed rows agree with
    /// its stored extraction; empty when the store is consistent.
    /// </summary>
    public IReadOnlyList<string> Verify()
    {
        var problems = new List<string>();
        using var connection = Connect();
        if (Scalar(connection, null, "PRAGMA integrity_check") is not "ok")
        {
            problems.Add("SQLite integrity check failed.");
        }

        foreach (var stored in LoadAll())
        {
            var rows = Convert.ToInt32(Scalar(connection, null, "SELECT count(*) FROM events WHERE document_id = $id", ("$id", stored.Document.Id)), CultureInfo.InvariantCulture);
            if (rows != stored.Extraction.Events.Count)
            {
                problems.Add($"{stored.Document.Id}: {rows} event rows for {stored.Extraction.Events.Count} extracted events.");
            }
        }

        return problems;
    }

    public Correction AddCorrection(Correction correction)
    {
        ArgumentNullException.ThrowIfNull(correction);
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText =
            """
            INSERT INTO corrections (document_id, kind, start, end, event_type, place, author, created_at)
            VALUES ($document, $kind, $start, $end, $event, $place, $author, $at) RETURNING id
            """;
        Bind(command, ("$document", correction.DocumentId), ("$kind", correction.Kind.ToString()), ("$start", correction.Mention?.Start),
            ("$end", correction.Mention?.End), ("$event", correction.EventType),
            ("$place", correction.Place is null ? null : JsonSerializer.Serialize(correction.Place, Json)),
            ("$author", correction.Author), ("$at", correction.At.ToString("O", CultureInfo.InvariantCulture)));
        var id = Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        return new Correction(id, correction.DocumentId, correction.Kind, correction.Mention, correction.EventType, correction.Place, correction.Author, correction.At);
    }

    public IReadOnlyList<Correction> Corrections()
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, document_id, kind, start, end, event_type, place, author, created_at FROM corrections ORDER BY id";
        using var reader = command.ExecuteReader();
        var corrections = new List<Correction>();
        while (reader.Read())
        {
            corrections.Add(new Correction(
                reader.GetInt64(0),
                reader.GetString(1),
                Enum.Parse<CorrectionKind>(reader.GetString(2)),
                reader.IsDBNull(3) ? null : new TextSpan(reader.GetInt32(3), reader.GetInt32(4)),
                reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.IsDBNull(6) ? null : JsonSerializer.Deserialize<PlaceCandidate>(reader.GetString(6), Json),
                reader.GetString(7),
                DateTimeOffset.Parse(reader.GetString(8), CultureInfo.InvariantCulture)));
        }

        return corrections;
    }

    public string? GetMeta(string key)
    {
        using var connection = Connect();
        return Scalar(connection, null, "SELECT value FROM meta WHERE key = $key", ("$key", key)) as string;
    }

    public void SetMeta(string key, string value)
    {
        using var connection = Connect();
        Execute(connection, null, "INSERT INTO meta (key, value) VALUES ($key, $value) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            ("$key", key), ("$value", value));
    }

    /// <summary>A consistent copy of the whole store (SQLite online backup), safe while the app runs.</summary>
    public void Backup(string destination)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(destination);
        if (File.Exists(destination))
        {
            File.Delete(destination);
        }

        using var source = Connect();
        using var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = destination, Pooling = false }.ToString());
        target.Open();
        source.BackupDatabase(target);
    }

    /// <summary>Replaces the store's content with a backup's, after checking the backup is a store this version reads.</summary>
    public Result<int> Restore(string backup)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(backup);
        if (!File.Exists(backup))
        {
            return Result<int>.Failure($"No backup file at '{backup}'.");
        }

        try
        {
            using var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = backup, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            source.Open();
            var version = Convert.ToInt32(Scalar(source, null, "PRAGMA user_version"), CultureInfo.InvariantCulture);
            var hasDocuments = Convert.ToInt64(
                Scalar(source, null, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'documents'"), CultureInfo.InvariantCulture) > 0;
            if (version < 1 || version > Migrations.Steps.Count || !hasDocuments)
            {
                return Result<int>.Failure($"'{backup}' is not a dashboard store backup this version can read (schema {version}).");
            }

            using var target = Connect();
            source.BackupDatabase(target);
        }
        catch (SqliteException e)
        {
            return Result<int>.Failure($"'{backup}' is not a readable SQLite database: {e.Message}");
        }

        Migrate();
        return Result<int>.Success(DocumentCount);
    }

    private static void WriteRows(SqliteConnection connection, SqliteTransaction transaction, string documentId, ExtractionResult extraction)
    {
        foreach (var place in extraction.Places)
        {
            Execute(connection, transaction,
                "INSERT OR IGNORE INTO mentions (document_id, passage_id, start, end, surface, place_id) VALUES ($d, $p, $s, $e, $surface, $place)",
                ("$d", documentId), ("$p", place.Mention.PassageId), ("$s", place.Mention.Span.Start), ("$e", place.Mention.Span.End),
                ("$surface", place.Mention.Surface), ("$place", place.Choice?.Id));
        }

        foreach (var e in extraction.Events)
        {
            var id = $"{documentId}.{e.Id}";
            Execute(connection, transaction,
                """
                INSERT INTO events (id, document_id, type, status, place_id, origin_id, date_start, date_end, date_precision)
                VALUES ($id, $d, $type, $status, $place, $origin, $start, $end, $precision)
                """,
                ("$id", id), ("$d", documentId), ("$type", e.Type), ("$status", e.Status.ToString()), ("$place", e.Place?.Choice?.Id),
                ("$origin", e.Origin?.Choice?.Id), ("$start", Day(e.When?.Start)), ("$end", Day(e.When?.End)),
                ("$precision", e.When?.Precision.ToString()));
            foreach (var (actors, role) in new[] { (e.Actors, "actor"), (e.Targets, "target") })
            {
                foreach (var actor in actors.Distinct(StringComparer.Ordinal))
                {
                    Execute(connection, transaction, "INSERT OR IGNORE INTO event_actors (event_id, actor_id, role) VALUES ($e, $a, $r)",
                        ("$e", id), ("$a", actor), ("$r", role));
                }
            }

            foreach (var v in e.Evidence)
            {
                Execute(connection, transaction, "INSERT INTO evidence (event_id, passage_id, start, end) VALUES ($e, $p, $s, $x)",
                    ("$e", id), ("$p", v.PassageId), ("$s", v.Span.Start), ("$x", v.Span.End));
            }
        }
    }

    private void Migrate()
    {
        using var connection = Connect();
        Execute(connection, null, "PRAGMA journal_mode = WAL");
        var version = Convert.ToInt32(Scalar(connection, null, "PRAGMA user_version"), CultureInfo.InvariantCulture);
        if (version > Migrations.Steps.Count)
        {
            throw new InvalidOperationException(
                $"The store at '{Path}' has schema {version}, newer than this version of the app ({Migrations.Steps.Count}).");
        }

        for (var step = version; step < Migrations.Steps.Count; step++)
        {
            using var transaction = connection.BeginTransaction();
            Execute(connection, transaction, Migrations.Steps[step]);
            Execute(connection, transaction, $"PRAGMA user_version = {step + 1}");
            transaction.Commit();
        }
    }

    private SqliteConnection Connect()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        Execute(connection, null, "PRAGMA foreign_keys = ON");
        Execute(connection, null, "PRAGMA busy_timeout = 5000");
        return connection;
    }

    private static int Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        Bind(command, parameters);
        return command.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        Bind(command, parameters);
        return command.ExecuteScalar();
    }

    private static void Bind(SqliteCommand command, params (string Name, object? Value)[] parameters)
    {
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
    }

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
