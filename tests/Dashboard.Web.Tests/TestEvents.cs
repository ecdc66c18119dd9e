using Dashboard.Core.Events;
using Dashboard.Core.Text;
using Dashboard.Store.Query;

namespace Dashboard.Web.Tests;

/// <summary>Events as the store gives them, for the components' tests.</summary>
internal static class TestEvents
{
    public static PlaceRef Lyon { get; } = new("gn:2996944", "Lyon", Core.Geography.PlaceKind.City, Core.Geography.GeoPrecision.City,
        new Core.Geography.GeoPoint(45.75, 4.85), "FR", Core.Places.GeometryKind.Point);

    /// <summary>A statement at Lyon whose place has the given basis.</summary>
    public static EventRecord AtLyon(string id, PlaceBasis basis) => new(id, "a", "statement", EventStatus.Happened, [], [], Lyon, null, null, [],
        [new EvidenceRecord("a", "p1", new TextSpan(0, 4), "Text")]) { PlaceBasis = basis };
}
