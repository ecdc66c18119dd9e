using Dashboard.Web.Api;

namespace Dashboard.Web.Tests;

public sealed class ShapeDetailTests
{
    [Theory]
    [InlineData(0, 2)]
    [InlineData(2, 2)]
    [InlineData(3, 3)]
    [InlineData(6, 3)]
    public void Decimals_Level_EnoughForHalfAPixel(int level, int expected) => Assert.Equal(expected, ShapeDetail.Decimals(level));

    [Theory]
    [InlineData(0, 2)]
    [InlineData(6, 3)]
    public void Decimals_RoundingError_WithinATenthOfTheTolerance(int level, int decimals)
    {
        Assert.Equal(decimals, ShapeDetail.Decimals(level));
        Assert.True(0.5 * Math.Pow(10, -decimals) <= ShapeDetail.Tolerance(level) / 10);
    }

    [Theory]
    [InlineData(-3, 0)]
    [InlineData(2.7, 2)]
    [InlineData(15, ShapeDetail.MaxLevel)]
    public void Level_Zoom_ClampedToWholeLevels(double zoom, int expected) => Assert.Equal(expected, ShapeDetail.Level(zoom));

    [Fact]
    public void Tolerance_WorldLevel_IsHalfAPixelOf256() => Assert.Equal(180.0 / 256, ShapeDetail.Tolerance(0), 10);
}
