namespace Dashboard.Store.Query;

/// <summary>A page of stored documents, newest first, how many match in all, and the cursor of the next page (null on the last).</summary>
public sealed record DocumentPage(IReadOnlyList<DocumentSummary> Items, int Total, string? Next);
