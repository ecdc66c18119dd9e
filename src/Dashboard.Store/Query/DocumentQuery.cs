namespace Dashboard.Store.Query;

/// <summary>Which stored documents to list: these ids (any number), or else the most recent ones, at most <see cref="Limit"/>.</summary>
public sealed record DocumentQuery(IReadOnlyCollection<string>? Ids = null, int Limit = 50)
{
    public static DocumentQuery Latest(int limit) => new(null, limit);

    public static DocumentQuery ByIds(IReadOnlyCollection<string> ids) => new(ids, Math.Max(1, ids.Count));
}
