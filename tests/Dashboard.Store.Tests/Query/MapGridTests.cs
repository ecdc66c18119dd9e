using Dashboard.Core.Geography;
using Dashboard.Core.Places;
using Dashboard.Store.Query;

namespace Dashboard.Store.Tests.Query;

public sealed class MapGridTests
{
    private static MapPlace Point(string id, double lat, double lon, int events = 1) =>
        new(new PlaceRef(id, id, PlaceKind.City, GeoPrecision.City, new GeoPoint(lat, lon), null, GeometryKind.Point), 1, 1,
            events == 0 ? [] : [new FacetCount<string>("deploy", events)]);

    [Fact]
    public void Arrange_FewPoints_EverySingle()
    {
        var view = MapGrid.Arrange([Point("a", 1, 1), Point("b", 1.1, 1.1)], [], new MapRequest(null, 2, maxPoints: 10));

        Assert.Equal(["a", "b"], view.Places.Select(p => p.Place.Id));
        Assert.Empty(view.Cells);
    }

    [Fact]
    public void Arrange_MorePointsThanTheLimit_NeighboursShareACellWithSummedCounts()
    {
        var view = MapGrid.Arrange([Point("a", 1, 1, 2), Point("b", 1.1, 1.1, 3), Point("c", -40, 100)], [], new MapRequest(null, 2, maxPoints: 2));

        var cell = Assert.Single(view.Cells);
        Assert.Equal(2, cell.PlaceCount);
        Assert.Equal(5, cell.EventCount);
        Assert.Equal(["c"], view.Places.Select(p => p.Place.Id));
    }

    [Fact]
    public void Arrange_ThousandsOfPoints_NeverMoreFeaturesThanTheLimit()
    {
        var points = Enumerable.Range(0, 5000).Select(i => Point($"p{i}", (i % 170) - 85, ((i * 7) % 359) - 179.5)).ToList();

        var view = MapGrid.Arrange(points, [], new MapRequest(null, 3, maxPoints: 300));

        Assert.InRange(view.Places.Count + view.Cells.Count, 1, 300);
        Assert.Equal(5000, view.Places.Count + view.Cells.Sum(c => c.PlaceCount));
    }

    [Fact]
    public void Arrange_TooManyAreas_BusiestKeptAndTruncatedSaid()
    {
        var areas = Enumerable.Range(0, 5).Select(i => new MapPlace(
            new PlaceRef($"c{i}", $"c{i}", PlaceKind.Country, GeoPrecision.Country, null, null, GeometryKind.Polygon), 1, 1, [new FacetCount<string>("deploy", i + 1)])).ToList();

        var view = MapGrid.Arrange(areas, [], new MapRequest(null, 2, maxAreas: 2));

        Assert.Equal(["c3", "c4"], view.Places.Select(p => p.Place.Id));
        Assert.True(view.Truncated);
    }
}
