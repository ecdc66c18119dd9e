using Dashboard.Core.Results;
using Dashboard.Store;
using Dashboard.Store.Sqlite;

namespace Dashboard.Cli.Commands;

/// <summary>Opens the store in the same data folder the app uses (<c>--data DIR</c> overrides the setting).</summary>
internal static class StoreLoader
{
    public static Result<SqliteStore> Open(string? dataOption) =>
        SqliteStore.Open(DataDirectory.Resolve(dataOption ?? Environment.GetEnvironmentVariable(DataDirectory.EnvironmentVariable)));
}
