using System.Data.Common;

namespace Dashboard.Store.Sql;

/// <summary>A row statement through ADO.NET: one command, its parameter values replaced on each run.</summary>
internal sealed class AdoRowStatement : IRowStatement
{
    private readonly DbCommand _command;

    public AdoRowStatement(DbConnection connection, DbTransaction transaction, string sql, (string Name, object? Value)[] values, bool prepare)
    {
        _command = DbCommands.Command(connection, transaction, sql, values);
        if (prepare)
        {
            _command.Prepare();
        }
    }

    public object? Run((string Name, object? Value)[] values, bool scalar)
    {
        for (var i = 0; i < values.Length; i++)
        {
            _command.Parameters[i].Value = values[i].Value ?? DBNull.Value;
        }

        if (!scalar)
        {
            return _command.ExecuteNonQuery();
        }

        var result = _command.ExecuteScalar();
        return result is DBNull ? null : result;
    }

    public void Dispose() => _command.Dispose();
}
