namespace Dashboard.Store.Sql;

/// <summary>
/// One statement of a <see cref="RowWriter"/>, prepared once and run again and again inside the writer's transaction with
/// the same parameters in the same order.
/// </summary>
internal interface IRowStatement : IDisposable
{
    /// <summary>
    /// Runs the statement: with <paramref name="scalar"/> the first column of its first row (null when it returns no row
    /// or NULL), otherwise the number of rows it changed.
    /// </summary>
    object? Run((string Name, object? Value)[] values, bool scalar);
}
