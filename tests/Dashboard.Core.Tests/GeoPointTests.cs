using Dashboard.Core.Geography;

namespace Dashboard.Core.Tests;

public sealed class GeoPointTests
{
    [Theory]
    [InlineData(91, 0)]
    [InlineData(-90.5, 0)]
    [InlineData(0, 180.01)]
    [InlineData(double.NaN, 0)]
    public void Constructor_OutOfRange_Throws(double lat, double lon) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new GeoPoint(lat, lon));

    [Fact]
    public void DistanceKm_SamePoint_Zero() =>
        Assert.Equal(0, new GeoPoint(10, 20).DistanceKm(new GeoPoint(10, 20)), 6);

    [Fact]
    public void DistanceKm_OneDegreeOfLatitude_About111Km() =>
        Assert.InRange(new GeoPoint(0, 0).DistanceKm(new GeoPoint(1, 0)), 111.1, 111.3);

    [Fact]
    public void DistanceKm_ParisToLondon_About344Km() =>
        Assert.InRange(new GeoPoint(48.8566, 2.3522).DistanceKm(new GeoPoint(51.5074, -0.1278)), 340, 348);

    [Fact]
    public void ToString_Always_InvariantCulture() =>
        Assert.Equal("43.25, 76.92", new GeoPoint(43.25, 76.92).ToString());
}
