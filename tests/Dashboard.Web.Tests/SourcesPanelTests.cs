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

    [Fact]
    public async Task Render_DoubtfulEvent_MarkedWithItsConfidenceAndASureOneIsNot()
    {
        await using var ctx = TestEventTypes.Context();
        var sources = new SourcesView("gn:2996944", "Lyon", "city",
            [TestEvents.AtLyon("a.e1", PlaceBasis.Stated) with { Confidence = 0.9 }, TestEvents.AtLyon("a.e2", PlaceBasis.Stated) with { Confidence = 0.4 }], []);

        var panel = ctx.Render<SourcesPanel>(p => p.Add(s => s.Sources, sources).Add(s => s.DoubtfulBelow, 0.55));

        var chip = Assert.Single(panel.FindAll(".doubtful-chip"));
        Assert.Equal("doubtful (40%)", chip.TextContent);
        Assert.Equal("a.e2", chip.Closest("[data-event-id]")?.GetAttribute("data-event-id"));
    }

    [Fact]
    public async Task Render_NoModelThreshold_NothingMarkedDoubtful()
    {
        await using var ctx = TestEventTypes.Context();
        var sources = new SourcesView("gn:2996944", "Lyon", "city", [TestEvents.AtLyon("a.e1", PlaceBasis.Stated) with { Confidence = 0.1 }], []);

        var panel = ctx.Render<SourcesPanel>(p => p.Add(s => s.Sources, sources));

        Assert.Empty(panel.FindAll(".doubtful-chip"));
    }
}
