using Dashboard.Core.Extraction;
using System.Collections.Concurrent;
using System.Data.Common;
using System.Text.Json;
using Dashboard.Core.Places;
using Dashboard.Core.Text;
using Dashboard.Store.Query;
using Dashboard.Store.Sqlite;

namespace Dashboard.Store.Sql;

/// <summary>
/// Writes one document's indexed rows (passages and their search text, places, actors, events with actors and
/// evidence, mentions) inside the caller's transaction, with one prepared statement per kind of row, reused. Where the
/// store is over a network (<see cref="SqlStore.BatchesRows"/>) the statements are queued and sent in batches, with the
/// rows' keys reserved beforehand, instead of one round trip per row; kinds of rows the store copies in bulk
/// (<see cref="SqlStore.CopyTarget"/>) are kept until <see cref="FlushTotals"/> and sent once per batch of documents.
/// </summary>
internal sealed class RowWriter : IDisposable
{
    private readonly SqlStore _store;
    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly ConcurrentDictionary<string, byte> _knownPlaces;
    private readonly ConcurrentDictionary<string, byte> _knownActors;
    private readonly Dictionary<string, IRowStatement> _statements = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DbCommand> _keyCommands = new(StringComparer.Ordinal);
    private DbBatch? _batch;
    private readonly Dictionary<(string Place, long Best), (long Mentions, long Documents)> _placeTotals = [];
    private readonly Dictionary<(string Place, string Type, long Basis, long Band), long> _eventTotals = [];
    private readonly Dictionary<(string Actor, long Band, long Stated), long> _actorTotals = [];

    private readonly Dictionary<string, Queue<long>> _reservedKeys = new(StringComparer.Ordinal);
    private readonly Dictionary<CopyTarget, List<object?[]>> _copies = [];

    /// <summary>Keys are reserved at least this many at a time (a gap in a key sequence is harmless).</summary>
    private const int KeysReservedAtOnce = 256;

    /// <summary>Queued statements are sent when this many are waiting, at the end of each document unless rows are being kept for a bulk copy, and before anything runs at once.</summary>
    private const int MaxQueued = 2000;

    public RowWriter(SqlStore store, DbConnection connection, DbTransaction transaction, ConcurrentDictionary<string, byte> knownPlaces, ConcurrentDictionary<string, byte> knownActors)
    {
        _store = store;
        _connection = connection;
        _transaction = transaction;
        _knownPlaces = knownPlaces;
        _knownActors = knownActors;
    }

    /// <summary>Writes the rows of a document whose extraction has its corrections applied already.</summary>
    public (int Events, int Places) Write(string documentId, ExtractionResult extraction, IReadOnlySet<TextSpan> corrected, RowJson? json = null)
    {
        json ??= RowJson.None;
        var passages = new Dictionary<string, long>(StringComparer.Ordinal);
        var passageKeys = Reserve("passages", extraction.Document.Passages.Count);
        var index = 0;
        // Where rows are batched with reserved keys, a provider may keep the search text in the passage's own row (one
        // row version and one set of index entries); otherwise the text is indexed apart, after the row.
        var textInRow = passageKeys is null ? null : _store.PassageTextInRow;
        var (textColumn, textValue) = textInRow is { } t ? (", " + t.Column, ", " + t.Value) : (string.Empty, string.Empty);
        foreach (var passage in extraction.Document.Passages)
        {
            var text = passage.Span.Slice(extraction.Document.Text);
            long pk;
            if (passageKeys is null)
            {
                pk = DbCommands.Long(Run("passage",
                    "INSERT INTO passages (document_id, passage_id, kind, span_start, span_end) VALUES (@d, @p, @k, @s, @e) RETURNING pk",
                    scalar: true, ("@d", documentId), ("@p", passage.Id), ("@k", (long)passage.Kind), ("@s", (long)passage.Span.Start), ("@e", (long)passage.Span.End)));
            }
            else
            {
                pk = passageKeys[index];
                (string, object?)[] values = [("@pk", pk), ("@d", documentId), ("@p", passage.Id), ("@k", (long)passage.Kind), ("@s", (long)passage.Span.Start), ("@e", (long)passage.Span.End)];
                Queue("passage_keyed", $"INSERT INTO passages (pk, document_id, passage_id, kind, span_start, span_end{textColumn}) VALUES (@pk, @d, @p, @k, @s, @e{textValue})",
                    textInRow is null ? values : [.. values, ("@text", _store.SearchText(text))]);
            }

            index++;
            passages[passage.Id] = pk;
            if (textInRow is null)
            {
                _store.WritePassageText(this, pk, text);
            }
        }

        foreach (var actor in extraction.Actors)
        {
            WriteActor(actor);
        }

        var events = 0;
        var eventKeys = Reserve("events", extraction.Events.Count);
        foreach (var e in extraction.Events)
        {
            var place = PlaceRef.From(e.Place);
            var origin = PlaceRef.From(e.Origin);
            WritePlace(place);
            WritePlace(origin);
            var values = new (string, object?)[]
            {
                ("@id", $"{documentId}.{e.Id}"), ("@d", documentId), ("@type", e.Type), ("@status", (long)e.Status), ("@place", place?.Id),
                ("@pp", place is null ? null : (long)place.Precision), ("@origin", origin?.Id), ("@op", origin is null ? null : (long)origin.Precision),
                ("@start", (long?)e.When?.Start.DayNumber), ("@end", (long?)e.When?.End.DayNumber), ("@precision", (long?)e.When?.Precision),
                ("@basis", (long)e.DateBasis), ("@q", json.Quantities(e)), ("@n", (long)e.Evidence.Count), ("@pb", (long)e.PlaceBasis),
                ("@conf", e.Confidence),
            };
            const string Columns = "id, document_id, type, status, place_id, place_precision, origin_id, origin_precision, date_start, date_end, date_precision, date_basis, quantities, evidence_count, place_basis, confidence";
            const string Values = "@id, @d, @type, @status, @place, @pp, @origin, @op, @start, @end, @precision, @basis, @q, @n, @pb, @conf";
            long pk;
            if (eventKeys is null)
            {
                pk = DbCommands.Long(Run("event", $"INSERT INTO events ({Columns}) VALUES ({Values}) RETURNING pk", scalar: true, values));
            }
            else
            {
                pk = eventKeys[events];
                Queue("event_keyed", $"INSERT INTO events (pk, {Columns}) VALUES (@pk, {Values})", [("@pk", pk), .. values]);
            }

            events++;
            var band = ConfidenceBands.Of(e.Confidence);
            var totalKey = (place?.Id ?? string.Empty, e.Type, (long)e.PlaceBasis, band);
            _eventTotals[totalKey] = _eventTotals.GetValueOrDefault(totalKey) + 1;
            var stated = place is not null && e.PlaceBasis == Core.Events.PlaceBasis.Stated ? 1L : 0L; // as Totals.StatedPlace
            foreach (var actor in e.Actors.Concat(e.Targets).Distinct(StringComparer.Ordinal))
            {
                _actorTotals[(actor, band, stated)] = _actorTotals.GetValueOrDefault((actor, band, stated)) + 1;
            }

            var seen = new HashSet<(string, string)>();
            foreach (var (ids, role) in new[] { (e.Actors, "actor"), (e.Targets, "target") })
            {
                foreach (var actor in ids)
                {
                    if (seen.Add((actor, role)))
                    {
                        Queue("event_actor", "INSERT INTO event_actors (event_pk, actor_id, role, ordinal) VALUES (@e, @a, @r, @o)",
                            ("@e", pk), ("@a", actor), ("@r", role), ("@o", (long)seen.Count));
                    }
                }
            }

            foreach (var v in e.Evidence)
            {
                if (passages.TryGetValue(v.PassageId, out var passagePk))
                {
                    Queue("evidence", "INSERT INTO evidence (event_pk, passage_pk, span_start, span_end) VALUES (@e, @p, @s, @x)",
                        ("@e", pk), ("@p", passagePk), ("@s", (long)v.Span.Start), ("@x", (long)v.Span.End));
                }
            }
        }

        var mentions = 0;
        var placeTotals = new Dictionary<string, (long Best, long Count)>(StringComparer.Ordinal);
        foreach (var resolved in extraction.Places)
        {
            if (PlaceRef.From(resolved) is not { } place || !passages.TryGetValue(resolved.Mention.PassageId, out var passagePk))
            {
                continue;
            }

            WritePlace(place);
            Queue("mention",
                """
                INSERT INTO mentions (document_id, passage_pk, span_start, span_end, surface, place_id, precision, literal, corrected, alternatives)
                VALUES (@d, @p, @s, @e, @surface, @place, @precision, @literal, @corrected, @alternatives)
                """,
                ("@d", documentId), ("@p", passagePk), ("@s", (long)resolved.Mention.Span.Start), ("@e", (long)resolved.Mention.Span.End),
                ("@surface", resolved.Mention.Surface), ("@place", place.Id), ("@precision", (long)place.Precision),
                ("@literal", resolved.Mention.Literal ? 1L : 0L), ("@corrected", corrected.Contains(resolved.Mention.Span) ? 1L : 0L),
                ("@alternatives", json.Alternatives(resolved, place.Id)));
            mentions++;
            var total = placeTotals.GetValueOrDefault(place.Id, (long.MaxValue, 0));
            placeTotals[place.Id] = (Math.Min(total.Best, (long)place.Precision), total.Count + 1);
        }

        foreach (var (id, (best, count)) in placeTotals)
        {
            // A document counts once per place, in the row of its most precise mention of it (see Totals).
            var sum = _placeTotals.GetValueOrDefault((id, best));
            _placeTotals[(id, best)] = (sum.Mentions + count, sum.Documents + 1);
        }

        if (_copies.Count == 0)
        {
            Flush();
        }

        return (events, mentions);
    }

    /// <summary>
    /// Keys for <paramref name="count"/> new rows of a table where the store hands them out beforehand (null where rows get
    /// their keys as they are written), reserved in blocks so that a batch of documents asks the server once or twice.
    /// </summary>
    private List<long>? Reserve(string table, int count)
    {
        if (!_reservedKeys.TryGetValue(table, out var pool))
        {
            pool = new Queue<long>();
            _reservedKeys[table] = pool;
        }

        if (pool.Count < count)
        {
            if (_store.ReserveKeys(this, table, Math.Max(count - pool.Count, KeysReservedAtOnce)) is not { } more)
            {
                return null;
            }

            foreach (var key in more)
            {
                pool.Enqueue(key);
            }
        }

        var keys = new List<long>(count);
        for (var i = 0; i < count; i++)
        {
            keys.Add(pool.Dequeue());
        }

        return keys;
    }

    /// <summary>The counts <see cref="Write"/> returns for an extraction: its events, and its mentions of a known place.</summary>
    public static (int Events, int Places) Counts(ExtractionResult extraction) =>
        (extraction.Events.Count, extraction.Places.Count(p => PlaceRef.From(p) is not null));

    /// <summary>
    /// Adds the counts of the documents written since the last call to the running totals (<see cref="Totals"/>): once
    /// per batch, so that a place every article names costs one statement a batch, not one per article. In key order, so
    /// that two writers on one database take the rows' locks in the same order.
    /// </summary>
    public void FlushTotals()
    {
        FlushCopies();
        foreach (var ((id, best), (mentions, documents)) in _placeTotals.OrderBy(p => p.Key.Place, StringComparer.Ordinal).ThenBy(p => p.Key.Best))
        {
            Queue("place_total", Totals.AddPlace, ("@place", id), ("@precision", best), ("@n", mentions), ("@documents", documents));
        }

        foreach (var ((place, type, basis, band), count) in _eventTotals.OrderBy(p => p.Key.Place, StringComparer.Ordinal).ThenBy(p => p.Key.Type, StringComparer.Ordinal)
                     .ThenBy(p => p.Key.Basis).ThenBy(p => p.Key.Band))
        {
            Queue("event_total", Totals.AddEvents, ("@place", place), ("@type", type), ("@basis", basis), ("@band", band), ("@n", count));
        }

        foreach (var ((id, band, stated), count) in _actorTotals.OrderBy(p => p.Key.Actor, StringComparer.Ordinal).ThenBy(p => p.Key.Band).ThenBy(p => p.Key.Stated))
        {
            Queue("actor_total", Totals.AddActor, ("@actor", id), ("@band", band), ("@stated", stated), ("@n", count));
        }

        _placeTotals.Clear();
        _eventTotals.Clear();
        _actorTotals.Clear();
        Flush();
    }

    /// <summary>
    /// A row whose result nobody reads: queued into the batch where the store batches rows, run at once otherwise.
    /// Queued rows keep their order, so a row may refer to one queued before it.
    /// </summary>
    public void Queue(string key, string sql, params (string Name, object? Value)[] values)
    {
        if (_store.CopyTarget(key) is { } target)
        {
            if (!_copies.TryGetValue(target, out var rows))
            {
                rows = [];
                _copies[target] = rows;
            }

            var row = new object?[values.Length];
            for (var i = 0; i < values.Length; i++)
            {
                row[i] = values[i].Value;
            }

            rows.Add(row);
            return;
        }

        if (!_store.BatchesRows)
        {
            Run(key, sql, scalar: false, values);
            return;
        }

        _batch ??= CreateBatch();
        var command = _batch.CreateBatchCommand();
        command.CommandText = sql;
        foreach (var (name, value) in values)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        _batch.BatchCommands.Add(command);
        if (_batch.BatchCommands.Count >= MaxQueued)
        {
            Flush();
        }
    }

    private DbBatch CreateBatch()
    {
        var batch = _connection.CreateBatch();
        batch.Transaction = _transaction;
        return batch;
    }

    /// <summary>
    /// Sends the rows kept for a bulk copy, table by table in the order their keys refer to each other (after the queued
    /// statements, which write the documents and places they refer to).
    /// </summary>
    private void FlushCopies()
    {
        if (_copies.Count == 0)
        {
            return;
        }

        Flush();
        foreach (var (target, rows) in _copies.OrderBy(c => c.Key.Order))
        {
            _store.Copy(_connection, _transaction, target, rows);
        }

        _copies.Clear();
    }

    /// <summary>Sends the queued rows in one round trip.</summary>
    public void Flush()
    {
        if (_batch is { BatchCommands.Count: > 0 })
        {
            _batch.ExecuteNonQuery();
            _batch.BatchCommands.Clear();
        }
    }

    /// <summary>Runs a query with one parameter, <c>@n</c> = <paramref name="count"/>, that returns one key per row.</summary>
    public IReadOnlyList<long> Keys(string key, string sql, int count)
    {
        Flush();
        if (!_keyCommands.TryGetValue(key, out var command))
        {
            command = DbCommands.Command(_connection, _transaction, sql, ("@n", (long)count));
            command.Prepare();
            _keyCommands[key] = command;
        }
        else
        {
            command.Parameters[0].Value = (long)count;
        }

        var keys = new List<long>(count);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            keys.Add(DbCommands.Long(reader.GetValue(0)));
        }

        return keys.Count == count ? keys : throw new InvalidOperationException($"{count} keys were asked for, {keys.Count} came back.");
    }

    /// <summary>
    /// Runs a statement at once (after the queued rows) through a command prepared once per writer (the SQL of a key
    /// never changes).
    /// </summary>
    public object? Run(string key, string sql, bool scalar, params (string Name, object? Value)[] values)
    {
        Flush();
        if (!_statements.TryGetValue(key, out var statement))
        {
            statement = _store.RowStatement(_connection, _transaction, sql, values);
            _statements[key] = statement;
        }

        return statement.Run(values, scalar);
    }

    private void WritePlace(PlaceRef? place)
    {
        if (place is null || _knownPlaces.ContainsKey(place.Id))
        {
            return;
        }

        _store.WritePlace(this, place);
        _knownPlaces.TryAdd(place.Id, 0);
    }

    private void WriteActor(Core.Events.Actor actor)
    {
        if (_knownActors.ContainsKey(actor.Id))
        {
            return;
        }

        var values = new (string, object?)[] { ("@id", actor.Id), ("@key", ActorKeys.Candidate(actor)), ("@name", actor.Name), ("@kind", (long)actor.Kind), ("@country", actor.Country) };
        const string Sql = "INSERT INTO actors (id, key, name, kind, country) VALUES (@id, @key, @name, @kind, @country) ON CONFLICT DO NOTHING";
        if (Convert.ToInt64(Run("actor", Sql, scalar: false, values), System.Globalization.CultureInfo.InvariantCulture) == 0
            && Run("actor_exists", "SELECT count(*) FROM actors WHERE id = @id", scalar: true, ("@id", actor.Id)) is { } n && DbCommands.Long(n) == 0)
        {
            // Another actor has this key already: this one keeps its full id as its key.
            values[1] = ("@key", actor.Id);
            Run("actor", Sql, scalar: false, values);
        }

        _knownActors.TryAdd(actor.Id, 0);
    }

    public void Dispose()
    {
        _batch?.Dispose();
        foreach (var statement in _statements.Values)
        {
            statement.Dispose();
        }

        foreach (var command in _keyCommands.Values)
        {
            command.Dispose();
        }
    }
}
