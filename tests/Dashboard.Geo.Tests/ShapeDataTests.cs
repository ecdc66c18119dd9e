using Dashboard.Geo.Shapes;

namespace Dashboard.Geo.Tests;

[Collection(GeoDataCollection.Name)]
public sealed class ShapeDataTests(GeoDataFixture fixture)
{
    private readonly GeoData _data = fixture.Data;

    [Fact]
    public void Between_RussiaAndUkraine_IsALineOfPlausibleLength()
    {
        var border = _data.Borders.Between("UA", "RU");
        Assert.NotNull(border);
        var length = GeodesicLength.Kilometres(border.Line);
        Assert.InRange(length, 1300, 2100);
        Assert.Equal(border.LengthKm, length, 0);
    }

    [Fact]
    public void Between_RussiaAndUkraine_DoesNotRunAlongCrimea()
    {
        var border = _data.Borders.Between("RU", "UA")!;
        Assert.DoesNotContain(border.Line.Coordinates, c => c.Y < 46.2 && c.X is > 32.4 and < 36.7);
    }

    [Theory]
    [InlineData(34.10, 44.95, "UA")] // Simferopol: Crimea follows internationally recognised borders
    [InlineData(76.92, 43.25, "KZ")]
    [InlineData(37.62, 55.75, "RU")]
    [InlineData(2.35, 48.86, "FR")]
    public void CountryAt_KnownCity_IsInsideItsCountry(double lon, double lat, string iso2) =>
        Assert.Equal(iso2, _data.Countries.CountryAt(lon, lat));

    [Fact]
    public void Between_NonNeighbours_IsNull() => Assert.Null(_data.Borders.Between("FR", "JP"));

    [Fact]
    public void Countries_Count_MostOfTheWorld() => Assert.InRange(_data.Countries.Count, 200, 260);
}
