namespace Dashboard.Store.Query;

/// <summary>What the Sources panel shows for a selected place or event: its events and every supporting passage.</summary>
public sealed record SourcesView(string SelectionId, string Title, string Precision, IReadOnlyList<EventRecord> Events, IReadOnlyList<SourcePassage> Passages)
{
    public int DocumentCount => Passages.Select(p => p.Document.Id).Distinct(StringComparer.Ordinal).Count();
}
