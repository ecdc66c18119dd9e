namespace Dashboard.Store.Query;

/// <summary>
/// Tells open dashboards that the data changed: a document stored or replaced, a correction made, here or (on a shared
/// database) by another app instance.
/// </summary>
public interface IStoreChanges
{
    /// <summary>Raised after each change.</summary>
    event Action? Changed;

    /// <summary>Goes up with every change seen; the map uses it to refetch.</summary>
    long Version { get; }
}
