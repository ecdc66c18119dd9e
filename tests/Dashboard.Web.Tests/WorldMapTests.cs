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

        ctx.Render<WorldMap>();

        var call = Assert.Single(module.Invocations, i => i.Identifier == "createMap");
        Assert.Contains("api/basemap", call.Arguments[1]!.ToString(), StringComparison.Ordinal);
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

    private static BunitContext NewContext(DashboardOptions options)
    {
        var ctx = new BunitContext();
        ctx.JSInterop.Mode = JSRuntimeMode.Strict;
        ctx.Services.AddMudServices();
        ctx.Services.AddSingleton(options);
        return ctx;
    }
}
