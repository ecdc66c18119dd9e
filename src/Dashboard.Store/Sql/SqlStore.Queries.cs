using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Dashboard.Core.Documents;
using Dashboard.Core.Events;
using Dashboard.Core.Geography;
using Dashboard.Core.Places;
using Dashboard.Core.Text;
using Dashboard.Core.Time;
using Dashboard.Store.Corrections;
using Dashboard.Store.Query;
using Dashboard.Store.Sqlite;

namespace Dashboard.Store.Sql;

/// <summary>The read side: every query is SQL over the indexed rows, and every answer is capped.</summary>
public abstract partial class SqlStore
{
    /// <summary>How many actors the filter panel lists (besides the selected ones).</summary>
    public const int ActorFacetLimit = 60;

    /// <summary>How many passages and events the Sources panel lists at most.</summary>
    public const int SourcesLimit = 60;

    private const string EventColumns =
        "e.pk, e.id, e.document_id, e.type, e.status, e.place_id, e.place_precision, e.origin_id, e.origin_precision, " +
        "e.date_start, e.date_end, e.date_precision, e.date_basis, e.quantities, e.place_basis, e.confidence";

    private const string DocumentColumns = "d.id, d.url, d.title, d.outlet, d.published, d.event_count, d.place_count, d.published_from, d.feed_id, d.ingested_at";

    public async Task<int> DocumentCountAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = Connect();
        await using var command = DbCommands.Command(connection, null, "SELECT count(*) FROM documents");
        return (int)DbCommands.Long(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false));
    }

    public async Task<IReadOnlyList<DocumentSummary>> DocumentsAsync(DocumentQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = Connect();
        return await DocumentsAsync(connection, query.Ids, query.Limit, cancellationToken).ConfigureAwait(false);
    }

    public async Task<DocumentPage> DocumentPageAsync(ViewFilter filter, DocumentPageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(page);
        await using var connection = Connect();
        string Where(DbCommand command, bool withCursor)
        {
            var conditions = new List<string>();
            if (filter.FiltersEvents || !string.IsNullOrWhiteSpace(filter.Text))
            {
                conditions.Add($"d.id IN (SELECT e.document_id FROM events e WHERE {FilterSql.Events(command, filter, FilterSql.Parts.All, this)})");
            }
            else if (filter.Documents.Count > 0)
            {
                conditions.Add($"d.id IN ({DbCommands.InList(command, "dd", filter.Documents.Order(StringComparer.Ordinal))})");
            }

            if (page.Feed is { } feed)
            {
                DbCommands.Add(command, "@feed", feed);
                conditions.Add("d.feed_id = @feed");
            }

            if (withCursor && page.After?.Split('|') is [var added, var id])
            {
                DbCommands.Add(command, "@cadded", added);
                DbCommands.Add(command, "@cid", id);
                conditions.Add("(d.ingested_at < @cadded OR (d.ingested_at = @cadded AND d.id < @cid))");
            }

            return conditions.Count == 0 ? string.Empty : "WHERE " + string.Join(" AND ", conditions);
        }

        int total;
        await using (var count = DbCommands.Command(connection, null, string.Empty))
        {
            count.CommandText = $"SELECT count(*) FROM documents d {Where(count, false)}";
            total = (int)DbCommands.Long(await count.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false));
        }

        await using var command = DbCommands.Command(connection, null, string.Empty);
        DbCommands.Add(command, "@limit", (long)page.Limit + 1);
        command.CommandText = $"SELECT {DocumentColumns} FROM documents d {Where(command, true)} ORDER BY d.ingested_at DESC, d.id DESC LIMIT @limit";
        var documents = new List<DocumentSummary>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                documents.Add(new DocumentSummary(reader.GetString(0), Metadata(reader, 2, 7), (int)DbCommands.Long(reader.GetValue(5)), (int)DbCommands.Long(reader.GetValue(6))));
            }
        }

        string? next = null;
        if (documents.Count > page.Limit)
        {
            documents.RemoveAt(documents.Count - 1);
            var last = documents[^1];
            next = $"{last.Metadata.Added!.Value.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture)}|{last.Id}";
        }

        return new DocumentPage(documents, total, next);
    }

    public async Task<IReadOnlyList<ActorRef>> FindActorsAsync(IReadOnlyCollection<string> keysOrIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keysOrIds);
        if (keysOrIds.Count == 0)
        {
            return [];
        }

        await using var connection = Connect();
        await using var command = DbCommands.Command(connection, null, string.Empty);
        var names = DbCommands.InList(command, "k", keysOrIds.Select(k => (object)k.Trim().ToLowerInvariant()).Distinct());
        command.CommandText = $"SELECT a.id, a.key, a.name, a.kind, a.country FROM actors a WHERE lower(a.key) IN ({names}) OR lower(a.id) IN ({names}) ORDER BY a.key";
        var actors = new List<ActorRef>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            actors.Add(ReadActor(reader, 0));
        }

        return actors;
    }

    public async Task<EventPage> EventsAsync(ViewFilter filter, EventPageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(page);
        await using var connection = Connect();
        int total;
        await using (var count = DbCommands.Command(connection, null, string.Empty))
        {
            count.CommandText = $"SELECT count(*) FROM events e WHERE {FilterSql.Events(count, filter, FilterSql.Parts.All, this)}";
            total = (int)DbCommands.Long(await count.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false));
        }

        await using var command = DbCommands.Command(connection, null, string.Empty);
        var where = FilterSql.Events(command, filter, FilterSql.Parts.All, this);
        if (page.After is { } after)
        {
            DbCommands.Add(command, "@after", after);
            where += " AND e.pk > @after";
        }

        var direction = page.Descending ? "DESC" : "ASC";
        var order = page.Sort switch
        {
            EventSort.Date => $"(e.date_start IS NULL), e.date_start {direction}, e.date_end {direction}, e.pk",
            EventSort.Type => $"e.type {direction}, e.pk",
            EventSort.Place => $"(pl.name IS NULL), pl.name {direction}, e.pk",
            EventSort.Sources => $"e.evidence_count {direction}, e.pk",
            EventSort.Confidence => $"(e.confidence IS NULL), e.confidence {direction}, e.pk",
            _ => $"e.pk {direction}",
        };
        var join = page.Sort == EventSort.Place ? "LEFT JOIN places pl ON pl.id = e.place_id" : string.Empty;
        // Cursor pages read one row more than they return: a next link is given only when there is a next event.
        var cursorPaged = page.Sort == EventSort.Stored && !page.Descending;
        DbCommands.Add(command, "@limit", (long)page.Limit + (cursorPaged ? 1 : 0));
        DbCommands.Add(command, "@offset", (long)page.Offset);
        command.CommandText = $"SELECT {EventColumns} FROM events e {join} WHERE {where} ORDER BY {order} LIMIT @limit OFFSET @offset";
        var (items, pks) = await ReadEventsAsync(connection, command, cancellationToken).ConfigureAwait(false);
        if (cursorPaged && items.Count > page.Limit)
        {
            items.RemoveAt(items.Count - 1);
            return new EventPage(items, total, pks[page.Limit - 1]);
        }

        return new EventPage(items, total, null);
    }

    /// <summary>Adds the filter's totals band (<see cref="FilterSql.TotalsBand"/>) as <c>@band</c>, for a query the totals answer.</summary>
    private static string TotalsBand(DbCommand command, ViewFilter filter)
    {
        DbCommands.Add(command, "@band", FilterSql.TotalsBand(filter) ?? throw new InvalidOperationException("The rows must be read for this filter."));
        return "@band";
    }

    /// <summary>
    /// The mentions the map shows for a filter: those of the matching documents and, where the filter narrows the events,
    /// only those in the passages that tell a matching event.
    /// </summary>
    /// <param name="events">The events condition already added to <paramref name="command"/>, if any (its parameters are
    /// added once per command).</param>
    private string MapMentions(DbCommand command, ViewFilter filter, string? events = null)
    {
        var where = FilterSql.Mentions(command, filter, this);
        return filter.FiltersEvents
            ? where + $" AND m.passage_pk IN (SELECT v.passage_pk FROM evidence v JOIN events e ON e.pk = v.event_pk WHERE {events ?? FilterSql.Events(command, filter, FilterSql.Parts.All, this)})"
            : where;
    }

    public async Task<BoundingBox?> ExtentAsync(ViewFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var connection = Connect();
        await using var command = DbCommands.Command(connection, null, string.Empty);
        var events = FilterSql.Events(command, filter, FilterSql.Parts.All, this);
        var mentions = MapMentions(command, filter, events);

        // The places of the matching events, and the places the map shows as mentioned that are named more than once (one
        // passing mention far away does not widen the view). Without a filter the running totals say the same.
        command.CommandText = !FilterSql.Narrows(filter, FilterSql.Parts.All)
            ? """
              SELECT min(p.lon), min(p.lat), max(p.lon), max(p.lat) FROM places p
              WHERE p.lat IS NOT NULL AND (p.id IN (SELECT place_id FROM event_totals WHERE events > 0)
                  OR p.id IN (SELECT place_id FROM place_totals GROUP BY place_id HAVING sum(mentions) > 1))
              """
            : $"""
            SELECT min(x.lon), min(x.lat), max(x.lon), max(x.lat) FROM (
                SELECT p.lon, p.lat FROM events e JOIN places p ON p.id = e.place_id WHERE {events} AND p.lat IS NOT NULL
                UNION ALL
                SELECT p.lon, p.lat FROM mentions m JOIN places p ON p.id = m.place_id WHERE {mentions} AND p.lat IS NOT NULL
                GROUP BY p.id, p.lon, p.lat HAVING count(*) > 1) x
            """;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false) || reader.IsDBNull(0))
        {
            return null;
        }

        return new BoundingBox(reader.GetDouble(0), reader.GetDouble(1), reader.GetDouble(2), reader.GetDouble(3));
    }

    public async Task<Facets> FacetsAsync(ViewFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var connection = Connect();

        var actors = new List<FacetCount<ActorRef>>();
        await using (var command = DbCommands.Command(connection, null, string.Empty))
        {
            var where = FilterSql.Events(command, filter, FilterSql.Parts.Types | FilterSql.Parts.Dates, this);
            var selected = filter.Actors.Count == 0 ? string.Empty
                : $" OR a.id IN ({DbCommands.InList(command, "sa", filter.Actors.Order(StringComparer.Ordinal))})";
            DbCommands.Add(command, "@limit", (long)ActorFacetLimit);
            var counts = FilterSql.NeedsRows(filter, FilterSql.Parts.Types | FilterSql.Parts.Dates)
                ? $"SELECT ea.actor_id, count(DISTINCT ea.event_pk) AS n FROM event_actors ea JOIN events e ON e.pk = ea.event_pk WHERE {where} GROUP BY ea.actor_id"
                : $"SELECT actor_id, sum(events) AS n FROM actor_totals WHERE band >= {TotalsBand(command, filter)}{FilterSql.StatedTotals(filter)} GROUP BY actor_id HAVING sum(events) > 0";
            command.CommandText =
                $"""
                SELECT a.id, a.key, a.name, a.kind, a.country, x.n FROM ({counts}) x
                JOIN actors a ON a.id = x.actor_id
                ORDER BY (CASE WHEN 1 = 0{selected} THEN 0 ELSE 1 END), x.n DESC, lower(a.name), a.id
                LIMIT @limit
                """;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                actors.Add(new FacetCount<ActorRef>(ReadActor(reader, 0), (int)DbCommands.Long(reader.GetValue(5))));
            }
        }

        var types = new List<FacetCount<string>>();
        await using (var command = DbCommands.Command(connection, null, string.Empty))
        {
            command.CommandText = FilterSql.NeedsRows(filter, FilterSql.Parts.Actors | FilterSql.Parts.Dates)
                ? $"SELECT e.type, count(*) AS n FROM events e WHERE {FilterSql.Events(command, filter, FilterSql.Parts.Actors | FilterSql.Parts.Dates, this)} GROUP BY e.type ORDER BY n DESC, e.type"
                : $"SELECT type, sum(events) AS n FROM event_totals WHERE band >= {TotalsBand(command, filter)}{FilterSql.StatedTotals(filter, string.Empty)} GROUP BY type HAVING sum(events) > 0 ORDER BY n DESC, type";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                types.Add(new FacetCount<string>(reader.GetString(0), (int)DbCommands.Long(reader.GetValue(1))));
            }
        }

        var days = new List<FacetCount<DateOnly>>();
        int undated;
        await using (var command = DbCommands.Command(connection, null, string.Empty))
        {
            var where = FilterSql.Events(command, filter, FilterSql.Parts.Actors | FilterSql.Parts.Types, this);
            var stated = filter.StatedDatesOnly ? " AND e.date_basis = 0" : string.Empty;
            command.CommandText =
                $"""
                SELECT e.date_start, count(*) FROM events e WHERE {where} AND e.date_start IS NOT NULL AND e.date_start = e.date_end{stated}
                GROUP BY e.date_start ORDER BY e.date_start
                """;
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    days.Add(new FacetCount<DateOnly>(DateOnly.FromDayNumber((int)DbCommands.Long(reader.GetValue(0))), (int)DbCommands.Long(reader.GetValue(1))));
                }
            }

            command.CommandText = $"SELECT count(*) FROM events e WHERE {where} AND e.date_start IS NULL";
            undated = (int)DbCommands.Long(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false));
        }

        var total = (int)DbCommands.Long(DbCommands.Scalar(connection, null, "SELECT coalesce(sum(events), 0) FROM event_totals"));
        var matching = total;
        if (FilterSql.Narrows(filter, FilterSql.Parts.All))
        {
            await using var command = DbCommands.Command(connection, null, string.Empty);
            command.CommandText = FilterSql.NeedsRows(filter, FilterSql.Parts.All)
                ? $"SELECT count(*) FROM events e WHERE {FilterSql.Events(command, filter, FilterSql.Parts.All, this)}"
                : $"SELECT coalesce(sum(events), 0) FROM event_totals WHERE band >= {TotalsBand(command, filter)}{FilterSql.StatedTotals(filter, string.Empty)}";
            matching = (int)DbCommands.Long(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false));
        }

        return new Facets(actors, types, days, matching, undated, total);
    }

    public async Task<MapView> MapAsync(ViewFilter filter, MapRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(request);
        await using var connection = Connect();
        var box = request.Box is { IsWorld: false } b ? b : null;

        var typesByPlace = new Dictionary<string, List<FacetCount<string>>>(StringComparer.Ordinal);
        var inferredByPlace = new Dictionary<string, int>(StringComparer.Ordinal);
        await using (var command = DbCommands.Command(connection, null, string.Empty))
        {
            // Per place and type, the events and how many of them are placed from context (PlaceBasis.Context).
            command.CommandText = FilterSql.NeedsRows(filter, FilterSql.Parts.All)
                ? $"SELECT e.place_id, e.type, count(*), sum(CASE WHEN e.place_basis = 1 THEN 1 ELSE 0 END) FROM events e JOIN places p ON p.id = e.place_id WHERE {FilterSql.Events(command, filter, FilterSql.Parts.All, this)}{BoxFor(command, box)} GROUP BY e.place_id, e.type"
                : $"SELECT t.place_id, t.type, sum(t.events), sum(CASE WHEN t.place_basis = 1 THEN t.events ELSE 0 END) FROM event_totals t JOIN places p ON p.id = t.place_id WHERE t.events > 0 AND t.band >= {TotalsBand(command, filter)}{FilterSql.StatedTotals(filter, "t.")}{BoxFor(command, box)} GROUP BY t.place_id, t.type HAVING sum(t.events) > 0";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var id = reader.GetString(0);
                if (!typesByPlace.TryGetValue(id, out var list))
                {
                    typesByPlace[id] = list = [];
                }

                list.Add(new FacetCount<string>(reader.GetString(1), (int)DbCommands.Long(reader.GetValue(2))));
                inferredByPlace[id] = inferredByPlace.GetValueOrDefault(id) + (int)DbCommands.Long(reader.GetValue(3));
            }
        }

        var places = new List<MapPlace>();
        await using (var command = DbCommands.Command(connection, null, string.Empty))
        {
            // Without a filter the running totals answer; they hold the same counts as the mentions themselves. With one,
            // the mentions are counted per place first and the places joined to those counts: half the time of grouping
            // the joined rows by every place column (an actor's mentions at 10k articles: 30,000 rows, 120 places).
            command.CommandText = FilterSql.Narrows(filter, FilterSql.Parts.All)
                ? $"""
                  SELECT p.id, p.name, p.kind, p.lat, p.lon, p.country, p.geometry, x.best_precision, x.mention_count, x.document_count
                  FROM (SELECT m.place_id, min(m.precision) AS best_precision, count(*) AS mention_count, count(DISTINCT m.document_id) AS document_count
                        FROM mentions m WHERE {MapMentions(command, filter)} GROUP BY m.place_id) x
                  JOIN places p ON p.id = x.place_id
                  WHERE 1 = 1{BoxFor(command, box)}
                  """
                : $"""
                  SELECT p.id, p.name, p.kind, p.lat, p.lon, p.country, p.geometry, min(t.precision), sum(t.mentions), sum(t.documents)
                  FROM place_totals t JOIN places p ON p.id = t.place_id
                  WHERE t.documents > 0{BoxFor(command, box)}
                  GROUP BY p.pk, p.id, p.name, p.kind, p.lat, p.lon, p.country, p.geometry
                  """;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var place = ReadPlace(reader, 0, (GeoPrecision)DbCommands.Long(reader.GetValue(7)));
                var types = typesByPlace.GetValueOrDefault(place.Id) ?? [];
                types.Sort((x, y) => y.Count != x.Count ? y.Count.CompareTo(x.Count) : string.CompareOrdinal(x.Value, y.Value));
                places.Add(new MapPlace(place, (int)DbCommands.Long(reader.GetValue(8)), (int)DbCommands.Long(reader.GetValue(9)), types)
                {
                    InferredEventCount = inferredByPlace.GetValueOrDefault(place.Id),
                });
            }
        }

        var movements = new List<MapMovement>();
        await using (var command = DbCommands.Command(connection, null, string.Empty))
        {
            var where = FilterSql.Events(command, filter, FilterSql.Parts.All, this) + BoxFor(command, box);
            DbCommands.Add(command, "@limit", (long)request.MaxMovements + 1);
            // One arrow a route (origin, place, type), the busiest routes first: the same movement told by fifty articles
            // is one arrow that says so, not fifty drawn on top of each other.
            command.CommandText =
                $"""
                SELECT e.id, e.type, e.quantities, p.id, p.name, p.kind, p.lat, p.lon, p.country, p.geometry, e.place_precision,
                       o.id, o.name, o.kind, o.lat, o.lon, o.country, o.geometry, e.origin_precision, r.n
                FROM (SELECT max(e.pk) AS pk, count(*) AS n
                      FROM events e JOIN places p ON p.id = e.place_id JOIN places o ON o.id = e.origin_id
                      WHERE {where} AND e.origin_id <> e.place_id AND o.lat IS NOT NULL AND p.lat IS NOT NULL
                      GROUP BY e.origin_id, e.place_id, e.type
                      ORDER BY count(*) DESC, max(e.pk) LIMIT @limit) r
                JOIN events e ON e.pk = r.pk JOIN places p ON p.id = e.place_id JOIN places o ON o.id = e.origin_id
                ORDER BY r.n DESC, e.pk
                """;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var quantities = JsonSerializer.Deserialize<List<Quantity>>(reader.GetString(2), ExtractionSerializer.Options) ?? [];
                var size = quantities.Where(q => q.Unit is "troops" or "aircraft" or "vehicles" or "people").Select(q => q.Value ?? q.Min ?? q.Max).Max();
                movements.Add(new MapMovement(reader.GetString(0), reader.GetString(1),
                    ReadPlace(reader, 11, (GeoPrecision)DbCommands.Long(reader.GetValue(18))),
                    ReadPlace(reader, 3, (GeoPrecision)DbCommands.Long(reader.GetValue(10))),
                    size,
                    (int)DbCommands.Long(reader.GetValue(19))));
            }
        }

        return MapGrid.Arrange(places, movements, request);
    }

    public async Task<SourcesView?> SourcesAsync(string selectionId, ViewFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(selectionId);
        ArgumentNullException.ThrowIfNull(filter);
        await using var connection = Connect();
        if (Selection.EventId(selectionId) is { } eventId)
        {
            return await EventSourcesAsync(connection, eventId, cancellationToken).ConfigureAwait(false);
        }

        return Selection.Route(selectionId) is { } route
            ? await PlaceSourcesAsync(connection, route.Place, filter, route, cancellationToken).ConfigureAwait(false)
            : await PlaceSourcesAsync(connection, selectionId, filter, null, cancellationToken).ConfigureAwait(false);
    }

    public async Task<DocumentView?> DocumentAsync(string documentId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        await using var connection = Connect();
        var found = await DocumentsAsync(connection, [documentId], 1, cancellationToken).ConfigureAwait(false);
        var summary = found.Count > 0 ? found[0] : null;
        if (summary is null)
        {
            return null;
        }

        string text, json;
        await using (var command = DbCommands.Command(connection, null, "SELECT text, extraction FROM documents WHERE id = @id", ("@id", documentId)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            (text, json) = (reader.GetString(0), reader.GetString(1));
        }

        var read = ReadExtraction(documentId, summary.Metadata.Title, json, text);
        if (!read.IsSuccess)
        {
            return new DocumentView(summary, text, [], []);
        }

        var result = CorrectionApplier.Apply(read.Value, ReadCorrections(connection, null, documentId));
        return new DocumentView(summary, text, result.Document.Passages, Highlights.Of(result));
    }

    public async Task<IReadOnlyList<string>> ProblemsAsync(int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = Connect();
        await using var command = DbCommands.Command(connection, null, "SELECT problem FROM documents WHERE problem IS NOT NULL ORDER BY id LIMIT @limit",
            ("@limit", (long)Math.Max(1, limit)));
        var problems = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            problems.Add(reader.GetString(0));
        }

        return problems;
    }

    private static async Task<SourcesView?> EventSourcesAsync(DbConnection connection, string eventId, CancellationToken cancellationToken)
    {
        await using var command = DbCommands.Command(connection, null, $"SELECT {EventColumns} FROM events e WHERE e.id = @id", ("@id", eventId));
        var (events, _) = await ReadEventsAsync(connection, command, cancellationToken).ConfigureAwait(false);
        if (events.Count == 0)
        {
            return null;
        }

        var e = events[0];
        var documents = await DocumentsAsync(connection, [e.DocumentId], 1, cancellationToken).ConfigureAwait(false);
        var texts = await TextsAsync(connection, [e.DocumentId], cancellationToken).ConfigureAwait(false);
        var passages = new List<SourcePassage>();
        foreach (var group in e.Evidence.GroupBy(v => v.PassageId, StringComparer.Ordinal))
        {
            var span = await PassageSpanAsync(connection, e.DocumentId, group.Key, cancellationToken).ConfigureAwait(false);
            if (span is { } s && documents.Count == 1)
            {
                passages.Add(Source(documents[0], group.Key, s.Kind, s.Span, texts[e.DocumentId], [.. group.Select(v => v.Span)], [e.Id]));
            }
        }

        return new SourcesView(Selection.OfEvent(e.Id), e.Place?.Name ?? string.Empty, e.Place is { } p ? Labels.Precision(p.Precision) : "no place", [e], passages)
        {
            EventType = e.Type,
            DocumentCount = 1,
            PassageTotal = passages.Count,
            EventTotal = 1,
        };
    }

    /// <summary>
    /// The Sources panel of a place (its events, those leaving from it, and the passages naming it) or, given a route, of
    /// the movements of its type from its origin to the place (and only their passages).
    /// </summary>
    private async Task<SourcesView?> PlaceSourcesAsync(DbConnection connection, string placeId, ViewFilter filter,
        (string Origin, string Place, string Type)? route, CancellationToken cancellationToken)
    {
        PlaceRef? place = null;
        await using (var command = DbCommands.Command(connection, null,
            "SELECT p.id, p.name, p.kind, p.lat, p.lon, p.country, p.geometry, (SELECT min(m.precision) FROM mentions m WHERE m.place_id = p.id) FROM places p WHERE p.id = @id",
            ("@id", placeId)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false) && !reader.IsDBNull(7))
            {
                place = ReadPlace(reader, 0, (GeoPrecision)DbCommands.Long(reader.GetValue(7)));
            }
        }

        string? origin = null;
        if (route is { } r)
        {
            await using var command = DbCommands.Command(connection, null, "SELECT name FROM places WHERE id = @id", ("@id", r.Origin));
            origin = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
        }

        if (place is null || (route is not null && origin is null))
        {
            return null;
        }

        // The events here (or leaving from here) that pass the filter; for a route, its movements.
        var eventsHere = route is null ? "(e.place_id = @pid OR e.origin_id = @pid)" : "(e.place_id = @pid AND e.origin_id = @oid AND e.type = @rtype)";
        var routeParameters = route is { } rp ? new[] { ("@oid", (object?)rp.Origin), ("@rtype", rp.Type) } : [];
        int eventTotal;
        List<EventRecord> events;
        await using (var command = DbCommands.Command(connection, null, string.Empty, [("@pid", placeId), .. routeParameters]))
        {
            var where = $"{eventsHere} AND {FilterSql.Events(command, filter, FilterSql.Parts.All, this)}";
            command.CommandText = $"SELECT count(*) FROM events e WHERE {where}";
            eventTotal = (int)DbCommands.Long(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false));
            DbCommands.Add(command, "@limit", (long)SourcesLimit);
            command.CommandText = $"SELECT {EventColumns} FROM events e WHERE {where} ORDER BY e.pk LIMIT @limit";
            events = (await ReadEventsAsync(connection, command, cancellationToken).ConfigureAwait(false)).Items;
        }

        // The passages: those that give the matching events, and (without an event filter) every passage naming the place.
        var rows = new List<(long Pk, string Document, string Passage, PassageKind Kind, TextSpan Span)>();
        int passageTotal, documentTotal;
        await using (var command = DbCommands.Command(connection, null, string.Empty, [("@pid", placeId), .. routeParameters]))
        {
            var keys = $"SELECT v.passage_pk AS pk FROM evidence v JOIN events e ON e.pk = v.event_pk WHERE {eventsHere} AND {FilterSql.Events(command, filter, FilterSql.Parts.All, this)}";
            if (!filter.FiltersEvents && route is null)
            {
                keys += $" UNION SELECT m.passage_pk FROM mentions m WHERE m.place_id = @pid AND {FilterSql.Mentions(command, filter, this)}";
            }

            var text = TextQuery.Words(filter.Text).Count > 0 ? " AND " + PassageMatch("ps.pk") : string.Empty;
            var from = $"FROM passages ps JOIN documents d ON d.id = ps.document_id WHERE ps.pk IN ({keys}){text}";
            // Counted without the documents (every passage has one): joining them cost a third of the count at 100k.
            command.CommandText = $"SELECT count(*), count(DISTINCT ps.document_id) FROM passages ps WHERE ps.pk IN ({keys}){text}";
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                (passageTotal, documentTotal) = ((int)DbCommands.Long(reader.GetValue(0)), (int)DbCommands.Long(reader.GetValue(1)));
            }

            DbCommands.Add(command, "@limit", (long)SourcesLimit);
            command.CommandText =
                $"SELECT ps.pk, ps.document_id, ps.passage_id, ps.kind, ps.span_start, ps.span_end {from} ORDER BY (d.published IS NULL), d.published DESC, d.id, ps.span_start LIMIT @limit";
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    rows.Add((DbCommands.Long(reader.GetValue(0)), reader.GetString(1), reader.GetString(2), (PassageKind)DbCommands.Long(reader.GetValue(3)),
                        new TextSpan((int)DbCommands.Long(reader.GetValue(4)), (int)DbCommands.Long(reader.GetValue(5)))));
                }
            }
        }

        var mentions = await MentionsAsync(connection, placeId, place, rows.Select(r => r.Pk).ToList(), cancellationToken).ConfigureAwait(false);
        var eventIds = new Dictionary<long, List<string>>();
        if (rows.Count > 0 && events.Count > 0)
        {
            await using var command = DbCommands.Command(connection, null, string.Empty);
            command.CommandText =
                $"SELECT v.passage_pk, e.id FROM evidence v JOIN events e ON e.pk = v.event_pk WHERE v.passage_pk IN ({DbCommands.InList(command, "p", rows.Select(r => (object)r.Pk))}) AND e.id IN ({DbCommands.InList(command, "e", events.Select(x => (object)x.Id))}) ORDER BY e.pk";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var pk = DbCommands.Long(reader.GetValue(0));
                if (!eventIds.TryGetValue(pk, out var list))
                {
                    eventIds[pk] = list = [];
                }

                if (!list.Contains(reader.GetString(1)))
                {
                    list.Add(reader.GetString(1));
                }
            }
        }

        var documentIds = rows.Select(r => r.Document).Distinct(StringComparer.Ordinal).ToList();
        var documents = (await DocumentsAsync(connection, documentIds, documentIds.Count, cancellationToken).ConfigureAwait(false)).ToDictionary(d => d.Id, StringComparer.Ordinal);
        var texts = await TextsAsync(connection, documentIds, cancellationToken).ConfigureAwait(false);
        var passages = new List<SourcePassage>();
        foreach (var row in rows)
        {
            var here = mentions.GetValueOrDefault(row.Pk) ?? [];
            passages.Add(Source(documents[row.Document], row.Passage, row.Kind, row.Span, texts[row.Document], [.. here.Select(m => m.Span)],
                eventIds.GetValueOrDefault(row.Pk) ?? []) with { Mentions = here });
        }

        return new SourcesView(route is { } chosen ? Selection.OfRoute(chosen.Origin, chosen.Place, chosen.Type) : placeId,
            route is null ? place.Name : $"{origin} → {place.Name}", Labels.Precision(place.Precision), events, passages)
        {
            DocumentCount = documentTotal,
            PassageTotal = passageTotal,
            EventTotal = eventTotal,
            EventType = route?.Type,
        };
    }

    private static async Task<Dictionary<long, List<MentionRecord>>> MentionsAsync(DbConnection connection, string placeId, PlaceRef place, List<long> passagePks, CancellationToken cancellationToken)
    {
        var byPassage = new Dictionary<long, List<MentionRecord>>();
        if (passagePks.Count == 0)
        {
            return byPassage;
        }

        await using var command = DbCommands.Command(connection, null, string.Empty, ("@pid", placeId));
        command.CommandText =
            $"""
            SELECT m.passage_pk, m.document_id, ps.passage_id, m.span_start, m.span_end, m.surface, m.precision, m.literal, m.corrected, m.alternatives
            FROM mentions m JOIN passages ps ON ps.pk = m.passage_pk
            WHERE m.place_id = @pid AND m.passage_pk IN ({DbCommands.InList(command, "p", passagePks.Select(p => (object)p))})
            ORDER BY m.passage_pk, m.span_start
            """;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var pk = DbCommands.Long(reader.GetValue(0));
            var mention = new MentionRecord(reader.GetString(1), reader.GetString(2),
                new TextSpan((int)DbCommands.Long(reader.GetValue(3)), (int)DbCommands.Long(reader.GetValue(4))), reader.GetString(5),
                place with { Precision = (GeoPrecision)DbCommands.Long(reader.GetValue(6)) }, DbCommands.Long(reader.GetValue(7)) != 0)
            {
                Corrected = DbCommands.Long(reader.GetValue(8)) != 0,
                Alternatives = JsonSerializer.Deserialize<List<PlaceCandidate>>(reader.GetString(9), ExtractionSerializer.Options) ?? [],
            };
            if (!byPassage.TryGetValue(pk, out var list))
            {
                byPassage[pk] = list = [];
            }

            list.Add(mention);
        }

        return byPassage;
    }

    private static async Task<(PassageKind Kind, TextSpan Span)?> PassageSpanAsync(DbConnection connection, string documentId, string passageId, CancellationToken cancellationToken)
    {
        await using var command = DbCommands.Command(connection, null,
            "SELECT kind, span_start, span_end FROM passages WHERE document_id = @d AND passage_id = @p", ("@d", documentId), ("@p", passageId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? ((PassageKind)DbCommands.Long(reader.GetValue(0)), new TextSpan((int)DbCommands.Long(reader.GetValue(1)), (int)DbCommands.Long(reader.GetValue(2))))
            : null;
    }

    private static SourcePassage Source(DocumentSummary document, string passageId, PassageKind kind, TextSpan span, string text, IReadOnlyList<TextSpan> marks, IReadOnlyList<string> eventIds)
    {
        var relative = marks.Where(span.Contains)
            .Select(s => new TextSpan(s.Start - span.Start, s.End - span.Start))
            .OrderBy(s => s.Start)
            .ToList();
        return new SourcePassage(document, passageId, kind, span, span.Slice(text), relative, eventIds);
    }

    /// <summary>Reads event rows (the columns of <see cref="EventColumns"/>) and fills in their actors, places and evidence.</summary>
    private static async Task<(List<EventRecord> Items, List<long> Pks)> ReadEventsAsync(DbConnection connection, DbCommand command, CancellationToken cancellationToken)
    {
        var rows = new List<EventRow>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add(new EventRow(
                    DbCommands.Long(reader.GetValue(0)), reader.GetString(1), reader.GetString(2), reader.GetString(3), (EventStatus)DbCommands.Long(reader.GetValue(4)),
                    DbCommands.NullableString(reader, 5), DbCommands.NullableLong(reader, 6), DbCommands.NullableString(reader, 7), DbCommands.NullableLong(reader, 8),
                    DbCommands.NullableLong(reader, 9), DbCommands.NullableLong(reader, 10), DbCommands.NullableLong(reader, 11),
                    (DateBasis)DbCommands.Long(reader.GetValue(12)), reader.GetString(13), (PlaceBasis)DbCommands.Long(reader.GetValue(14)),
                    DbCommands.NullableDouble(reader, 15)));
            }
        }

        if (rows.Count == 0)
        {
            return ([], []);
        }

        var places = new Dictionary<string, PlaceRef>(StringComparer.Ordinal);
        var placeIds = rows.SelectMany(r => new[] { r.PlaceId, r.OriginId }).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (placeIds.Count > 0)
        {
            await using var placeCommand = DbCommands.Command(connection, null, string.Empty);
            placeCommand.CommandText = $"SELECT p.id, p.name, p.kind, p.lat, p.lon, p.country, p.geometry FROM places p WHERE p.id IN ({DbCommands.InList(placeCommand, "p", placeIds)})";
            await using var reader = await placeCommand.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var place = ReadPlace(reader, 0, GeoPrecision.City);
                places[place.Id] = place;
            }
        }

        var pkList = rows.Select(r => (object)r.Pk).ToList();
        var actors = new Dictionary<long, (List<ActorRef> Sources, List<ActorRef> Targets)>();
        await using (var actorCommand = DbCommands.Command(connection, null, string.Empty))
        {
            actorCommand.CommandText =
                $"SELECT ea.event_pk, ea.role, a.id, a.key, a.name, a.kind, a.country FROM event_actors ea JOIN actors a ON a.id = ea.actor_id WHERE ea.event_pk IN ({DbCommands.InList(actorCommand, "e", pkList)}) ORDER BY ea.event_pk, ea.ordinal";
            await using var reader = await actorCommand.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var pk = DbCommands.Long(reader.GetValue(0));
                if (!actors.TryGetValue(pk, out var lists))
                {
                    actors[pk] = lists = ([], []);
                }

                (reader.GetString(1) == "target" ? lists.Targets : lists.Sources).Add(ReadActor(reader, 2));
            }
        }

        var evidence = new Dictionary<long, List<(string Passage, TextSpan Span)>>();
        await using (var evidenceCommand = DbCommands.Command(connection, null, string.Empty))
        {
            evidenceCommand.CommandText =
                $"SELECT v.event_pk, ps.passage_id, v.span_start, v.span_end FROM evidence v JOIN passages ps ON ps.pk = v.passage_pk WHERE v.event_pk IN ({DbCommands.InList(evidenceCommand, "e", pkList)}) ORDER BY v.event_pk, v.span_start";
            await using var reader = await evidenceCommand.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var pk = DbCommands.Long(reader.GetValue(0));
                if (!evidence.TryGetValue(pk, out var list))
                {
                    evidence[pk] = list = [];
                }

                list.Add((reader.GetString(1), new TextSpan((int)DbCommands.Long(reader.GetValue(2)), (int)DbCommands.Long(reader.GetValue(3)))));
            }
        }

        var texts = await TextsAsync(connection, rows.Select(r => r.DocumentId).Distinct(StringComparer.Ordinal).ToList(), cancellationToken).ConfigureAwait(false);
        var items = new List<EventRecord>(rows.Count);
        foreach (var row in rows)
        {
            var (sources, targets) = actors.GetValueOrDefault(row.Pk);
            var text = texts[row.DocumentId];
            DateInterval? when = row.Start is { } start && row.End is { } end
                ? new DateInterval(DateOnly.FromDayNumber((int)start), DateOnly.FromDayNumber((int)end), (TimePrecision)(row.Precision ?? (long)TimePrecision.Day))
                : null;
            items.Add(new EventRecord(
                row.Id, row.DocumentId, row.Type, row.Status, sources ?? [], targets ?? [],
                At(places, row.PlaceId, row.PlacePrecision), At(places, row.OriginId, row.OriginPrecision), when,
                JsonSerializer.Deserialize<List<Quantity>>(row.Quantities, ExtractionSerializer.Options) ?? [],
                [.. (evidence.GetValueOrDefault(row.Pk) ?? []).Select(v => new EvidenceRecord(row.DocumentId, v.Passage, v.Span, v.Span.End <= text.Length ? v.Span.Slice(text) : string.Empty))])
            {
                DateBasis = row.Basis,
                PlaceBasis = row.PlaceBasis,
                Confidence = row.Confidence,
            });
        }

        return (items, [.. rows.Select(r => r.Pk)]);
    }

    private static PlaceRef? At(Dictionary<string, PlaceRef> places, string? id, long? precision) =>
        id is not null && places.TryGetValue(id, out var place) ? place with { Precision = (GeoPrecision)(precision ?? (long)place.Precision) } : null;

    private static async Task<Dictionary<string, string>> TextsAsync(DbConnection connection, List<string> documentIds, CancellationToken cancellationToken)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        if (documentIds.Count == 0)
        {
            return texts;
        }

        await using var command = DbCommands.Command(connection, null, string.Empty);
        command.CommandText = $"SELECT id, text FROM documents WHERE id IN ({DbCommands.InList(command, "d", documentIds)})";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            texts[reader.GetString(0)] = reader.GetString(1);
        }

        return texts;
    }

    private static async Task<IReadOnlyList<DocumentSummary>> DocumentsAsync(DbConnection connection, IReadOnlyCollection<string>? ids, int limit, CancellationToken cancellationToken)
    {
        await using var command = DbCommands.Command(connection, null, string.Empty);
        var where = ids is null ? string.Empty : $"WHERE d.id IN ({DbCommands.InList(command, "d", ids)})";
        DbCommands.Add(command, "@limit", (long)Math.Max(1, limit));
        command.CommandText = $"SELECT {DocumentColumns} FROM documents d {where} ORDER BY (d.published IS NULL), d.published DESC, d.title, d.id LIMIT @limit";
        var documents = new List<DocumentSummary>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            documents.Add(new DocumentSummary(reader.GetString(0), Metadata(reader, 2, 7), (int)DbCommands.Long(reader.GetValue(5)), (int)DbCommands.Long(reader.GetValue(6))));
        }

        return documents;
    }

    private string BoxFor(DbCommand command, BoundingBox? box)
    {
        if (box is null)
        {
            return string.Empty;
        }

        DbCommands.Add(command, "@bw", box.West);
        DbCommands.Add(command, "@bs", box.South);
        DbCommands.Add(command, "@be", box.East);
        DbCommands.Add(command, "@bn", box.North);
        return $" AND (p.geometry <> 0 OR {BoxCondition()})";
    }

    private static ActorRef ReadActor(DbDataReader reader, int at) =>
        new(reader.GetString(at), reader.GetString(at + 1), reader.GetString(at + 2), (ActorKind)DbCommands.Long(reader.GetValue(at + 3)), DbCommands.NullableString(reader, at + 4));

    private static PlaceRef ReadPlace(DbDataReader reader, int at, GeoPrecision precision)
    {
        var lat = DbCommands.NullableDouble(reader, at + 3);
        var lon = DbCommands.NullableDouble(reader, at + 4);
        return new PlaceRef(reader.GetString(at), reader.GetString(at + 1), (PlaceKind)DbCommands.Long(reader.GetValue(at + 2)), precision,
            lat is { } y && lon is { } x ? new GeoPoint(y, x) : null, DbCommands.NullableString(reader, at + 5), (GeometryKind)DbCommands.Long(reader.GetValue(at + 6)));
    }

    private sealed record EventRow(long Pk, string Id, string DocumentId, string Type, EventStatus Status, string? PlaceId, long? PlacePrecision,
        string? OriginId, long? OriginPrecision, long? Start, long? End, long? Precision, DateBasis Basis, string Quantities, PlaceBasis PlaceBasis, double? Confidence);
}
