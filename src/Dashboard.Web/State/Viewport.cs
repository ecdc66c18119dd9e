using System.Globalization;

namespace Dashboard.Web.State;

/// <summary>A map centre and zoom, as in <c>at=43.25,76.92,6</c>.</summary>
public sealed record Viewport
{
    public Viewport(double latitude, double longitude, double zoom)
    {
        if (latitude is < -90 or > 90 || double.IsNaN(latitude))
        {
            throw new ArgumentOutOfRangeException(nameof(latitude), latitude, "Latitude must lie in [-90, 90].");
        }

        if (longitude is < -540 or > 540 || double.IsNaN(longitude))
        {
            throw new ArgumentOutOfRangeException(nameof(longitude), longitude, "Longitude must lie in [-540, 540].");
        }

        if (zoom is < 0 or > 20 || double.IsNaN(zoom))
        {
            throw new ArgumentOutOfRangeException(nameof(zoom), zoom, "Zoom must lie in [0, 20].");
        }

        Latitude = Math.Round(latitude, 4);
        Longitude = Math.Round(longitude, 4);
        Zoom = Math.Round(zoom, 1);
    }

    public double Latitude { get; }

    public double Longitude { get; }

    public double Zoom { get; }

    public static Viewport? TryParse(string? text)
    {
        var parts = (text ?? string.Empty).Split(',');
        if (parts.Length != 3
            || !double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
            || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon)
            || !double.TryParse(parts[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var zoom)
            || !double.IsFinite(lat) || !double.IsFinite(lon) || !double.IsFinite(zoom)
            || lat is < -90 or > 90 || lon is < -540 or > 540 || zoom is < 0 or > 20)
        {
            return null;
        }

        return new Viewport(lat, lon, zoom);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Latitude},{Longitude},{Zoom}");
}
