using Dashboard.Core.Extraction;
using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Dashboard.Core.Documents;
using Dashboard.Core.Places;
using Dashboard.Core.Results;
using Dashboard.Core.Text;
using Dashboard.Store.Corrections;
using Dashboard.Store.Query;
using Dashboard.Store.Sqlite;

namespace Dashboard.Store.Sql;

/// <summary>
/// What both stores share: the documents with their text and extraction, and the indexed rows every query runs on.
/// A document is written in one transaction with all its rows; a correction rewrites the rows of its document only,
/// with every correction of that document applied, so nothing is ever O(corpus) per change. The providers add their
/// connection, schema, passage search and spatial index.
/// </summary>
public abstract partial class SqlStore : IDocumentStore, IDashboardQueries, IStoreChanges
{
    private readonly ConcurrentDictionary<string, byte> _knownPlaces = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _knownActors = new(StringComparer.Ordinal);
    private long _version;

    /// <summary>Where the store is (a file, or a database without its password), for messages.</summary>
    public abstract string Path { get; }

    public event Action? Changed;

    public long Version => Interlocked.Read(ref _version);

    /// <summary>Whether row commands are prepared explicitly (SQLite) or left to the provider's own statement cache.</summary>
    internal abstract bool PreparesCommands { get; }

    protected abstract DbConnection Connect();

    /// <summary>The provider's condition that the passage whose pk is <paramref name="passagePk"/> matches <c>@q</c>.</summary>
    internal abstract string PassageMatch(string passagePk);

    /// <summary>The value of <c>@q</c> for the words of a search.</summary>
    internal abstract string TextParameter(IReadOnlyList<string> words);

    /// <summary>The provider's condition that the place row (alias <c>p</c>) lies in the box <c>@bw, @bs, @be, @bn</c>.</summary>
    internal abstract string BoxCondition();

    /// <summary>Whether rows are sent in batches (a store over the network) rather than one by one (an embedded store).</summary>
    internal virtual bool BatchesRows => false;

    /// <summary>
    /// Where a provider writes a kind of row by bulk copy instead of one statement a row: the table and columns the row's
    /// values go to, in order (null: a statement).
    /// </summary>
    internal virtual CopyTarget? CopyTarget(string key) => null;

    /// <summary>Writes rows kept for <paramref name="target"/> by bulk copy, in the caller's transaction.</summary>
    internal virtual void Copy(DbConnection connection, DbTransaction transaction, CopyTarget target, IReadOnlyList<object?[]> rows) =>
        throw new NotSupportedException("This store writes no rows by bulk copy.");

    /// <summary>A statement the row writer prepares once and runs for every row of its kind (ADO.NET unless overridden).</summary>
    internal virtual IRowStatement RowStatement(DbConnection connection, DbTransaction transaction, string sql, (string Name, object? Value)[] values) =>
        new AdoRowStatement(connection, transaction, sql, values, PreparesCommands);

    /// <summary>
    /// Reserves keys for <paramref name="count"/> new rows of a table whose key the database assigns, so that rows that
    /// refer to them can be batched; null where the store returns each key as the row is written instead.
    /// </summary>
    internal virtual IReadOnlyList<long>? ReserveKeys(RowWriter writer, string table, int count) => null;

    /// <summary>
    /// Indexes a passage's text where the provider keeps its search index apart from the passage rows (SQLite's FTS5);
    /// a provider that keeps it in the row (<see cref="PassageTextInRow"/>) has nothing to do here.
    /// </summary>
    internal virtual void WritePassageText(RowWriter writer, long passagePk, string text)
    {
    }

    /// <summary>
    /// Where the provider keeps a passage's search text in the passage row itself: the column and the SQL value made
    /// from the parameter <c>@text</c> (given <see cref="SearchText"/>); null where the text is indexed apart.
    /// </summary>
    internal virtual (string Column, string Value)? PassageTextInRow => null;

    /// <summary>The passage text as the search index is given it.</summary>
    internal virtual string SearchText(string text) => text;

    internal abstract void WritePlace(RowWriter writer, PlaceRef place);

    /// <summary>Deletes what cascades do not reach (SQLite's search index) before a document's rows go.</summary>
    protected virtual void BeforeRowsDeleted(DbConnection connection, DbTransaction transaction, string documentId)
    {
    }

    /// <summary>Tells other app instances on the same database (PostgreSQL) that a document changed.</summary>
    /// <summary>Runs <c>{select} IN (values)</c> and returns its rows' first column → second column.</summary>
    private static Dictionary<string, string> Lookup(DbConnection connection, DbTransaction transaction, string select, string prefix, IEnumerable<string> values)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        using var command = DbCommands.Command(connection, transaction, string.Empty);
        command.CommandText = $"{select} IN ({DbCommands.InList(command, prefix, values.Distinct(StringComparer.Ordinal))})";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            found[reader.GetString(0)] = reader.GetString(1);
        }

        return found;
    }

    /// <summary>Announces a document saved through a row writer (with its rows, where the writer batches them).</summary>
    internal virtual void Announce(RowWriter writer, string documentId)
    {
    }

    protected virtual void Announce(DbConnection connection, DbTransaction transaction, string documentId)
    {
    }

    /// <summary>Raises <see cref="Changed"/>; providers call it for changes made by other instances too.</summary>
    protected void RaiseChanged()
    {
        Interlocked.Increment(ref _version);
        Changed?.Invoke();
    }

    public int DocumentCount
    {
        get
        {
            using var connection = Connect();
            return (int)DbCommands.Long(DbCommands.Scalar(connection, null, "SELECT count(*) FROM documents"));
        }
    }

    public string? FindIdByHash(string contentHash)
    {
        using var connection = Connect();
        return DbCommands.Scalar(connection, null, "SELECT id FROM documents WHERE content_hash = @hash", ("@hash", contentHash)) as string;
    }

    /// <summary>
    /// Saves a document, its extraction and its rows atomically. Identical content is not stored twice; a document with
    /// the same URL as a stored one replaces it, extraction, rows and all.
    /// </summary>
    public (SaveOutcome Outcome, string Id) Save(CorpusDocument document, string contentHash, string? sourceName, ExtractionResult extraction, DateTimeOffset now) =>
        SaveAll([new DocumentToSave(document, contentHash, sourceName, extraction)], now)[0];

    /// <summary>
    /// Saves several documents in one transaction, with one set of prepared row commands: a bulk ingest pays for one
    /// commit (and one search-index flush) per batch instead of per document.
    /// </summary>
    public IReadOnlyList<(SaveOutcome Outcome, string Id)> SaveAll(IReadOnlyList<DocumentToSave> documents, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var outcomes = new List<(SaveOutcome, string)>(documents.Count);
        var changed = false;
        using (var connection = Connect())
        using (var transaction = connection.BeginTransaction())
        using (var writer = new RowWriter(this, connection, transaction, _knownPlaces, _knownActors))
        {
            // What the batch needs to know before writing, asked once for the whole batch: the documents already stored
            // and the ones that have corrections (kept by document id, so a document stored anew after it was removed
            // can have some).
            var stored = Lookup(connection, transaction, "SELECT content_hash, id FROM documents WHERE content_hash", "h", documents.Select(d => d.ContentHash));
            var withCorrections = Lookup(connection, transaction, "SELECT DISTINCT document_id, document_id FROM corrections WHERE document_id", "d",
                documents.Select(d => d.Document.Id));
            foreach (var item in documents)
            {
                var (document, contentHash, sourceName, extraction) = item;
                if (stored.TryGetValue(contentHash, out var existing))
                {
                    outcomes.Add((SaveOutcome.Unchanged, existing));
                    continue;
                }

                var outcome = SaveOutcome.Added;
                if (document.Metadata.Url is { } url
                    && writer.Run("document_by_url", "SELECT id FROM documents WHERE url = @url", scalar: true, ("@url", url.ToString())) is string old)
                {
                    writer.FlushTotals(); // the document replaced may be one of this batch
                    Totals.Subtract(connection, transaction, old);
                    BeforeRowsDeleted(connection, transaction, old);
                    DbCommands.Execute(connection, transaction, "DELETE FROM documents WHERE id = @id", ("@id", old));
                    outcome = SaveOutcome.Replaced;
                }

                // Without corrections the row counts are known before the rows are written, and the document row is
                // written once, with them.
                var corrections = withCorrections.ContainsKey(document.Id) ? ReadCorrections(connection, transaction, document.Id) : [];
                (int Events, int Places)? counts = corrections.Count == 0 ? RowWriter.Counts(extraction) : null;
                writer.Queue("document",
                    """
                    INSERT INTO documents (id, content_hash, url, title, outlet, published, source_name, text, extraction, ingested_at, published_from, feed_id, event_count, place_count)
                    VALUES (@id, @hash, @url, @title, @outlet, @published, @source, @text, @extraction, @at, @from, @feed, @events, @places)
                    """,
                    ("@id", document.Id), ("@hash", contentHash), ("@url", document.Metadata.Url?.ToString()), ("@title", document.Metadata.Title),
                    ("@outlet", document.Metadata.Outlet), ("@published", Day(document.Metadata.Published)), ("@source", sourceName),
                    ("@text", document.Text), ("@extraction", item.StoredJson), ("@at", now.ToString("O", CultureInfo.InvariantCulture)),
                    ("@from", document.Metadata.Published is null ? null : document.Metadata.PublishedFrom.ToString()), ("@feed", document.Metadata.Feed),
                    ("@events", (long)(counts?.Events ?? 0)), ("@places", (long)(counts?.Places ?? 0)));
                WriteRows(writer, document.Id, extraction, corrections, counts, item.RowJson);
                Announce(writer, document.Id);
                stored[contentHash] = document.Id; // the same text again later in the batch is unchanged
                outcomes.Add((outcome, document.Id));
                changed = true;
            }

            writer.FlushTotals();
            transaction.Commit();
        }

        if (changed)
        {
            RaiseChanged();
        }

        return outcomes;
    }

    /// <summary>Replaces a stored document's extraction (after the pipeline changed) and its rows; corrections are kept.</summary>
    public bool ReplaceExtraction(string documentId, ExtractionResult extraction)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        using (var connection = Connect())
        using (var transaction = connection.BeginTransaction())
        {
            var updated = DbCommands.Execute(connection, transaction, "UPDATE documents SET extraction = @extraction, problem = NULL WHERE id = @id",
                ("@id", documentId), ("@extraction", StoredExtraction.Write(extraction)));
            if (updated == 0)
            {
                return false;
            }

            DeleteRows(connection, transaction, documentId);
            WriteRows(connection, transaction, documentId, extraction, ReadCorrections(connection, transaction, documentId));
            Announce(connection, transaction, documentId);
            transaction.Commit();
        }

        RaiseChanged();
        return true;
    }

    /// <summary>
    /// Every stored document with its extraction (for checks and tests; the dashboard never loads the corpus). A row
    /// whose extraction cannot be read is skipped and named in <see cref="LoadProblems"/>; <c>reextract</c> repairs it.
    /// </summary>
    public IReadOnlyList<StoredDocument> LoadAll()
    {
        using var connection = Connect();
        using var command = DbCommands.Command(connection, null,
            "SELECT id, content_hash, url, title, outlet, published, source_name, text, extraction, ingested_at FROM documents ORDER BY ingested_at, id");
        using var reader = command.ExecuteReader();
        var documents = new List<StoredDocument>();
        var problems = new List<string>();
        while (reader.Read())
        {
            var metadata = Metadata(reader, 3);
            var text = reader.GetString(7);
            var extraction = ReadExtraction(reader.GetString(0), metadata.Title, reader.GetString(8), text);
            if (!extraction.IsSuccess)
            {
                problems.Add(extraction.Error!);
                continue;
            }

            documents.Add(new StoredDocument(
                new CorpusDocument(reader.GetString(0), metadata, text),
                reader.GetString(1),
                DbCommands.NullableString(reader, 6),
                extraction.Value,
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
        using var command = DbCommands.Command(connection, null, "SELECT id, text, published FROM documents ORDER BY ingested_at, id");
        using var reader = command.ExecuteReader();
        var sources = new List<(string, string, DateOnly?)>();
        while (reader.Read())
        {
            sources.Add((reader.GetString(0), reader.GetString(1), ParseDay(DbCommands.NullableString(reader, 2))));
        }

        return sources;
    }

    /// <summary>Problems found by the provider's own check and by comparing every document's rows with its extraction.</summary>
    public IReadOnlyList<string> Verify()
    {
        var problems = new List<string>(IntegrityProblems());
        using var connection = Connect();
        foreach (var stored in LoadAll())
        {
            var expected = CorrectionApplier.Apply(stored.Extraction, ReadCorrections(connection, null, stored.Document.Id)).Events.Count;
            var rows = DbCommands.Long(DbCommands.Scalar(connection, null, "SELECT count(*) FROM events WHERE document_id = @id", ("@id", stored.Document.Id)));
            if (rows != expected)
            {
                problems.Add($"{stored.Document.Id}: {rows} event rows for {expected} extracted events.");
            }
        }

        problems.AddRange(LoadProblems);
        return problems;
    }

    protected virtual IEnumerable<string> IntegrityProblems() => [];

    /// <summary>Stores a correction and rewrites the rows of its document with every correction of that document applied.</summary>
    public Correction AddCorrection(Correction correction)
    {
        ArgumentNullException.ThrowIfNull(correction);
        Correction stored;
        using (var connection = Connect())
        using (var transaction = connection.BeginTransaction())
        {
            var id = DbCommands.Long(DbCommands.Scalar(connection, transaction,
                """
                INSERT INTO corrections (document_id, kind, span_start, span_end, event_type, place, author, created_at)
                VALUES (@document, @kind, @start, @end, @event, @place, @author, @at) RETURNING id
                """,
                ("@document", correction.DocumentId), ("@kind", correction.Kind.ToString()), ("@start", (long?)correction.Mention?.Start),
                ("@end", (long?)correction.Mention?.End), ("@event", correction.EventType),
                ("@place", correction.Place is null ? null : JsonSerializer.Serialize(correction.Place, ExtractionSerializer.Options)),
                ("@author", correction.Author), ("@at", correction.At.ToString("O", CultureInfo.InvariantCulture))));
            stored = new Correction(id, correction.DocumentId, correction.Kind, correction.Mention, correction.EventType, correction.Place, correction.Author, correction.At);
            Reindex(connection, transaction, correction.DocumentId);
            Announce(connection, transaction, correction.DocumentId);
            transaction.Commit();
        }

        RaiseChanged();
        return stored;
    }

    public IReadOnlyList<Correction> Corrections()
    {
        using var connection = Connect();
        return ReadCorrections(connection, null, null);
    }

    public string? GetMeta(string key)
    {
        using var connection = Connect();
        return DbCommands.Scalar(connection, null, "SELECT value FROM meta WHERE key = @key", ("@key", key)) as string;
    }

    public void SetMeta(string key, string value)
    {
        using var connection = Connect();
        DbCommands.Execute(connection, null, "INSERT INTO meta (key, value) VALUES (@key, @value) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            ("@key", key), ("@value", value));
    }

    public abstract void Backup(string destination);

    public abstract Result<int> Restore(string backup);

    /// <summary>Rewrites every document's rows from its stored extraction and corrections (after a schema upgrade or a restore).</summary>
    protected void ReindexAll()
    {
        ForgetKnownRows();
        List<string> ids;
        using (var connection = Connect())
        using (var command = DbCommands.Command(connection, null, "SELECT id FROM documents ORDER BY ingested_at, id"))
        using (var reader = command.ExecuteReader())
        {
            ids = [];
            while (reader.Read())
            {
                ids.Add(reader.GetString(0));
            }
        }

        foreach (var id in ids)
        {
            using var connection = Connect();
            using var transaction = connection.BeginTransaction();
            Reindex(connection, transaction, id);
            transaction.Commit();
        }
    }

    /// <summary>Forgets the places and actors known to exist (after a restore replaced the rows).</summary>
    protected void ForgetKnownRows()
    {
        _knownPlaces.Clear();
        _knownActors.Clear();
    }

    private void Reindex(DbConnection connection, DbTransaction transaction, string documentId)
    {
        using var command = DbCommands.Command(connection, transaction, "SELECT text, extraction, title FROM documents WHERE id = @id", ("@id", documentId));
        string text, json, title;
        using (var reader = command.ExecuteReader())
        {
            if (!reader.Read())
            {
                return;
            }

            (text, json, title) = (reader.GetString(0), reader.GetString(1), reader.GetString(2));
        }

        var extraction = ReadExtraction(documentId, title, json, text);
        if (!extraction.IsSuccess)
        {
            // The rows stay as they were written; the document is named on the dashboard until reextract repairs it.
            DbCommands.Execute(connection, transaction, "UPDATE documents SET problem = @problem WHERE id = @id",
                ("@id", documentId), ("@problem", extraction.Error));
            return;
        }

        DeleteRows(connection, transaction, documentId);
        DbCommands.Execute(connection, transaction, "UPDATE documents SET extraction = @extraction WHERE id = @id",
            ("@id", documentId), ("@extraction", StoredExtraction.Write(extraction.Value)));
        WriteRows(connection, transaction, documentId, extraction.Value, ReadCorrections(connection, transaction, documentId));
    }

    private void WriteRows(DbConnection connection, DbTransaction transaction, string documentId, ExtractionResult extraction, IReadOnlyList<Correction> corrections)
    {
        using var writer = new RowWriter(this, connection, transaction, _knownPlaces, _knownActors);
        WriteRows(writer, documentId, extraction, corrections);
        writer.FlushTotals();
    }

    /// <summary>Writes the rows, and the document's counts unless <paramref name="stored"/> already holds them.</summary>
    private static void WriteRows(RowWriter writer, string documentId, ExtractionResult extraction, IReadOnlyList<Correction> corrections,
        (int Events, int Places)? stored = null, RowJson? json = null)
    {
        var corrected = CorrectionApplier.Apply(extraction, corrections);
        var spans = corrections.Where(c => c.Mention is not null && c.Kind != CorrectionKind.DismissEvent).Select(c => c.Mention!.Value).ToHashSet();
        var (events, places) = writer.Write(documentId, corrected, spans, json);
        if (stored == (events, places))
        {
            return;
        }

        writer.Run("counts", "UPDATE documents SET event_count = @e, place_count = @p, problem = NULL WHERE id = @id", scalar: false,
            ("@e", (long)events), ("@p", (long)places), ("@id", documentId));
    }

    private void DeleteRows(DbConnection connection, DbTransaction transaction, string documentId)
    {
        Totals.Subtract(connection, transaction, documentId);
        BeforeRowsDeleted(connection, transaction, documentId);
        DbCommands.Execute(connection, transaction, "DELETE FROM events WHERE document_id = @id", ("@id", documentId));
        DbCommands.Execute(connection, transaction, "DELETE FROM mentions WHERE document_id = @id", ("@id", documentId));
        DbCommands.Execute(connection, transaction, "DELETE FROM passages WHERE document_id = @id", ("@id", documentId));
    }

    private static List<Correction> ReadCorrections(DbConnection connection, DbTransaction? transaction, string? documentId)
    {
        using var command = DbCommands.Command(connection, transaction,
            "SELECT id, document_id, kind, span_start, span_end, event_type, place, author, created_at FROM corrections"
            + (documentId is null ? string.Empty : " WHERE document_id = @d") + " ORDER BY id");
        if (documentId is not null)
        {
            DbCommands.Add(command, "@d", documentId);
        }

        using var reader = command.ExecuteReader();
        var corrections = new List<Correction>();
        while (reader.Read())
        {
            corrections.Add(new Correction(
                DbCommands.Long(reader.GetValue(0)),
                reader.GetString(1),
                Enum.Parse<CorrectionKind>(reader.GetString(2)),
                reader.IsDBNull(3) ? null : new TextSpan((int)DbCommands.Long(reader.GetValue(3)), (int)DbCommands.Long(reader.GetValue(4))),
                DbCommands.NullableString(reader, 5),
                reader.IsDBNull(6) ? null : JsonSerializer.Deserialize<PlaceCandidate>(reader.GetString(6), ExtractionSerializer.Options),
                reader.GetString(7),
                DateTimeOffset.Parse(reader.GetString(8), CultureInfo.InvariantCulture)));
        }

        return corrections;
    }

    private static Result<ExtractionResult> ReadExtraction(string id, string title, string json, string text)
    {
        try
        {
            return Result<ExtractionResult>.Success(StoredExtraction.Read(json, text));
        }
        catch (Exception e) when (e is JsonException or ArgumentException or FormatException or NotSupportedException or InvalidOperationException)
        {
            return Result<ExtractionResult>.Failure($"{id} ({title}): its stored extraction cannot be read ({e.Message}); run reextract.");
        }
    }

    /// <summary>
    /// The metadata of a document row: url, title, outlet, published at <paramref name="titleOrdinal"/> - 1 onwards, and
    /// where given, published_from, feed_id and ingested_at at <paramref name="fromOrdinal"/> onwards.
    /// </summary>
    private static DocumentMetadata Metadata(DbDataReader reader, int titleOrdinal, int fromOrdinal = -1)
    {
        var metadata = new DocumentMetadata(
            reader.GetString(titleOrdinal),
            reader.GetString(titleOrdinal + 1),
            ParseDay(DbCommands.NullableString(reader, titleOrdinal + 2)),
            reader.IsDBNull(titleOrdinal - 1) ? null : new Uri(reader.GetString(titleOrdinal - 1)));
        if (fromOrdinal < 0)
        {
            return metadata;
        }

        return metadata with
        {
            PublishedFrom = Enum.TryParse<PublishedFrom>(DbCommands.NullableString(reader, fromOrdinal), out var from) ? from : metadata.PublishedFrom,
            Feed = DbCommands.NullableString(reader, fromOrdinal + 1),
            Added = DateTimeOffset.TryParse(DbCommands.NullableString(reader, fromOrdinal + 2), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var added) ? added : null,
        };
    }

    internal static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static DateOnly? ParseDay(string? text) =>
        text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
