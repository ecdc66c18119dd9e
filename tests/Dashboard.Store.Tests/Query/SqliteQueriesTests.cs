using Dashboard.Store.Sqlite;

namespace Dashboard.Store.Tests.Query;

/// <summary>The queries' contract on the embedded store.</summary>
public sealed class SqliteQueriesTests : DashboardQueriesContract, IDisposable
{
    private readonly TempFolder _folder = new();

    protected override Dashboard.Store.Sql.SqlStore CreateStore() => SqliteStore.Open(_folder.Path).Value;

    public void Dispose() => _folder.Dispose();
}
