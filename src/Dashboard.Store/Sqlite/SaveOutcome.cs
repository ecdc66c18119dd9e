namespace Dashboard.Store.Sqlite;

/// <summary>What saving a document did.</summary>
public enum SaveOutcome
{
    /// <summary>A new document.</summary>
    Added,

    /// <summary>The same content was already stored; nothing changed.</summary>
    Unchanged,

    /// <summary>A new version of a document with the same URL replaced the old one and its extraction.</summary>
    Replaced,
}
