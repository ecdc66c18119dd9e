using Dashboard.Core.Text;

namespace Dashboard.Store.Query;

/// <summary>A place mention in a passage, resolved to a place (document offsets).</summary>
public sealed record MentionRecord(string DocumentId, string PassageId, TextSpan Span, string Surface, PlaceRef Place, bool Literal);
