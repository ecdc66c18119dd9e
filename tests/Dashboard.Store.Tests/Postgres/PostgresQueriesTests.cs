using Dashboard.Store.Postgres;
using Dashboard.Store.Tests.Query;

namespace Dashboard.Store.Tests.Postgres;

/// <summary>The queries' contract on PostgreSQL/PostGIS (skipped, with the reason, where no server is reachable).</summary>
public sealed class PostgresQueriesTests : DashboardQueriesContract, IDisposable
{
    private PostgresStore? _store;

    protected override Dashboard.Store.Sql.SqlStore CreateStore()
    {
        var opened = PostgresStore.Open(PostgresTestDatabase.NewSchema());
        Assert.True(opened.IsSuccess, opened.Error);
        return _store = opened.Value;
    }

    public void Dispose() => _store?.Dispose();
}
