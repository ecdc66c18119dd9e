namespace Dashboard.Store.Query;

/// <summary>A place with the mentions of it that pass a filter, and how many matching events happen there.</summary>
public sealed record PlaceSummary(PlaceRef Place, IReadOnlyList<MentionRecord> Mentions, int EventCount)
{
    public int DocumentCount => Mentions.Select(m => m.DocumentId).Distinct(StringComparer.Ordinal).Count();
}
