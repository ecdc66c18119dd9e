namespace Dashboard.Store.Sql;

/// <summary>
/// The table and columns a kind of row is bulk-copied into. <paramref name="Order"/> puts the tables in the order their
/// keys refer to each other (passages, events, then the rows that point at them).
/// </summary>
internal sealed record CopyTarget(string Table, string Columns, int Order);
