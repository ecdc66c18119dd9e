using Dashboard.Store.Query;

namespace Dashboard.Store.Tests.Query;

public sealed class SelectionTests
{
    [Theory]
    [InlineData("route:gn:524901>gn:1526384>deploy", "gn:524901 gn:1526384 deploy")]
    [InlineData("route:country:RU>admin1:KZ.02>transport", "country:RU admin1:KZ.02 transport")]
    [InlineData("route:gn:1>gn:2", null)]
    [InlineData("route:gn:1>>deploy", null)]
    [InlineData("route:gn:1>gn:2>deploy>x", null)]
    [InlineData("event:abc.e1", null)]
    [InlineData("gn:1526384", null)]
    public void Route_Selection_OriginPlaceAndTypeOrNull(string selection, string? expected)
    {
        var route = Selection.Route(selection);

        Assert.Equal(expected, route is { } r ? $"{r.Origin} {r.Place} {r.Type}" : null);
    }

    [Fact]
    public void OfRoute_ReadBack_SameRoute() =>
        Assert.Equal(("gn:1", "gn:2", "deploy"), Selection.Route(Selection.OfRoute("gn:1", "gn:2", "deploy")));

    [Fact]
    public void EventId_RouteSelection_Null() => Assert.Null(Selection.EventId(Selection.OfRoute("gn:1", "gn:2", "deploy")));
}
