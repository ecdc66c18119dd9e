using System.Globalization;

namespace Dashboard.Store.Query;

/// <summary>A map viewport in degrees (west, south, east, north). A box that wraps the antimeridian or spans the world is <see cref="IsWorld"/>.</summary>
public sealed record BoundingBox
{
    public BoundingBox(double west, double south, double east, double north)
    {
        if (!double.IsFinite(west) || !double.IsFinite(south) || !double.IsFinite(east) || !double.IsFinite(north))
        {
            throw new ArgumentException("A bounding box needs four finite numbers.");
        }

        if (south > north)
        {
            throw new ArgumentException($"South ({south}) is north of north ({north}).", nameof(south));
        }

        West = west;
        South = Math.Max(-90, south);
        East = east;
        North = Math.Min(90, north);
    }

    public double West { get; }

    public double South { get; }

    public double East { get; }

    public double North { get; }

    /// <summary>Whether the box covers every longitude (or wraps), so that only latitude limits it.</summary>
    public bool IsWorld => East - West >= 360 || West < -180 || East > 180 || West > East;

    /// <summary>Reads "west,south,east,north"; null when it is not four numbers in order.</summary>
    public static BoundingBox? TryParse(string? text)
    {
        var parts = (text ?? string.Empty).Split(',');
        if (parts.Length != 4)
        {
            return null;
        }

        var values = new double[4];
        for (var i = 0; i < 4; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]) || !double.IsFinite(values[i]))
            {
                return null;
            }
        }

        return values[1] <= values[3] ? new BoundingBox(values[0], values[1], values[2], values[3]) : null;
    }

    public bool Contains(double latitude, double longitude) =>
        latitude >= South && latitude <= North && (IsWorld || (longitude >= West && longitude <= East));
}
