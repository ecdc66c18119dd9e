namespace Dashboard.Store.Query;

/// <summary>
/// What the Sources panel shows for a selected place or event: its events and supporting passages, the first ones of
/// each when there are many (the totals say how many in all).
/// </summary>
public sealed record SourcesView(string SelectionId, string Title, string Precision, IReadOnlyList<EventRecord> Events, IReadOnlyList<SourcePassage> Passages)
{
    /// <summary>How many distinct documents support the selection (all of them, not only those listed).</summary>
    public int DocumentCount { get; init; }

    /// <summary>How many passages there are in all; more than <see cref="Passages"/> holds when it was cut.</summary>
    public int PassageTotal { get; init; }

    /// <summary>How many events there are in all; more than <see cref="Events"/> holds when it was cut.</summary>
    public int EventTotal { get; init; }

    /// <summary>The type of the selected event (the panel's heading names it); null when a place is selected.</summary>
    public string? EventType { get; init; }
}
