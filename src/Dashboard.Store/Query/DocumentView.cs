using Dashboard.Core.Documents;

namespace Dashboard.Store.Query;

/// <summary>A whole article for the reader: its text, passages and non-overlapping highlights in text order.</summary>
public sealed record DocumentView(DocumentSummary Summary, string Text, IReadOnlyList<Passage> Passages, IReadOnlyList<Highlight> Highlights);
