namespace Dashboard.Core.Places;

/// <summary>The shape the map draws for a resolved place.</summary>
public enum GeometryKind
{
    Point,
    Line,
    Polygon,
}
