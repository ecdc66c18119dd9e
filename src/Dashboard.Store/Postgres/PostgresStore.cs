using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Dashboard.Core.Results;
using Dashboard.Store.Query;
using Dashboard.Store.Sql;
using NetTopologySuite.Geometries;
using Npgsql;

namespace Dashboard.Store.Postgres;

/// <summary>
/// The server store: PostgreSQL with PostGIS. Places carry a PostGIS point (GiST index) for the viewport, passages a
/// tsvector (GIN index) for search. Several app instances can share one database: each change is announced with
/// NOTIFY, and every instance LISTENs and tells its open dashboards.
/// </summary>
public sealed class PostgresStore : SqlStore, IAsyncDisposable, IDisposable
{
    public const string Channel = "dashboard_changes";

    private readonly NpgsqlDataSource _dataSource;
    private readonly string _instance = Guid.NewGuid().ToString("N");
    private readonly CancellationTokenSource _stop = new();
    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task? _listener;

    private PostgresStore(NpgsqlDataSource dataSource, string description)
    {
        _dataSource = dataSource;
        Path = description;
    }

    /// <summary>
    /// Completes once this instance is subscribed to other instances' changes (its LISTEN has run): from then on every
    /// change another instance saves raises <see cref="SqlStore.Changed"/> here. Cancelled when the store is closed first.
    /// </summary>
    public Task Listening => _listening.Task;

    /// <summary>The database, host and user (never the password).</summary>
    public override string Path { get; }

    internal override bool PreparesCommands => false;

    /// <summary>Connects, creates or updates the schema, and starts listening for other instances' changes.</summary>
    public static Result<PostgresStore> Open(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        NpgsqlDataSource? dataSource = null;
        try
        {
            var builder = new NpgsqlDataSourceBuilder(connectionString);
            if (builder.ConnectionStringBuilder.MaxAutoPrepare == 0)
            {
                // The same few row statements run thousands of times (and in batches, which are never prepared
                // explicitly): let Npgsql prepare them on the server once per connection instead of parsing and planning
                // every row. A connection string that sets its own value keeps it.
                builder.ConnectionStringBuilder.MaxAutoPrepare = 64;
                builder.ConnectionStringBuilder.AutoPrepareMinUsages = 2;
            }

            builder.UseNetTopologySuite();
            dataSource = builder.Build();
            var settings = new NpgsqlConnectionStringBuilder(connectionString);
            var store = new PostgresStore(dataSource, $"postgres://{settings.Username}@{settings.Host}:{settings.Port}/{settings.Database}");
            store.Migrate();
            store._listener = Task.Run(() => store.ListenAsync(store._stop.Token));
            return Result<PostgresStore>.Success(store);
        }
        catch (Exception e) when (e is NpgsqlException or ArgumentException or InvalidOperationException)
        {
            dataSource?.Dispose();
            return Result<PostgresStore>.Failure($"The PostgreSQL store cannot be used: {e.Message}");
        }
    }

    /// <summary>
    /// Writes the whole store as JSON lines (documents with text and extraction, then corrections): a portable backup
    /// that <see cref="Restore"/> reads into any PostgreSQL store, rebuilding the rows.
    /// </summary>
    public override void Backup(string destination)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(destination);
        using var writer = new StreamWriter(destination, append: false, new System.Text.UTF8Encoding(false));
        writer.WriteLine(JsonSerializer.Serialize(new BackupLine { Kind = BackupHeader }));
        using var connection = Connect();
        using (var command = DbCommands.Command(connection, null,
            "SELECT id, content_hash, url, title, outlet, published, source_name, text, extraction, ingested_at, published_from, feed_id FROM documents ORDER BY ingested_at, id"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var values = Enumerable.Range(0, 12).Select(i => reader.IsDBNull(i) ? null : reader.GetString(i)).ToArray();
                writer.WriteLine(JsonSerializer.Serialize(new BackupLine { Kind = "document", Values = values }));
            }
        }

        using (var command = DbCommands.Command(connection, null,
            "SELECT id, url, title, interval_seconds::text, paused::text, honour_robots::text, keep_summaries::text, added FROM feeds ORDER BY added, id"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var values = Enumerable.Range(0, 8).Select(i => reader.IsDBNull(i) ? null : reader.GetString(i)).ToArray();
                writer.WriteLine(JsonSerializer.Serialize(new BackupLine { Kind = "feed", Values = values }));
            }
        }

        using (var command = DbCommands.Command(connection, null,
            "SELECT document_id, kind, span_start::text, span_end::text, event_type, place, author, created_at FROM corrections ORDER BY id"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var values = Enumerable.Range(0, 8).Select(i => reader.IsDBNull(i) ? null : reader.GetString(i)).ToArray();
                writer.WriteLine(JsonSerializer.Serialize(new BackupLine { Kind = "correction", Values = values }));
            }
        }
    }

    public override Result<int> Restore(string backup)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(backup);
        if (!File.Exists(backup))
        {
            return Result<int>.Failure($"No backup file at '{backup}'.");
        }

        List<BackupLine> lines;
        try
        {
            lines = [.. File.ReadLines(backup).Where(l => l.Length > 0).Select(l => JsonSerializer.Deserialize<BackupLine>(l)!)];
        }
        catch (JsonException e)
        {
            return Result<int>.Failure($"'{backup}' is not a dashboard backup: {e.Message}");
        }

        if (lines.Count == 0 || lines[0].Kind != BackupHeader)
        {
            return Result<int>.Failure($"'{backup}' is not a dashboard backup this version can read.");
        }

        using (var connection = Connect())
        using (var transaction = connection.BeginTransaction())
        {
            DbCommands.Execute(connection, transaction, "TRUNCATE documents, passages, events, event_actors, evidence, mentions, corrections, places, actors, feeds, feed_items, place_totals, event_totals, actor_totals");
            foreach (var line in lines.Skip(1))
            {
                var v = line.Values ?? [];
                if (line.Kind == "document" && v.Length is 10 or 12)
                {
                    // Backups written before the publication date's source and the feed were kept have 10 values.
                    DbCommands.Execute(connection, transaction,
                        """
                        INSERT INTO documents (id, content_hash, url, title, outlet, published, source_name, text, extraction, ingested_at, published_from, feed_id)
                        VALUES (@a, @b, @c, @d, @e, @f, @g, @h, @i, @j, @k, @l)
                        """,
                        ("@a", v[0]), ("@b", v[1]), ("@c", v[2]), ("@d", v[3]), ("@e", v[4]), ("@f", v[5]), ("@g", v[6]), ("@h", v[7]), ("@i", v[8]), ("@j", v[9]),
                        ("@k", v.Length > 10 ? v[10] : null), ("@l", v.Length > 11 ? v[11] : null));
                }
                else if (line.Kind == "feed" && v.Length == 8)
                {
                    // A subscription comes back due at once; what it had seen is not kept, so its next poll reads the feed's
                    // current items again (articles already stored are recognised by content and not duplicated).
                    DbCommands.Execute(connection, transaction,
                        """
                        INSERT INTO feeds (id, url, title, interval_seconds, paused, honour_robots, keep_summaries, next_poll, items_taken, added)
                        VALUES (@a, @b, @c, @d, @e, @f, @g, @h, 0, @h)
                        """,
                        ("@a", v[0]), ("@b", v[1]), ("@c", v[2]), ("@d", long.Parse(v[3]!, CultureInfo.InvariantCulture)), ("@e", bool.Parse(v[4]!)),
                        ("@f", bool.Parse(v[5]!)), ("@g", bool.Parse(v[6]!)), ("@h", v[7]));
                }
                else if (line.Kind == "correction" && v.Length == 8)
                {
                    DbCommands.Execute(connection, transaction,
                        """
                        INSERT INTO corrections (document_id, kind, span_start, span_end, event_type, place, author, created_at)
                        VALUES (@a, @b, @c, @d, @e, @f, @g, @h)
                        """,
                        ("@a", v[0]), ("@b", v[1]), ("@c", v[2] is null ? null : long.Parse(v[2]!, CultureInfo.InvariantCulture)),
                        ("@d", v[3] is null ? null : long.Parse(v[3]!, CultureInfo.InvariantCulture)), ("@e", v[4]), ("@f", v[5]), ("@g", v[6]), ("@h", v[7]));
                }
            }

            transaction.Commit();
        }

        ReindexAll();
        RaiseChanged();
        return Result<int>.Success(DocumentCount);
    }

    protected override DbConnection Connect() => _dataSource.OpenConnection();

    internal override string PassageMatch(string passagePk) => $"{passagePk} IN (SELECT pk FROM passages WHERE tsv @@ to_tsquery('simple', @q))";

    internal override string TextParameter(IReadOnlyList<string> words) => TextQuery.TsQuery(words);

    internal override string BoxCondition() => "p.geom && ST_MakeEnvelope(@bw, @bs, @be, @bn, 4326)";

    internal override bool BatchesRows => true;

    internal override IReadOnlyList<long>? ReserveKeys(RowWriter writer, string table, int count)
    {
        if (count == 0)
        {
            return [];
        }

        var sequence = table switch
        {
            "passages" => "passages_pk_seq",
            "events" => "events_pk_seq",
            _ => throw new ArgumentOutOfRangeException(nameof(table), table, "No key sequence for this table."),
        };
        return writer.Keys($"reserve_{table}", $"SELECT nextval('{sequence}') FROM generate_series(1, @n)", count);
    }

    internal override (string Column, string Value)? PassageTextInRow => ("tsv", "to_tsvector('simple', @text)");

    /// <summary>
    /// The rows a document has many of go by binary COPY, once per batch of documents: the server then inserts them
    /// without parsing, planning and executing a statement a row. A passage goes through a staging table, since its
    /// search vector is computed by the server from its text.
    /// </summary>
    private static readonly Dictionary<string, CopyTarget> CopyTargets = new(StringComparer.Ordinal)
    {
        ["passage_keyed"] = new("passage_stage", "pk, document_id, passage_id, kind, span_start, span_end, text", 0),
        ["event_keyed"] = new("events",
            "pk, id, document_id, type, status, place_id, place_precision, origin_id, origin_precision, date_start, date_end, date_precision, date_basis, quantities, evidence_count, place_basis, confidence", 1),
        ["event_actor"] = new("event_actors", "event_pk, actor_id, role, ordinal", 2),
        ["evidence"] = new("evidence", "event_pk, passage_pk, span_start, span_end", 3),
        ["mention"] = new("mentions", "document_id, passage_pk, span_start, span_end, surface, place_id, precision, literal, corrected, alternatives", 4),
    };

    internal override CopyTarget? CopyTarget(string key) => CopyTargets.GetValueOrDefault(key);

    internal override void Copy(DbConnection connection, DbTransaction transaction, CopyTarget target, IReadOnlyList<object?[]> rows)
    {
        var npgsql = (NpgsqlConnection)connection;
        if (target.Table == "passage_stage")
        {
            DbCommands.Execute(connection, transaction,
                "CREATE TEMP TABLE IF NOT EXISTS passage_stage (pk bigint, document_id text, passage_id text, kind bigint, span_start bigint, span_end bigint, text text) ON COMMIT DELETE ROWS");
        }

        using (var importer = npgsql.BeginBinaryImport($"COPY {target.Table} ({target.Columns}) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var row in rows)
            {
                importer.StartRow();
                foreach (var value in row)
                {
                    switch (value)
                    {
                        case null or DBNull:
                            importer.WriteNull();
                            break;
                        case string text:
                            importer.Write(text, NpgsqlTypes.NpgsqlDbType.Text);
                            break;
                        case long number:
                            importer.Write(number, NpgsqlTypes.NpgsqlDbType.Bigint);
                            break;
                        case double real:
                            importer.Write(real, NpgsqlTypes.NpgsqlDbType.Double);
                            break;
                        default:
                            throw new ArgumentException($"A {value.GetType().Name} cannot be copied into {target.Table}.", nameof(rows));
                    }
                }
            }

            importer.Complete();
        }

        if (target.Table == "passage_stage")
        {
            DbCommands.Execute(connection, transaction,
                """
                INSERT INTO passages (pk, document_id, passage_id, kind, span_start, span_end, tsv)
                SELECT pk, document_id, passage_id, kind, span_start, span_end, to_tsvector('simple', text) FROM passage_stage;
                TRUNCATE passage_stage
                """);
        }
    }

    internal override string SearchText(string text) => TextQuery.Fold(text);

    internal override void WritePlace(RowWriter writer, PlaceRef place) =>
        writer.Queue("place",
            "INSERT INTO places (id, name, kind, lat, lon, country, geometry, geom) VALUES (@id, @name, @kind, @lat, @lon, @country, @geometry, @geom) ON CONFLICT (id) DO NOTHING",
            ("@id", place.Id), ("@name", place.Name), ("@kind", (long)place.Kind), ("@lat", place.Point?.Latitude), ("@lon", place.Point?.Longitude),
            ("@country", place.Country), ("@geometry", (long)place.Geometry),
            ("@geom", place.Point is { } p ? new Point(p.Longitude, p.Latitude) { SRID = 4326 } : null));

    internal override void Announce(RowWriter writer, string documentId) =>
        writer.Queue("announce", "SELECT pg_notify(@channel, @payload)", ("@channel", Channel), ("@payload", $"{_instance} {documentId}"));

    protected override void Announce(DbConnection connection, DbTransaction transaction, string documentId) =>
        DbCommands.Execute(connection, transaction, "SELECT pg_notify(@channel, @payload)", ("@channel", Channel), ("@payload", $"{_instance} {documentId}"));

    private void Migrate()
    {
        using var connection = Connect();
        using var transaction = connection.BeginTransaction();
        DbCommands.Execute(connection, transaction, "SELECT pg_advisory_xact_lock(4711)");
        DbCommands.Execute(connection, transaction, PostgresSchema.Create);
        DbCommands.Execute(connection, transaction, PostgresSchema.Totals);
        DbCommands.Execute(connection, transaction, "INSERT INTO meta (key, value) VALUES ('schema', @v) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            ("@v", PostgresSchema.Version.ToString(CultureInfo.InvariantCulture)));
        transaction.Commit();

        // On a new database PostGIS was created just now, after the data source read the server's types: read them
        // again, or geometry parameters cannot be written.
        ((NpgsqlConnection)connection).ReloadTypes();
    }

    /// <summary>Waits for other instances' NOTIFY and raises <see cref="SqlStore.Changed"/>; reconnects after a failure.</summary>
    private async Task ListenAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
                connection.Notification += (_, e) =>
                {
                    if (!e.Payload.StartsWith(_instance, StringComparison.Ordinal))
                    {
                        RaiseChanged();
                    }
                };
                await using (var command = new NpgsqlCommand($"LISTEN {Channel}", connection))
                {
                    await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                _listening.TrySetResult();

                while (!cancellationToken.IsCancellationRequested)
                {
                    await connection.WaitAsync(cancellationToken).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (NpgsqlException)
            {
                // The server went away: wait a moment and listen again.
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private const string BackupHeader = "dashboard-backup-v1";

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        _listening.TrySetCanceled(); // a store closed before it subscribed never will
        if (_listener is not null)
        {
            await _listener.ConfigureAwait(false);
        }

        _stop.Dispose();
        await _dataSource.DisposeAsync().ConfigureAwait(false);
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private sealed class BackupLine
    {
        public string Kind { get; set; } = string.Empty;

        public string?[]? Values { get; set; }
    }
}
