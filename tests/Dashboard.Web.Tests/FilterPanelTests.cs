using Bunit;
using Dashboard.Store.Query;
using Dashboard.Web.Components.Filters;
using Dashboard.Web.State;

namespace Dashboard.Web.Tests;

public sealed class FilterPanelTests
{
    private static readonly Facets NoFacets = new([], [], [], 0, 0, 0);

    [Fact]
    public async Task HideDoubtful_Checked_AsksForTheModelsThreshold()
    {
        await using var ctx = TestEventTypes.Context();
        ViewState? changed = null;
        var panel = ctx.Render<FilterPanel>(p => p.Add(f => f.State, ViewState.Default).Add(f => f.Facets, NoFacets).Add(f => f.Documents, [])
            .Add(f => f.DoubtfulBelow, 0.55).Add(f => f.OnChange, s => changed = s));

        panel.Find("[data-testid=hide-doubtful]").Change(true);

        Assert.Equal(0.55, changed?.MinConfidence);
    }

    [Fact]
    public async Task HideDoubtful_CheckedAgain_ClearsTheFilter()
    {
        await using var ctx = TestEventTypes.Context();
        ViewState? changed = null;
        var panel = ctx.Render<FilterPanel>(p => p.Add(f => f.State, ViewState.Default with { MinConfidence = 0.55 }).Add(f => f.Facets, NoFacets)
            .Add(f => f.Documents, []).Add(f => f.DoubtfulBelow, 0.55).Add(f => f.OnChange, s => changed = s));

        panel.Find("[data-testid=hide-doubtful]").Change(false);

        Assert.NotNull(changed);
        Assert.Null(changed.MinConfidence);
    }

    [Fact]
    public async Task Render_LinksOwnThreshold_SaysWhichThresholdHides()
    {
        await using var ctx = TestEventTypes.Context();
        var panel = ctx.Render<FilterPanel>(p => p.Add(f => f.State, ViewState.Default with { MinConfidence = 0.7 }).Add(f => f.Facets, NoFacets)
            .Add(f => f.Documents, []).Add(f => f.DoubtfulBelow, 0.55));

        var note = panel.Find("[data-testid=doubtful-note]").TextContent;

        Assert.Contains("below 0.70 are hidden (the link's threshold; the model's is 0.55)", note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_NoModel_NoConfidenceControl()
    {
        await using var ctx = TestEventTypes.Context();
        var panel = ctx.Render<FilterPanel>(p => p.Add(f => f.State, ViewState.Default).Add(f => f.Facets, NoFacets).Add(f => f.Documents, []));

        Assert.Empty(panel.FindAll("[data-testid=hide-doubtful]"));
    }
}
