using Bunit;
using Dashboard.Web.Components.Layout;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace Dashboard.Web.Tests;

public sealed class MainLayoutTests
{
    [Fact]
    public async Task Render_WithBody_HasAppBarAndBody()
    {
        await using var ctx = NewContext();

        var layout = ctx.Render<MainLayout>(p => p.Add(l => l.Body, (RenderFragment)(b => b.AddMarkupContent(0, "<p id='body'>map here</p>"))));

        Assert.Equal("News map", layout.Find("#app-title").TextContent);
        Assert.Equal("map here", layout.Find("#body").TextContent);
    }

    [Fact]
    public async Task ThemeButton_Clicked_SwitchesToDarkModeAndOffersLightMode()
    {
        await using var ctx = NewContext();
        var layout = ctx.Render<MainLayout>(p => p.Add(l => l.Body, (RenderFragment)(_ => { })));
        const string button = "button[aria-label='Switch between light and dark theme']";
        const string darkAppBar = "--mud-palette-appbar-background: rgba(27,36,48,1)";
        var lightIcon = layout.Find(button).InnerHtml;
        Assert.DoesNotContain(darkAppBar, Styles(layout), StringComparison.Ordinal);

        await layout.InvokeAsync(() => layout.Find(button).Click());

        Assert.NotEqual(lightIcon, layout.Find(button).InnerHtml);
        Assert.Contains(darkAppBar, Styles(layout), StringComparison.Ordinal);
    }

    private static string Styles(IRenderedComponent<MainLayout> layout) =>
        string.Join('\n', layout.FindAll("style").Select(s => s.TextContent));

    private static BunitContext NewContext()
    {
        var ctx = new BunitContext();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        ctx.Services.AddMudServices();
        ctx.Services.AddSingleton(TestEventTypes.Catalog);
        ctx.Services.AddSingleton(TestDocuments.Catalog(("A story", "An outlet", new DateOnly(2022, 1, 10))));
        ctx.Services.AddSingleton(new Dashboard.Web.Hosting.DashboardOptions());
        return ctx;
    }
}
