using Bunit;
using Dashboard.Core.Events;
using Dashboard.Store.Query;
using Dashboard.Web.Components.Sources;

namespace Dashboard.Web.Tests;

public sealed class SourcesPanelTests
{
    [Fact]
    public async Task Render_EventPlacedFromContext_IsMarkedAndAStatedPlaceIsNot()
    {
        await using var ctx = TestEventTypes.Context();
        var sources = new SourcesView("gn:2996944", "Lyon", "city", [TestEvents.AtLyon("a.e1", PlaceBasis.Stated), TestEvents.AtLyon("a.e2", PlaceBasis.Context)], []);

        var panel = ctx.Render<SourcesPanel>(p => p.Add(s => s.Sources, sources));

        var note = Assert.Single(panel.FindAll(".place-basis-note"));
        Assert.Equal("context", note.GetAttribute("data-place-basis"));
        Assert.Equal("a.e2", note.Closest("[data-event-id]")?.GetAttribute("data-event-id"));
    }
}
