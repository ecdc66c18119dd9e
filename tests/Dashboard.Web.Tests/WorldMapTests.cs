using Bunit;
using Dashboard.Web.Components.Map;
using Dashboard.Web.Hosting;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace Dashboard.Web.Tests;

public sealed class WorldMapTests
{
    [Fact]
    public async Task Render_FirstTime_ImportsTheCollocatedModuleAndCreatesTheMap()
    {
        await using var ctx = NewContext(new DashboardOptions());
        var module = ctx.JSInterop.SetupModule("./Components/Map/WorldMap.razor.js");
        module.SetupVoid("createMap", _ => true).SetVoidResult();
        module.SetupVoid("setLayers", _ => true).SetVoidResult();
        module.SetupVoid("setData", _ => true).SetVoidResult();
        module.SetupVoid("select", _ => true).SetVoidResult();

        ctx.Render<WorldMap>(p => p.Add(m => m.FilterQuery, "?actor=atlantis").Add(m => m.Selection, "gn:1"));

        // One call creates the map with its first data and selection (each further call is a round trip on the circuit).
        var call = Assert.Single(module.Invocations, i => i.Identifier == "createMap");
        Assert.Equal("api/basemap", Option(call, "basemapUrl"));
        Assert.Equal("api/places?actor=atlantis", Option(call, "url"));
        Assert.Equal("gn:1", Option(call, "selection"));
        Assert.DoesNotContain(module.Invocations, i => i.Identifier is "setData" or "select" or "setLayers");
    }

    private static object? Option(Bunit.JSRuntimeInvocation call, string name) =>
        call.Arguments[1]!.GetType().GetProperty(name)!.GetValue(call.Arguments[1]);

    [Fact]
    public async Task Render_SameFilterTwice_FetchesOnce()
    {
        await using var ctx = NewContext(new DashboardOptions());
        var module = ctx.JSInterop.SetupModule("./Components/Map/WorldMap.razor.js");
        module.SetupVoid("createMap", _ => true).SetVoidResult();
        module.SetupVoid("setLayers", _ => true).SetVoidResult();
        module.SetupVoid("setData", _ => true).SetVoidResult();
        module.SetupVoid("select", _ => true).SetVoidResult();
        var map = ctx.Render<WorldMap>(p => p.Add(m => m.FilterQuery, "?type=deploy"));

        map.Render(p => p.Add(m => m.FilterQuery, "?type=deploy"));
        map.Render(p => p.Add(m => m.FilterQuery, "?type=protest"));

        Assert.Equal("api/places?type=deploy", Option(Assert.Single(module.Invocations, i => i.Identifier == "createMap"), "url"));
        Assert.Equal(["api/places?type=protest"], module.Invocations.Where(i => i.Identifier == "setData").Select(i => (string)i.Arguments[1]!));
    }

    [Fact]
    public async Task Render_ModuleFails_ShowsAMessageInsteadOfAnError()
    {
        await using var ctx = NewContext(new DashboardOptions());
        var module = ctx.JSInterop.SetupModule("./Components/Map/WorldMap.razor.js");
        module.SetupVoid("createMap", _ => true).SetException(new Microsoft.JSInterop.JSException("basemap request failed with HTTP 500"));

        var map = ctx.Render<WorldMap>();

        map.WaitForAssertion(() =>
            Assert.Contains("The map could not be drawn", map.Find(".map-error").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Render_Prerendered_WritesTheMapOptionsIntoThePageForTheEarlyMap()
    {
        await using var ctx = NewContext(new DashboardOptions(), interactive: false);
        var module = ctx.JSInterop.SetupModule("./Components/Map/WorldMap.razor.js");
        module.SetupVoid("createMap", _ => true).SetVoidResult();

        var map = ctx.Render<WorldMap>(p => p.Add(m => m.FilterQuery, "?type=deploy").Add(m => m.Selection, "gn:1")
            .Add(m => m.InitialExtent, new Dashboard.Store.Query.BoundingBox(10, 20, 30, 40)));

        using var boot = System.Text.Json.JsonDocument.Parse(map.Find("[data-testid=map]").GetAttribute("data-map-boot")!);
        Assert.Equal("api/places?type=deploy", boot.RootElement.GetProperty("url").GetString());
        Assert.Equal("gn:1", boot.RootElement.GetProperty("selection").GetString());
        Assert.Equal(40, boot.RootElement.GetProperty("fit").GetProperty("north").GetDouble());
        Assert.NotEqual(0, boot.RootElement.GetProperty("types").GetArrayLength());
    }

    [Fact]
    public async Task Render_Interactive_LeavesTheEarlyMapOptionsOut()
    {
        await using var ctx = NewContext(new DashboardOptions());
        var module = ctx.JSInterop.SetupModule("./Components/Map/WorldMap.razor.js");
        module.SetupVoid("createMap", _ => true).SetVoidResult();

        var map = ctx.Render<WorldMap>();

        Assert.False(map.Find("[data-testid=map]").HasAttribute("data-map-boot"));
    }

    private static BunitContext NewContext(DashboardOptions options, bool interactive = true)
    {
        var ctx = new BunitContext();
        ctx.JSInterop.Mode = JSRuntimeMode.Strict;
        ctx.Services.AddMudServices();
        ctx.Services.AddSingleton(TestEventTypes.Catalog);
        ctx.Services.AddSingleton(options);
        ctx.Renderer.SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo(interactive ? "Server" : "Static", interactive));
        return ctx;
    }
}
