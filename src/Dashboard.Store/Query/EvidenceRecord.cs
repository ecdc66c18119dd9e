using Dashboard.Core.Text;

namespace Dashboard.Store.Query;

/// <summary>Where an event is stated: the document, the passage, the sentence span (document offsets) and its text.</summary>
public sealed record EvidenceRecord(string DocumentId, string PassageId, TextSpan Span, string Text);
