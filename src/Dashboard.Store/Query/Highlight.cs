using Dashboard.Core.Text;

namespace Dashboard.Store.Query;

/// <summary>A recognised stretch of text in the reader: span (document offsets), kind, the id it stands for, a label.</summary>
public sealed record Highlight(TextSpan Span, HighlightKind Kind, string TargetId, string Label)
{
    /// <summary>For a place, where it is, so that the reader can move the map without another query.</summary>
    public Core.Geography.GeoPoint? Point { get; init; }
}
