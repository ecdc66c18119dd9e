using Dashboard.Store.Postgres;

namespace Dashboard.Store.Tests.Feeds;

/// <summary>The feed store's contract on PostgreSQL (skipped, with the reason, where no server is reachable).</summary>
public sealed class PostgresFeedStoreTests : FeedStoreContract, IDisposable
{
    private PostgresStore? _store;

    protected override Dashboard.Store.Sql.SqlStore CreateStore()
    {
        var opened = PostgresStore.Open(Tests.Postgres.PostgresTestDatabase.NewSchema());
        Assert.True(opened.IsSuccess, opened.Error);
        return _store = opened.Value;
    }

    public void Dispose() => _store?.Dispose();
}
