using Npgsql;

namespace Dashboard.Store.Tests.Postgres;

/// <summary>
/// The PostgreSQL server the tests use, named by <c>DASHBOARD_TEST_POSTGRES</c> (a connection string; <c>.ci/run</c>
/// starts a server and sets it). Each test gets a schema of its own. Without a reachable server the tests are skipped,
/// with the reason, never passed.
/// </summary>
internal static class PostgresTestDatabase
{
    public const string Variable = "DASHBOARD_TEST_POSTGRES";

    private static readonly Lazy<string?> Unreachable = new(Probe);

    /// <summary>A connection string whose search path is a new, empty schema; skips the test when there is no server.</summary>
    public static string NewSchema()
    {
        var connectionString = Environment.GetEnvironmentVariable(Variable);
        Skip.If(string.IsNullOrWhiteSpace(connectionString), $"No PostgreSQL server: set {Variable} to a connection string (.ci/run does).");
        Skip.If(Unreachable.Value is not null, $"PostgreSQL at {Variable} cannot be reached: {Unreachable.Value}");
        var schema = "t" + Guid.NewGuid().ToString("N")[..16];
        using (var connection = new NpgsqlConnection(connectionString))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE EXTENSION IF NOT EXISTS postgis; CREATE SCHEMA {schema}", connection);
            command.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(connectionString) { SearchPath = $"{schema},public" }.ToString();
    }

    /// <summary>A connection string to a new, empty database (without PostGIS); skips the test when there is no server.</summary>
    public static string NewDatabase()
    {
        var connectionString = Environment.GetEnvironmentVariable(Variable);
        Skip.If(string.IsNullOrWhiteSpace(connectionString), $"No PostgreSQL server: set {Variable} to a connection string (.ci/run does).");
        Skip.If(Unreachable.Value is not null, $"PostgreSQL at {Variable} cannot be reached: {Unreachable.Value}");
        var name = "t" + Guid.NewGuid().ToString("N")[..16];
        using (var connection = new NpgsqlConnection(connectionString))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            command.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(connectionString) { Database = name }.ToString();
    }

    private static string? Probe()
    {
        try
        {
            using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable(Variable));
            connection.Open();
            return null;
        }
        catch (Exception e) when (e is NpgsqlException or ArgumentException or InvalidOperationException)
        {
            return e.Message;
        }
    }
}
