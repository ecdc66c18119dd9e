using System.Collections.Concurrent;
using System.Data.Common;
using System.Text.Json;
using Dashboard.Core.Places;
using Dashboard.Core.Text;
using Dashboard.Extraction.Pipeline;
using Dashboard.Store.Query;
using Dashboard.Store.Sqlite;

namespace Dashboard.Store.Sql;

/// <summary>
/// Writes one document's indexed rows (passages and their search text, places, actors, events with actors and
/// evidence, mentions) inside the caller's transaction, with one prepared command per kind of row, reused.
/// </summary>
internal sealed class RowWriter : IDisposable
{
    private readonly SqlStore _store;
    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly ConcurrentDictionary<string, byte> _knownPlaces;
    private readonly ConcurrentDictionary<string, byte> _knownActors;
    private readonly Dictionary<string, DbCommand> _commands = new(StringComparer.Ordinal);

    public RowWriter(SqlStore store, DbConnection connection, DbTransaction transaction, ConcurrentDictionary<string, byte> knownPlaces, ConcurrentDictionary<string, byte> knownActors)
    {
        _store = store;
        _connection = connection;
        _transaction = transaction;
        _knownPlaces = knownPlaces;
        _knownActors = knownActors;
    }

    /// <summary>Writes the rows of a document whose extraction has its corrections applied already.</summary>
    public (int Events, int Places) Write(string documentId, ExtractionResult extraction, IReadOnlySet<TextSpan> corrected)
    {
        var passages = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var passage in extraction.Document.Passages)
        {
            var pk = DbCommands.Long(Run("passage",
                "INSERT INTO passages (document_id, passage_id, kind, span_start, span_end) VALUES (@d, @p, @k, @s, @e) RETURNING pk",
                scalar: true, ("@d", documentId), ("@p", passage.Id), ("@k", (long)passage.Kind), ("@s", (long)passage.Span.Start), ("@e", (long)passage.Span.End)));
            passages[passage.Id] = pk;
            _store.WritePassageText(this, pk, passage.Span.Slice(extraction.Document.Text));
        }

        foreach (var actor in extraction.Actors)
        {
            WriteActor(actor);
        }

        var events = 0;
        foreach (var e in extraction.Events)
        {
            var place = PlaceRef.From(e.Place);
            var origin = PlaceRef.From(e.Origin);
            WritePlace(place);
            WritePlace(origin);
            var pk = DbCommands.Long(Run("event",
                """
                INSERT INTO events (id, document_id, type, status, place_id, place_precision, origin_id, origin_precision,
                                    date_start, date_end, date_precision, date_basis, quantities, evidence_count)
                VALUES (@id, @d, @type, @status, @place, @pp, @origin, @op, @start, @end, @precision, @basis, @q, @n) RETURNING pk
                """,
                scalar: true,
                ("@id", $"{documentId}.{e.Id}"), ("@d", documentId), ("@type", e.Type), ("@status", (long)e.Status), ("@place", place?.Id),
                ("@pp", place is null ? null : (long)place.Precision), ("@origin", origin?.Id), ("@op", origin is null ? null : (long)origin.Precision),
                ("@start", (long?)e.When?.Start.DayNumber), ("@end", (long?)e.When?.End.DayNumber), ("@precision", (long?)e.When?.Precision),
                ("@basis", (long)e.DateBasis), ("@q", JsonSerializer.Serialize(e.Quantities, ExtractionSerializer.Options)), ("@n", (long)e.Evidence.Count)));
            events++;
            var seen = new HashSet<(string, string)>();
            foreach (var (ids, role) in new[] { (e.Actors, "actor"), (e.Targets, "target") })
            {
                foreach (var actor in ids)
                {
                    if (seen.Add((actor, role)))
                    {
                        Run("event_actor", "INSERT INTO event_actors (event_pk, actor_id, role, ordinal) VALUES (@e, @a, @r, @o)", scalar: false,
                            ("@e", pk), ("@a", actor), ("@r", role), ("@o", (long)seen.Count));
                    }
                }
            }

            foreach (var v in e.Evidence)
            {
                if (passages.TryGetValue(v.PassageId, out var passagePk))
                {
                    Run("evidence", "INSERT INTO evidence (event_pk, passage_pk, span_start, span_end) VALUES (@e, @p, @s, @x)", scalar: false,
                        ("@e", pk), ("@p", passagePk), ("@s", (long)v.Span.Start), ("@x", (long)v.Span.End));
                }
            }
        }

        var mentions = 0;
        foreach (var resolved in extraction.Places)
        {
            if (PlaceRef.From(resolved) is not { } place || !passages.TryGetValue(resolved.Mention.PassageId, out var passagePk))
            {
                continue;
            }

            WritePlace(place);
            var alternatives = resolved.Alternatives.Where(a => a.Id != place.Id).ToList();
            Run("mention",
                """
                INSERT INTO mentions (document_id, passage_pk, span_start, span_end, surface, place_id, precision, literal, corrected, alternatives)
                VALUES (@d, @p, @s, @e, @surface, @place, @precision, @literal, @corrected, @alternatives)
                """,
                scalar: false,
                ("@d", documentId), ("@p", passagePk), ("@s", (long)resolved.Mention.Span.Start), ("@e", (long)resolved.Mention.Span.End),
                ("@surface", resolved.Mention.Surface), ("@place", place.Id), ("@precision", (long)place.Precision),
                ("@literal", resolved.Mention.Literal ? 1L : 0L), ("@corrected", corrected.Contains(resolved.Mention.Span) ? 1L : 0L),
                ("@alternatives", JsonSerializer.Serialize<IReadOnlyList<PlaceCandidate>>(alternatives, ExtractionSerializer.Options)));
            mentions++;
        }

        return (events, mentions);
    }

    /// <summary>Runs a statement through a command prepared once per writer (the SQL of a key never changes).</summary>
    public object? Run(string key, string sql, bool scalar, params (string Name, object? Value)[] values)
    {
        if (!_commands.TryGetValue(key, out var command))
        {
            command = DbCommands.Command(_connection, _transaction, sql, values);
            if (_store.PreparesCommands)
            {
                command.Prepare();
            }

            _commands[key] = command;
        }
        else
        {
            for (var i = 0; i < values.Length; i++)
            {
                command.Parameters[i].Value = values[i].Value ?? DBNull.Value;
            }
        }

        if (!scalar)
        {
            return command.ExecuteNonQuery();
        }

        var result = command.ExecuteScalar();
        return result is DBNull ? null : result;
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
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }
    }
}
