using Dashboard.Store.Postgres;
using Dashboard.Store.Query;
using Dashboard.Store.Tests.Query;

namespace Dashboard.Store.Tests.Postgres;

public sealed class PostgresStoreTests
{
    [SkippableFact]
    public async Task TwoInstances_OneSaves_TheOtherIsToldAndSeesIt()
    {
        var connectionString = PostgresTestDatabase.NewSchema();
        using var first = PostgresStore.Open(connectionString).Value;
        using var second = PostgresStore.Open(connectionString).Value;
        var told = new TaskCompletionSource();
        second.Changed += () => told.TrySetResult();
        await second.Listening.WaitAsync(TimeSpan.FromSeconds(10));

        SampleCorpus.SaveInto(first);

        Assert.Same(told.Task, await Task.WhenAny(told.Task, Task.Delay(TimeSpan.FromSeconds(10))));
        Assert.Equal(3, (await second.EventsAsync(ViewFilter.None, new EventPageRequest(10))).Total);
    }

    [SkippableFact]
    public void BackupAndRestore_IntoAnotherDatabase_SameDocumentsAndCorrections()
    {
        using var source = PostgresStore.Open(PostgresTestDatabase.NewSchema()).Value;
        SampleCorpus.SaveInto(source);
        var mention = SampleCorpus.DocumentB().Result.Places[0].Mention.Span;
        source.AddCorrection(new Corrections.Correction(0, "b", Corrections.CorrectionKind.NotAPlace, mention, null, null, "tester", DateTimeOffset.UnixEpoch));
        source.AddFeed(new Uri("https://news.example.org/rss"), TimeSpan.FromHours(1), honourRobots: false, keepSummaries: true, DateTimeOffset.UnixEpoch);
        var file = Path.GetTempFileName();
        try
        {
            source.Backup(file);
            using var target = PostgresStore.Open(PostgresTestDatabase.NewSchema()).Value;

            var restored = target.Restore(file);

            Assert.True(restored.IsSuccess, restored.Error);
            Assert.Equal(2, restored.Value);
            Assert.Single(target.Corrections());
            Assert.Empty(target.Verify());
            var feed = Assert.Single(target.Feeds());
            Assert.Equal((TimeSpan.FromHours(1), false, true), (feed.Interval, feed.HonourRobots, feed.KeepSummaries));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [SkippableFact]
    public void Restore_NotABackup_RefusedWithAMessage()
    {
        using var store = PostgresStore.Open(PostgresTestDatabase.NewSchema()).Value;
        var file = Path.GetTempFileName();
        File.WriteAllText(file, "hello");
        try
        {
            var result = store.Restore(file);

            Assert.False(result.IsSuccess);
            Assert.Contains("not a dashboard backup", result.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [SkippableFact]
    public async Task Open_NewDatabaseWithoutPostGis_CreatesItAndStoresPoints()
    {
        using var store = PostgresStore.Open(PostgresTestDatabase.NewDatabase()).Value;

        SampleCorpus.SaveInto(store);

        var map = await store.MapAsync(ViewFilter.None, new MapRequest(new BoundingBox(19, 39, 21, 41), 8));
        Assert.Equal("gn:1", Assert.Single(map.Places).Place.Id);
    }

    [SkippableFact]
    public async Task Open_EventTotalsWithoutPlaceBasis_RebuiltFromTheRows()
    {
        using var reopened = await ReopenedAfterAsync("DROP TABLE event_totals; CREATE TABLE event_totals (place_id text NOT NULL, type text NOT NULL, events bigint NOT NULL, PRIMARY KEY (place_id, type)); INSERT INTO event_totals VALUES ('gn:1', 'deploy', 1)");
        var springfield = (await reopened.MapAsync(ViewFilter.None, new MapRequest(null, 5))).Places.Single(p => p.Place.Id == "gn:1");

        Assert.Equal((2, 1), (springfield.EventCount, springfield.InferredEventCount));
    }

    [SkippableFact]
    public async Task Open_TotalsWithoutConfidenceBand_RebuiltFromTheRows()
    {
        using var reopened = await ReopenedAfterAsync(
            """
            DROP TABLE event_totals;
            CREATE TABLE event_totals (place_id text NOT NULL, type text NOT NULL, place_basis bigint NOT NULL, events bigint NOT NULL, PRIMARY KEY (place_id, type, place_basis));
            INSERT INTO event_totals VALUES ('gn:1', 'deploy', 0, 1);
            DROP TABLE actor_totals;
            CREATE TABLE actor_totals (actor_id text PRIMARY KEY, events bigint NOT NULL);
            """);
        var sure = await reopened.FacetsAsync(ViewFilter.None with { MinConfidence = 0.5 });

        Assert.Equal(2, sure.Matching);
        Assert.Equal(["country:RR:2", "country:BD:1"], sure.Actors.Select(a => $"{a.Value.Id}:{a.Count}"));
        Assert.Equal(["deploy:1", "meeting:1"], sure.Types.Select(t => $"{t.Value}:{t.Count}"));
    }

    [SkippableFact]
    public async Task Open_ActorTotalsWithoutStatedPlace_RebuiltFromTheRows()
    {
        using var reopened = await ReopenedAfterAsync(
            """
            DROP TABLE actor_totals;
            CREATE TABLE actor_totals (actor_id text NOT NULL, band bigint NOT NULL, events bigint NOT NULL, PRIMARY KEY (actor_id, band));
            INSERT INTO actor_totals VALUES ('country:RR', 18, 5);
            """);
        var stated = await reopened.FacetsAsync(ViewFilter.None with { StatedPlacesOnly = true });

        Assert.Equal(1, stated.Matching);
        Assert.Equal(["country:RR:1"], stated.Actors.Select(a => $"{a.Value.Id}:{a.Count}"));
    }

    [SkippableFact]
    public async Task ConfidenceBandSql_EveryEdgeAndItsNeighbours_TheBandComputedInCSharp()
    {
        await using var connection = new Npgsql.NpgsqlConnection(PostgresTestDatabase.NewSchema());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Dashboard.Store.Sql.ConfidenceBands.Sql("@c")}";
        var parameter = command.Parameters.Add("@c", NpgsqlTypes.NpgsqlDbType.Double);

        foreach (var value in Sql.ConfidenceBandsTests.Values())
        {
            parameter.Value = value;
            Assert.Equal(Dashboard.Store.Sql.ConfidenceBands.Of(value), Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>A new schema with the sample corpus, changed by <paramref name="sql"/> as an older version left it, opened again.</summary>
    private static async Task<PostgresStore> ReopenedAfterAsync(string sql)
    {
        var connectionString = PostgresTestDatabase.NewSchema();
        using (var store = PostgresStore.Open(connectionString).Value)
        {
            SampleCorpus.SaveInto(store);
        }

        await using (var connection = new Npgsql.NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync();
        }

        return PostgresStore.Open(connectionString).Value;
    }

    [Fact]
    public void Open_NoServerThere_FailsWithAMessage()
    {
        var result = PostgresStore.Open("Host=127.0.0.1;Port=1;Username=x;Password=y;Database=z;Timeout=2");

        Assert.False(result.IsSuccess);
        Assert.StartsWith("The PostgreSQL store cannot be used:", result.Error, StringComparison.Ordinal);
    }
}
