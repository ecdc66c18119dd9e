using Dashboard.Store.Postgres;
using Dashboard.Store.Sql;
using Dashboard.Store.Sqlite;

namespace Dashboard.Web.Hosting;

/// <summary>Opens the store the configuration names: SQLite in the data folder (default) or PostgreSQL by connection string.</summary>
public static class StoreFactory
{
    public static SqlStore Open(DashboardOptions options, string? connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);
        switch (options.Store.Trim().ToLowerInvariant())
        {
            case "sqlite":
                var sqlite = SqliteStore.Open(Dashboard.Store.DataDirectory.Resolve(options.DataDirectory));
                return sqlite.IsSuccess ? sqlite.Value : throw new InvalidOperationException(sqlite.Error);
            case "postgres" or "postgresql":
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new InvalidOperationException("Dashboard:Store is 'postgres' but ConnectionStrings:Dashboard is not set.");
                }

                var postgres = PostgresStore.Open(connectionString);
                return postgres.IsSuccess ? postgres.Value : throw new InvalidOperationException(postgres.Error);
            default:
                throw new InvalidOperationException($"Dashboard:Store is '{options.Store}'; it must be 'sqlite' or 'postgres'.");
        }
    }
}
