using System.Data.Common;
using System.Globalization;
using Dashboard.Core.Results;
using Dashboard.Store.Query;
using Dashboard.Store.Sql;
using Microsoft.Data.Sqlite;

namespace Dashboard.Store.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in the data folder (WAL mode). Passage search is FTS5 (contentless: the text is
/// stored once, in the documents table), the viewport is an R*Tree over places. Single app instance: changes are
/// announced in process only.
/// </summary>
public sealed class SqliteStore : SqlStore
{
    public const string FileName = "dashboard.db";

    private readonly string _connectionString;

    private SqliteStore(string path)
    {
        Path = path;
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = true }.ToString();
    }

    /// <summary>The database file.</summary>
    public override string Path { get; }

    internal override bool PreparesCommands => true;

    internal override IRowStatement RowStatement(DbConnection connection, DbTransaction transaction, string sql, (string Name, object? Value)[] values) =>
        new SqliteRowStatement((SqliteConnection)connection, sql, values);

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
        catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            return Result<SqliteStore>.Failure($"The data folder '{directory}' cannot be used as a store: {e.Message}");
        }
    }

    public int SchemaVersion
    {
        get
        {
            using var connection = Connect();
            return (int)DbCommands.Long(DbCommands.Scalar(connection, null, "PRAGMA user_version"));
        }
    }

    /// <summary>A consistent copy of the whole store (SQLite online backup), safe while the app runs.</summary>
    public override void Backup(string destination)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(destination);
        if (File.Exists(destination))
        {
            File.Delete(destination);
        }

        using var source = (SqliteConnection)Connect();
        using var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = destination, Pooling = false }.ToString());
        target.Open();
        source.BackupDatabase(target);
    }

    /// <summary>Replaces the store's content with a backup's, after checking the backup is a store this version reads.</summary>
    public override Result<int> Restore(string backup)
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
            var version = (int)DbCommands.Long(DbCommands.Scalar(source, null, "PRAGMA user_version"));
            var hasDocuments = DbCommands.Long(DbCommands.Scalar(source, null, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'documents'")) > 0;
            if (version < 1 || version > Migrations.Steps.Count || !hasDocuments)
            {
                return Result<int>.Failure($"'{backup}' is not a dashboard store backup this version can read (schema {version}).");
            }

            using var target = (SqliteConnection)Connect();
            source.BackupDatabase(target);
        }
        catch (SqliteException e)
        {
            return Result<int>.Failure($"'{backup}' is not a readable SQLite database: {e.Message}");
        }

        ForgetKnownRows();
        Migrate();
        RaiseChanged();
        return Result<int>.Success(DocumentCount);
    }

    protected override IEnumerable<string> IntegrityProblems()
    {
        // A connection of its own, not a pooled one: another process (the CLI beside the app) may have written since.
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder(_connectionString) { Pooling = false }.ToString());
        connection.Open();
        if (DbCommands.Scalar(connection, null, "PRAGMA integrity_check") is { } result and not "ok")
        {
            yield return $"SQLite integrity check failed: {result}";
        }
    }

    protected override DbConnection Connect()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        DbCommands.Execute(connection, null, "PRAGMA foreign_keys = ON");
        DbCommands.Execute(connection, null, "PRAGMA busy_timeout = 5000");
        // WAL with NORMAL sync: a crash of the app loses nothing committed; only a power cut can lose the last commits.
        DbCommands.Execute(connection, null, "PRAGMA synchronous = NORMAL");
        // A batch of 32 articles changes about 6 MB of pages (new rows land all over the indexes): with the default
        // checkpoint at 4 MB every commit was copied into the database file at once. At 64 MB the pages a later batch
        // changes again are copied once: 192 → 143 KB written to disk an article in a 10k ingest (docs/benchmarks.md).
        DbCommands.Execute(connection, null, "PRAGMA wal_autocheckpoint = 16384");
        return connection;
    }

    internal override string PassageMatch(string passagePk) => $"{passagePk} IN (SELECT rowid FROM passage_text WHERE passage_text MATCH @q)";

    internal override string TextParameter(IReadOnlyList<string> words) => TextQuery.Fts5(words);

    internal override string BoxCondition() =>
        "p.pk IN (SELECT pk FROM place_boxes WHERE max_lat >= @bs AND min_lat <= @bn AND max_lon >= @bw AND min_lon <= @be)";

    internal override void WritePassageText(RowWriter writer, long passagePk, string text) =>
        writer.Run("passage_text", "INSERT INTO passage_text (rowid, text) VALUES (@pk, @text)", scalar: false, ("@pk", passagePk), ("@text", text));

    internal override void WritePlace(RowWriter writer, PlaceRef place)
    {
        var pk = writer.Run("place",
            "INSERT INTO places (id, name, kind, lat, lon, country, geometry) VALUES (@id, @name, @kind, @lat, @lon, @country, @geometry) ON CONFLICT (id) DO NOTHING RETURNING pk",
            scalar: true, ("@id", place.Id), ("@name", place.Name), ("@kind", (long)place.Kind), ("@lat", place.Point?.Latitude), ("@lon", place.Point?.Longitude),
            ("@country", place.Country), ("@geometry", (long)place.Geometry));
        if (pk is not null && place.Point is { } point)
        {
            writer.Run("place_box", "INSERT INTO place_boxes (pk, min_lat, max_lat, min_lon, max_lon) VALUES (@pk, @lat, @lat, @lon, @lon)", scalar: false,
                ("@pk", DbCommands.Long(pk)), ("@lat", point.Latitude), ("@lon", point.Longitude));
        }
    }

    /// <summary>
    /// A contentless FTS5 index forgets a row through its 'delete' command, given the text it indexed: the passage's
    /// stretch of the document text, which is stored once, in the documents table.
    /// </summary>
    protected override void BeforeRowsDeleted(DbConnection connection, DbTransaction transaction, string documentId)
    {
        var passages = new List<(long Pk, string Text)>();
        using (var command = DbCommands.Command(connection, transaction,
            "SELECT p.pk, p.span_start, p.span_end, d.text FROM passages p JOIN documents d ON d.id = p.document_id WHERE p.document_id = @id", ("@id", documentId)))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var text = reader.GetString(3);
                var (start, end) = ((int)reader.GetInt64(1), (int)reader.GetInt64(2));
                passages.Add((reader.GetInt64(0), end <= text.Length ? text[start..end] : string.Empty));
            }
        }

        foreach (var (pk, text) in passages)
        {
            DbCommands.Execute(connection, transaction, "INSERT INTO passage_text (passage_text, rowid, text) VALUES ('delete', @pk, @text)", ("@pk", pk), ("@text", text));
        }
    }

    private void Migrate()
    {
        var reindex = false;
        using (var connection = Connect())
        {
            DbCommands.Execute(connection, null, "PRAGMA journal_mode = WAL");
            // A store at the latest schema (the usual start) is opened without the write lock: versions only grow.
            var upToDate = (int)DbCommands.Long(DbCommands.Scalar(connection, null, "PRAGMA user_version")) == Migrations.Steps.Count;
            while (!upToDate)
            {
                // The version is read again inside the step's transaction (BEGIN IMMEDIATE: the write lock first), so that
                // two processes opening one new folder at once (the app and a command-line ingest) do not both run one step.
                using var transaction = connection.BeginTransaction();
                var version = (int)DbCommands.Long(DbCommands.Scalar(connection, transaction, "PRAGMA user_version"));
                if (version > Migrations.Steps.Count)
                {
                    throw new InvalidOperationException(
                        $"The store at '{Path}' has schema {version}, newer than this version of the app ({Migrations.Steps.Count}).");
                }

                upToDate = version == Migrations.Steps.Count;
                if (upToDate)
                {
                    continue; // (another process ran the last step)
                }

                // Schema 1 with documents in it (not a new store another process is still migrating) is rebuilt below.
                reindex |= version == 1 && DbCommands.Long(DbCommands.Scalar(connection, transaction, "SELECT EXISTS (SELECT 1 FROM documents)")) == 1;
                DbCommands.Execute(connection, transaction, Migrations.Steps[version]);
                DbCommands.Execute(connection, transaction, string.Create(CultureInfo.InvariantCulture, $"PRAGMA user_version = {version + 1}"));
                transaction.Commit();
            }
        }

        if (reindex)
        {
            // Schema 1 kept only some rows: build every document's rows from its extraction, once.
            ReindexAll();
        }
    }
}
