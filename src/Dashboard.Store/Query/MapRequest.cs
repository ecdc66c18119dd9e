namespace Dashboard.Store.Query;

/// <summary>
/// What the map asks for: the viewport (null: the whole world) and the zoom. The store answers with at most
/// <see cref="MaxPoints"/> single places; beyond that it answers with grid cells sized to the zoom.
/// </summary>
public sealed record MapRequest
{
    public const int DefaultMaxPoints = 600;

    public MapRequest(BoundingBox? box, double zoom, int maxPoints = DefaultMaxPoints, int maxAreas = 60, int maxMovements = 200)
    {
        if (!double.IsFinite(zoom) || zoom < 0 || zoom > 22)
        {
            throw new ArgumentOutOfRangeException(nameof(zoom), zoom, "The zoom is a number from 0 to 22.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(maxPoints, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAreas, 0);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxMovements, 0);
        Box = box;
        Zoom = zoom;
        MaxPoints = maxPoints;
        MaxAreas = maxAreas;
        MaxMovements = maxMovements;
    }

    public static MapRequest World { get; } = new(null, 2);

    public BoundingBox? Box { get; }

    public double Zoom { get; }

    public int MaxPoints { get; }

    public int MaxAreas { get; }

    public int MaxMovements { get; }
}
