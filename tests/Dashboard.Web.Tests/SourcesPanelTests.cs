using Bunit;
using Dashboard.Core.Events;
using Dashboard.Core.Text;
using Dashboard.Store.Query;
using Dashboard.Web.Components.Sources;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace Dashboard.Web.Tests;

public sealed class SourcesPanelTests
{
    [Fact]
    public async Task Render_EventPlacedFromContext_IsMarkedAndAStatedPlaceIsNot()
    {
        await using var ctx = new BunitContext();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        ctx.Services.AddMudServices();
        ctx.Services.AddSingleton(TestEventTypes.Catalog);
        var lyon = new PlaceRef("gn:2996944", "Lyon", Core.Geography.PlaceKind.City, Core.Geography.GeoPrecision.City, new Core.Geography.GeoPoint(45.75, 4.85), "FR", Core.Places.GeometryKind.Point);
        EventRecord Event(string id, PlaceBasis basis) => new(id, "a", "statement", EventStatus.Happened, [], [], lyon, null, null, [],
            [new EvidenceRecord("a", "p1", new TextSpan(0, 4), "Text")]) { PlaceBasis = basis };
        var sources = new SourcesView("gn:2996944", "Lyon", "city", [Event("a.e1", PlaceBasis.Stated), Event("a.e2", PlaceBasis.Context)], []);

        var panel = ctx.Render<SourcesPanel>(p => p.Add(s => s.Sources, sources));

        var note = Assert.Single(panel.FindAll(".place-basis-note"));
        Assert.Equal("context", note.GetAttribute("data-place-basis"));
        Assert.Equal("a.e2", note.Closest("[data-event-id]")?.GetAttribute("data-event-id"));
    }
}
