namespace Dashboard.Web.Api;

/// <summary>
/// How much detail an outline needs at a zoom level (Web Mercator, 256-pixel tiles): points closer than half a pixel
/// merge, and coordinates carry one decimal more than that half pixel, and no more (a world view needs hundredths of a
/// degree, a city view ten-thousandths). Fewer digits make a region's outline a third smaller to send and to parse.
/// </summary>
public static class ShapeDetail
{
    /// <summary>The deepest level simplified for: past it (about 1 km) a shaded area gains nothing.</summary>
    public const int MaxLevel = 6;

    /// <summary>The zoom clamped to a whole level between 0 and <see cref="MaxLevel"/>.</summary>
    public static int Level(double zoom) => (int)Math.Clamp(Math.Floor(zoom), 0, MaxLevel);

    /// <summary>Half a pixel at the level, in degrees of longitude.</summary>
    public static double Tolerance(int level) => 180.0 / (256 << Math.Clamp(level, 0, MaxLevel));

    /// <summary>The decimals that keep a coordinate within a tenth of the tolerance: 2 at world zoom, 3 from level 3.</summary>
    public static int Decimals(int level) => Math.Max(2, (int)Math.Ceiling(-Math.Log10(Tolerance(level))) + 1);
}
