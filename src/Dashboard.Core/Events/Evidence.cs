using Dashboard.Core.Text;

namespace Dashboard.Core.Events;

/// <summary>Where a fact is said: a span (usually a sentence) of a passage of a document.</summary>
public sealed record Evidence(TextSpan Span, string PassageId);
