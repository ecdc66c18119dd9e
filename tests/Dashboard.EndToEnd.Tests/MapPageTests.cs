using System.Text.Json;
using Microsoft.Playwright;

namespace Dashboard.EndToEnd.Tests;

[Collection(ApiCollection.Name)]
public sealed class MapPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task Home_FreshBrowser_ShowsCountryShapesAndTheDemoArticles()
    {
        await using var context = await browser.NewContextAsync();
        var page = context.Pages.Count > 0 ? context.Pages[0] : await context.NewPageAsync();

        await page.GotoAsync("/");
        await page.WaitForSelectorAsync("[data-testid=map][data-ready=true]", new() { Timeout = 30_000 });

        var shapes = int.Parse(await DashboardPage.MapAttributeAsync(page, "countries"), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(shapes, 150, 400);
        Assert.Equal(1, await page.Locator(".leaflet-basemap-pane canvas").CountAsync());
        foreach (var title in DemoTitles())
        {
            await Assertions.Expect(page.Locator(".document-option", new() { HasText = title })).ToBeVisibleAsync();
        }

        await Assertions.Expect(page.Locator(".leaflet-control-attribution")).ToContainTextAsync("GeoNames");
        Directory.CreateDirectory(RepositoryPaths.Screenshots);
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, "main.png") });
    }

    [Fact]
    public async Task Basemap_Requested_IsGeoJsonWithCrimeaInUkraine()
    {
        await using var context = await browser.NewContextAsync();
        var response = await context.APIRequest.GetAsync("api/basemap");
        Assert.Equal(200, response.Status);
        Assert.StartsWith("application/geo+json", response.Headers["content-type"], StringComparison.Ordinal);
        using var json = JsonDocument.Parse(await response.BodyAsync());
        Assert.Equal("FeatureCollection", json.RootElement.GetProperty("type").GetString());
        Assert.Contains(json.RootElement.GetProperty("features").EnumerateArray(), f =>
            f.GetProperty("properties").GetProperty("iso2").ValueKind == JsonValueKind.String
            && f.GetProperty("properties").GetProperty("iso2").GetString() == "UA");
    }

    [Fact]
    public async Task UnknownPage_Requested_ShowsFriendlyNotFoundWithoutStackTrace()
    {
        await using var context = await browser.NewContextAsync();
        var page = context.Pages.Count > 0 ? context.Pages[0] : await context.NewPageAsync();

        var response = await page.GotoAsync("/no/such/page");

        Assert.Equal(404, response!.Status);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Page not found");
        Assert.DoesNotContain("Exception", await page.ContentAsync(), StringComparison.Ordinal);
    }

    private static List<string> DemoTitles()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "wwwroot-data", "corpus", "manifest.json")));
        return manifest.RootElement.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("title").GetString()!).ToList();
    }
}
