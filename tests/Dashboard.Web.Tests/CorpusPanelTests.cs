using Bunit;
using Dashboard.Web.Components.Corpus;
using Dashboard.Web.Hosting;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace Dashboard.Web.Tests;

public sealed class CorpusPanelTests
{
    [Fact]
    public async Task Render_TwoDocuments_ListsThemNewestFirstWithOutletAndDate()
    {
        await using var ctx = NewContext(TestDocuments.Catalog(
            ("Older story", "Outlet A", new DateOnly(2022, 1, 10)),
            ("Newer story", "Outlet B", new DateOnly(2022, 1, 11))));

        var panel = ctx.Render<CorpusPanel>();

        var items = panel.FindAll(".document-item");
        Assert.Equal(2, items.Count);
        Assert.Contains("Newer story", items[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Outlet B · 11 Jan 2022", items[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Older story", items[1].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_NoDocumentsAndAProblem_ShowsEmptyStateAndTheProblem()
    {
        await using var ctx = NewContext(new CorpusCatalog([], ["'x.txt' is listed in the manifest but missing."]));

        var panel = ctx.Render<CorpusPanel>();

        Assert.Contains("No articles are loaded yet.", panel.Find(".empty-state").TextContent, StringComparison.Ordinal);
        Assert.Contains("x.txt", panel.Find(".mud-alert").TextContent, StringComparison.Ordinal);
    }

    private static BunitContext NewContext(CorpusCatalog catalog)
    {
        var ctx = new BunitContext();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        ctx.Services.AddMudServices();
        ctx.Services.AddSingleton(catalog);
        return ctx;
    }
}
