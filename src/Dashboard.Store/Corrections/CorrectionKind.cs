namespace Dashboard.Store.Corrections;

/// <summary>What an analyst changed.</summary>
public enum CorrectionKind
{
    /// <summary>A mention now stands for another place (a runner-up candidate or a gazetteer entry).</summary>
    ReassignPlace,

    /// <summary>A mention is not a place at all.</summary>
    NotAPlace,

    /// <summary>An event is wrong and is hidden.</summary>
    DismissEvent,
}
