using Dashboard.Store.Sqlite;
using Microsoft.Data.Sqlite;

namespace Dashboard.Store.Tests.Sqlite;

public sealed class SqliteRowStatementTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public SqliteRowStatementTests()
    {
        _connection.Open();
        using var create = _connection.CreateCommand();
        create.CommandText = "CREATE TABLE t (pk INTEGER PRIMARY KEY, name TEXT UNIQUE, n INTEGER, x REAL, b BLOB)";
        create.ExecuteNonQuery();
    }

    public void Dispose() => _connection.Dispose();

    private SqliteRowStatement Insert() =>
        new(_connection, "INSERT INTO t (name, n, x, b) VALUES (@name, @n, @x, @b) ON CONFLICT (name) DO NOTHING RETURNING pk",
            [("@name", null), ("@n", null), ("@x", null), ("@b", null)]);

    private object? Read(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    [Fact]
    public void Run_ValuesOfEachKind_StoredAsSqliteTypes()
    {
        using var insert = Insert();

        insert.Run([("@name", "a"), ("@n", 7L), ("@x", 1.5), ("@b", new byte[] { 1, 2 })], scalar: true);
        insert.Run([("@name", "b"), ("@n", 3), ("@x", null), ("@b", DBNull.Value)], scalar: true);

        Assert.Equal("integer real blob", Read("SELECT typeof(n) || ' ' || typeof(x) || ' ' || typeof(b) FROM t WHERE name = 'a'"));
        Assert.Equal("integer null null", Read("SELECT typeof(n) || ' ' || typeof(x) || ' ' || typeof(b) FROM t WHERE name = 'b'"));
        Assert.Equal(3L, Read("SELECT n FROM t WHERE name = 'b'"));
    }

    [Fact]
    public void Run_Scalar_ReturnsTheKeyOrNullWhenNoRowComesBack()
    {
        using var insert = Insert();

        var first = insert.Run([("@name", "a"), ("@n", 1L), ("@x", null), ("@b", null)], scalar: true);
        var again = insert.Run([("@name", "a"), ("@n", 2L), ("@x", null), ("@b", null)], scalar: true);

        Assert.Equal(1L, first);
        Assert.Null(again);
    }

    [Fact]
    public void Run_NotScalar_ReturnsTheRowsChanged()
    {
        using var insert = new SqliteRowStatement(_connection, "INSERT INTO t (name) VALUES (@name) ON CONFLICT (name) DO NOTHING", [("@name", null)]);

        Assert.Equal(1, insert.Run([("@name", "a")], scalar: false));
        Assert.Equal(0, insert.Run([("@name", "a")], scalar: false));
    }

    [Fact]
    public void Run_ReusedManyTimes_EachRunSeesItsOwnValues()
    {
        using var insert = Insert();
        using var find = new SqliteRowStatement(_connection, "SELECT name FROM t WHERE n = @n", [("@n", null)]);
        for (var i = 0; i < 100; i++)
        {
            insert.Run([("@name", $"n{i}"), ("@n", (long)i), ("@x", null), ("@b", null)], scalar: true);
        }

        Assert.Equal("n42", find.Run([("@n", 42L)], scalar: true));
        Assert.Null(find.Run([("@n", 100L)], scalar: true));
        Assert.Equal(100L, Read("SELECT count(*) FROM t"));
    }

    [Fact]
    public void Run_ConstraintBroken_ThrowsSqliteExceptionAndTheStatementStaysUsable()
    {
        using var insert = new SqliteRowStatement(_connection, "INSERT INTO t (pk, name) VALUES (@pk, @name)", [("@pk", null), ("@name", null)]);
        insert.Run([("@pk", 1L), ("@name", "a")], scalar: false);

        var error = Assert.Throws<SqliteException>(() => insert.Run([("@pk", 1L), ("@name", "b")], scalar: false));
        Assert.Contains("UNIQUE", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, insert.Run([("@pk", 2L), ("@name", "b")], scalar: false));
    }

    [Fact]
    public void New_ParameterNotInTheStatement_Throws() =>
        Assert.Throws<ArgumentException>(() => new SqliteRowStatement(_connection, "SELECT @a", [("@b", null)]));

    [Fact]
    public void Run_ValueOfAnUnsupportedType_Throws()
    {
        using var select = new SqliteRowStatement(_connection, "SELECT @a", [("@a", null)]);

        Assert.Throws<ArgumentException>(() => select.Run([("@a", new DateTime(2026, 1, 1))], scalar: true));
    }
}
