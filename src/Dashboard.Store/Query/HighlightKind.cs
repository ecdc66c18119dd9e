namespace Dashboard.Store.Query;

/// <summary>What a highlighted stretch of article text was recognised as.</summary>
public enum HighlightKind
{
    Place,
    Actor,
    Date,
}
