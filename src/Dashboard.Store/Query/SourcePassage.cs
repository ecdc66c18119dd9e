using Dashboard.Core.Documents;
using Dashboard.Core.Text;

namespace Dashboard.Store.Query;

/// <summary>
/// A passage supporting a selection: its document, its text, the marks to highlight (offsets relative to the passage
/// text) and the events it is evidence for.
/// </summary>
public sealed record SourcePassage(
    DocumentSummary Document,
    string PassageId,
    PassageKind Kind,
    TextSpan Span,
    string Text,
    IReadOnlyList<TextSpan> Marks,
    IReadOnlyList<string> EventIds)
{
    /// <summary>The selected place's mentions in this passage (document offsets), for correcting them.</summary>
    public IReadOnlyList<MentionRecord> Mentions { get; init; } = [];
}
