using Dashboard.Core.Documents;
using Dashboard.Core.Places;
using Dashboard.Core.Text;
using Dashboard.Store.Corrections;
using Dashboard.Store.Sqlite;
using Dashboard.Store.Tests.Query;

namespace Dashboard.Store.Tests.Sqlite;

public sealed class SqliteStoreTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private SqliteStore Open() => SqliteStore.Open(_folder.Path).Value;

    private static CorpusDocument WithUrl(CorpusDocument d, string? url) =>
        new(d.Id, new DocumentMetadata(d.Metadata.Title, d.Metadata.Outlet, d.Metadata.Published, url is null ? null : new Uri(url)), d.Text);

    [Fact]
    public void Open_NewFolder_CreatesTheFileAtTheLatestSchema()
    {
        var store = Open();

        Assert.True(File.Exists(Path.Combine(_folder.Path, SqliteStore.FileName)));
        Assert.Equal(10, store.SchemaVersion);
        Assert.Equal(0, store.DocumentCount);
    }

    [Fact]
    public void Open_SeveralProcessesAtOnceOnANewFolder_EachOpensTheStoreAtTheLatestSchema()
    {
        // The web app and a command-line ingest may open one new data folder at the same moment: each reads the schema
        // version and would run the same steps ("table documents already exists") unless it reads it under the write lock.
        for (var round = 0; round < 20; round++)
        {
            var folder = Path.Combine(_folder.Path, $"round-{round}");
            var opened = new Dashboard.Core.Results.Result<SqliteStore>[4];
            using var start = new Barrier(opened.Length);
            var threads = Enumerable.Range(0, opened.Length).Select(k => new Thread(() =>
            {
                start.SignalAndWait();
                opened[k] = SqliteStore.Open(folder);
            })).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());

            Assert.All(opened, result => Assert.True(result.IsSuccess, result.Error));
            Assert.All(opened, result => Assert.Equal(10, result.Value.SchemaVersion));
        }
    }

    [Fact]
    public async Task Open_StoreOfSchema1WithDocuments_RebuildsEveryDocumentsRows()
    {
        // A store of schema 1 kept its documents and only some rows: after the migration every row is built again from the
        // documents' extraction, so the map shows what a store that was never older shows.
        var current = Open();
        SampleCorpus.SaveInto(current);
        var before = await current.MapAsync(Dashboard.Store.Query.ViewFilter.None, new Dashboard.Store.Query.MapRequest(null, 5));
        var old = Path.Combine(_folder.Path, "schema-1");
        Directory.CreateDirectory(old);
        using (var source = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(_folder.Path, SqliteStore.FileName)};Pooling=False"))
        using (var target = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(old, SqliteStore.FileName)};Pooling=False"))
        {
            source.Open();
            target.Open();
            using var create = target.CreateCommand();
            create.CommandText = Migrations.Steps[0] + "; PRAGMA user_version = 1;";
            create.ExecuteNonQuery();
            using var read = source.CreateCommand();
            read.CommandText = "SELECT id, content_hash, url, title, outlet, published, source_name, text, extraction, ingested_at FROM documents";
            using var reader = read.ExecuteReader();
            while (reader.Read())
            {
                using var insert = target.CreateCommand();
                insert.CommandText = "INSERT INTO documents VALUES (@0, @1, @2, @3, @4, @5, @6, @7, @8, @9)";
                for (var k = 0; k < 10; k++)
                {
                    insert.Parameters.AddWithValue($"@{k}", reader.GetValue(k));
                }

                insert.ExecuteNonQuery();
            }
        }

        var migrated = SqliteStore.Open(old).Value;
        var after = await migrated.MapAsync(Dashboard.Store.Query.ViewFilter.None, new Dashboard.Store.Query.MapRequest(null, 5));
        var facets = await migrated.FacetsAsync(Dashboard.Store.Query.ViewFilter.None);

        Assert.Equal(10, migrated.SchemaVersion);
        Assert.Equal(2, migrated.DocumentCount);
        Assert.NotEmpty(after.Places);
        Assert.Equal(before.Places.Select(p => (p.Place.Id, p.MentionCount, p.DocumentCount, p.EventCount)), after.Places.Select(p => (p.Place.Id, p.MentionCount, p.DocumentCount, p.EventCount)));
        Assert.Equal(3, facets.Total);
    }

    [Fact]
    public async Task Open_StoreOfSchema3_FillsTheRunningTotalsFromItsRows()
    {
        var store = Open();
        SampleCorpus.SaveInto(store);
        var before = await store.MapAsync(Dashboard.Store.Query.ViewFilter.None, new Dashboard.Store.Query.MapRequest(null, 5));
        Rewind("DROP TABLE place_totals; DROP TABLE event_totals; DROP TABLE actor_totals; DROP INDEX events_filters; DROP INDEX events_date_places; CREATE INDEX events_date ON events(date_start, date_end); ALTER TABLE events DROP COLUMN place_basis; ALTER TABLE events DROP COLUMN confidence; PRAGMA user_version = 3;");

        var reopened = Open();
        var after = await reopened.MapAsync(Dashboard.Store.Query.ViewFilter.None, new Dashboard.Store.Query.MapRequest(null, 5));
        var facets = await reopened.FacetsAsync(Dashboard.Store.Query.ViewFilter.None);

        Assert.Equal(10, reopened.SchemaVersion);
        Assert.Equal(before.Places.Select(p => (p.Place.Id, p.MentionCount, p.DocumentCount, p.EventCount)), after.Places.Select(p => (p.Place.Id, p.MentionCount, p.DocumentCount, p.EventCount)));
        Assert.Equal(0, after.Places.Sum(p => p.InferredEventCount)); // rows written before step 6 read as stated
        Assert.NotEmpty(after.Places);
        Assert.Equal(3, facets.Total);
    }

    [Fact]
    public async Task Open_StoreOfSchema6_RebuildsTheEventTotalsWithTheirPlaceBasis()
    {
        SampleCorpus.SaveInto(Open());
        Rewind("DROP TABLE event_totals; CREATE TABLE event_totals (place_id TEXT NOT NULL, type TEXT NOT NULL, events BIGINT NOT NULL, PRIMARY KEY (place_id, type)); INSERT INTO event_totals VALUES ('gn:1', 'deploy', 1); DROP INDEX events_filters; DROP INDEX events_date_places; CREATE INDEX events_date ON events(date_start, date_end); ALTER TABLE events DROP COLUMN confidence; PRAGMA user_version = 6;");

        var reopened = Open();
        var springfield = (await reopened.MapAsync(Dashboard.Store.Query.ViewFilter.None, new Dashboard.Store.Query.MapRequest(null, 5))).Places.Single(p => p.Place.Id == "gn:1");

        Assert.Equal(10, reopened.SchemaVersion);
        Assert.Equal((2, 1), (springfield.EventCount, springfield.InferredEventCount));
    }

    [Fact]
    public async Task Open_StoreOfSchema8_RebuildsTheTotalsByConfidenceBand()
    {
        SampleCorpus.SaveInto(Open());
        Rewind(
            """
            DROP TABLE event_totals;
            CREATE TABLE event_totals (place_id TEXT NOT NULL, type TEXT NOT NULL, place_basis BIGINT NOT NULL, events BIGINT NOT NULL, PRIMARY KEY (place_id, type, place_basis));
            INSERT INTO event_totals VALUES ('gn:1', 'deploy', 0, 1);
            DROP TABLE actor_totals;
            CREATE TABLE actor_totals (actor_id TEXT PRIMARY KEY, events BIGINT NOT NULL);
            DROP INDEX events_date_places;
            CREATE INDEX events_date ON events(date_start, date_end);
            PRAGMA user_version = 8;
            """);

        var reopened = Open();
        var sure = await reopened.FacetsAsync(Dashboard.Store.Query.ViewFilter.None with { MinConfidence = 0.5 });
        var all = await reopened.FacetsAsync(Dashboard.Store.Query.ViewFilter.None);

        Assert.Equal(10, reopened.SchemaVersion);
        Assert.Equal((2, 3), (sure.Matching, all.Total));
        Assert.Equal(["country:RR:2", "country:BD:1"], sure.Actors.Select(a => $"{a.Value.Id}:{a.Count}"));
        Assert.Equal(["deploy:1", "meeting:1"], sure.Types.Select(t => $"{t.Value}:{t.Count}"));
    }

    [Fact]
    public async Task Open_StoreOfSchema9_RebuildsTheActorTotalsWithTheStatedPlace()
    {
        SampleCorpus.SaveInto(Open());
        Rewind(
            """
            DROP TABLE actor_totals;
            CREATE TABLE actor_totals (actor_id TEXT NOT NULL, band BIGINT NOT NULL, events BIGINT NOT NULL, PRIMARY KEY (actor_id, band));
            INSERT INTO actor_totals VALUES ('country:RR', 18, 5);
            DROP INDEX events_date_places;
            CREATE INDEX events_date_filters ON events(date_start, date_end, date_basis, confidence);
            PRAGMA user_version = 9;
            """);

        var reopened = Open();
        var stated = await reopened.FacetsAsync(Dashboard.Store.Query.ViewFilter.None with { StatedPlacesOnly = true });

        Assert.Equal(10, reopened.SchemaVersion);
        Assert.Equal(1, stated.Matching);
        Assert.Equal(["country:RR:1"], stated.Actors.Select(a => $"{a.Value.Id}:{a.Count}"));
        Assert.Equal(["deploy:1"], stated.Types.Select(t => $"{t.Value}:{t.Count}"));
    }

    /// <summary>Changes the store's file as an older version left it (<paramref name="sql"/> ends by setting its version).</summary>
    private void Rewind(string sql)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(_folder.Path, SqliteStore.FileName)};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    [Fact]
    public void Open_FolderIsAFile_FailsWithAMessage()
    {
        var file = Path.Combine(_folder.Path, "not-a-folder");
        File.WriteAllText(file, "x");

        var store = SqliteStore.Open(file);

        Assert.False(store.IsSuccess);
        Assert.Contains("cannot be used as a store", store.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Save_ThenLoad_RoundTripsDocumentAndExtraction()
    {
        var a = SampleCorpus.DocumentA();
        Open().Save(a.Document, "hash-a", "a.txt", a.Result, Now);

        var stored = Assert.Single(Open().LoadAll());

        Assert.Equal(a.Document, stored.Document);
        Assert.Equal("hash-a", stored.ContentHash);
        Assert.Equal(a.Result.Events.Select(e => (e.Id, e.Type, e.Place?.Choice?.Id, e.When, e.DateBasis)), stored.Extraction.Events.Select(e => (e.Id, e.Type, e.Place?.Choice?.Id, e.When, e.DateBasis)));
        Assert.Equal(a.Result.Places.Select(p => p.Mention), stored.Extraction.Places.Select(p => p.Mention));
        Assert.Equal(a.Result.Document.Passages, stored.Extraction.Document.Passages);
        Assert.Equal(Now, stored.IngestedAt);
    }

    [Fact]
    public void Save_SameHashTwice_Unchanged()
    {
        var a = SampleCorpus.DocumentA();
        var store = Open();

        Assert.Equal(SaveOutcome.Added, store.Save(a.Document, "h", null, a.Result, Now).Outcome);
        Assert.Equal((SaveOutcome.Unchanged, "a"), store.Save(a.Document, "h", null, a.Result, Now));
        Assert.Equal(1, store.DocumentCount);
    }

    [Fact]
    public void Save_NewVersionWithSameUrl_ReplacesTheOldOne()
    {
        var store = Open();
        var a = SampleCorpus.DocumentA();
        var b = SampleCorpus.DocumentB();
        store.Save(WithUrl(a.Document, "https://example.org/story"), "h1", null, a.Result, Now);

        var (outcome, id) = store.Save(WithUrl(b.Document, "https://example.org/story"), "h2", null, b.Result, Now);

        Assert.Equal((SaveOutcome.Replaced, "b"), (outcome, id));
        Assert.Equal("b", Assert.Single(store.LoadAll()).Document.Id);
        Assert.Null(store.FindIdByHash("h1"));
    }

    [Fact]
    public void Corrections_Added_SurviveReopeningAndReplacingTheExtraction()
    {
        var a = SampleCorpus.DocumentA();
        var store = Open();
        store.Save(a.Document, "h", null, a.Result, Now);
        store.AddCorrection(new Correction(0, "a", CorrectionKind.ReassignPlace, new TextSpan(25, 36), null, SampleCorpus.Capital, "analyst", Now));
        store.AddCorrection(new Correction(0, "a", CorrectionKind.DismissEvent, new TextSpan(48, SampleCorpus.TextA.Length), "protest", null, "analyst", Now));

        store.ReplaceExtraction("a", a.Result);
        var reopened = Open();

        var corrections = reopened.Corrections();
        Assert.Equal([1L, 2L], corrections.Select(c => c.Id));
        Assert.Equal(SampleCorpus.Capital, corrections[0].Place);
        Assert.Equal(new TextSpan(25, 36), corrections[0].Mention);
        Assert.Equal("protest", corrections[1].EventType);
    }

    [Fact]
    public void BackupAndRestore_IntoAnotherFolder_SameDocumentsAndCorrections()
    {
        var a = SampleCorpus.DocumentA();
        var store = Open();
        store.Save(a.Document, "h", null, a.Result, Now);
        store.AddCorrection(new Correction(0, "a", CorrectionKind.NotAPlace, new TextSpan(25, 36), null, null, "analyst", Now));
        var backup = Path.Combine(_folder.Path, "backup.db");
        store.Backup(backup);
        using var other = new TempFolder();
        var restored = SqliteStore.Open(other.Path).Value;

        var result = restored.Restore(backup);

        Assert.Equal(1, result.Value);
        Assert.Single(restored.Corrections());
    }

    [Fact]
    public void Restore_NotAStore_RefusedAndNothingChanged()
    {
        var junk = Path.Combine(_folder.Path, "junk.db");
        File.WriteAllText(junk, "this is not a database, just text that is long enough to not be a header");
        var store = Open();

        var result = store.Restore(junk);

        Assert.False(result.IsSuccess);
        Assert.Equal(0, store.DocumentCount);
    }

    [Fact]
    public void LoadAll_UnreadableExtraction_SkippedNamedAndRepairableByReplacing()
    {
        var a = SampleCorpus.DocumentA();
        var store = Open();
        store.Save(a.Document, "h", null, a.Result, Now);
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={store.Path}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE documents SET extraction = '{\"document\": 42}'";
            command.ExecuteNonQuery();
        }

        Assert.Empty(store.LoadAll());
        Assert.Contains("cannot be read", Assert.Single(store.LoadProblems), StringComparison.Ordinal);
        Assert.Equal(("a", SampleCorpus.TextA), store.Sources().Select(x => (x.Id, x.Text)).Single());

        store.ReplaceExtraction("a", a.Result);

        Assert.Single(store.LoadAll());
        Assert.Empty(store.LoadProblems);
    }

    [Fact]
    public async Task Correction_UnreadableExtraction_RowsKeptAndTheDocumentNamedUntilReplaced()
    {
        var a = SampleCorpus.DocumentA();
        var store = Open();
        store.Save(a.Document, "h", null, a.Result, Now);
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={store.Path}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE documents SET extraction = '{\"document\": 42}'";
            command.ExecuteNonQuery();
        }

        store.AddCorrection(new Correction(0, "a", CorrectionKind.NotAPlace, a.Result.Places[0].Mention.Span, null, null, "tester", Now));

        Assert.Contains("cannot be read", Assert.Single(await store.ProblemsAsync(10)), StringComparison.Ordinal);
        Assert.Equal(2, (await store.EventsAsync(Dashboard.Store.Query.ViewFilter.None, new Dashboard.Store.Query.EventPageRequest(10))).Total);
        store.ReplaceExtraction("a", a.Result);
        Assert.Empty(await store.ProblemsAsync(10));
    }
}
