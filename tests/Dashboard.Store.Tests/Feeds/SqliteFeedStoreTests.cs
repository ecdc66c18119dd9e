using Dashboard.Store.Sqlite;

namespace Dashboard.Store.Tests.Feeds;

/// <summary>The feed store's contract on the embedded store.</summary>
public sealed class SqliteFeedStoreTests : FeedStoreContract, IDisposable
{
    private readonly TempFolder _folder = new();

    protected override Dashboard.Store.Sql.SqlStore CreateStore() => SqliteStore.Open(_folder.Path).Value;

    public void Dispose() => _folder.Dispose();
}
