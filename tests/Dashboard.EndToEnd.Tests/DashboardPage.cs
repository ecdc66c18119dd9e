using System.Text.Json;
using Microsoft.Playwright;

namespace Dashboard.EndToEnd.Tests;

/// <summary>Helpers that read the dashboard's state the way a test compares views: from the DOM and the API.</summary>
internal static class DashboardPage
{
    public const string Map = "[data-testid=map]";

    public static async Task<IPage> OpenAsync(IBrowserContext context, string url)
    {
        var page = context.Pages.Count > 0 ? context.Pages[0] : await context.NewPageAsync();
        await page.GotoAsync(url);
        await WaitForDataAsync(page);
        return page;
    }

    /// <summary>Waits until the map has drawn the data of the current filters and the page is interactive.</summary>
    public static async Task WaitForDataAsync(IPage page, string? previousVersion = null)
    {
        await page.WaitForSelectorAsync($"{Map}[data-ready=true][data-version][data-interactive=true]", new() { Timeout = 30_000 });
        if (previousVersion is not null)
        {
            await page.WaitForFunctionAsync(
                "v => (document.querySelector('[data-testid=map]')?.dataset ?? {}).version !== v", previousVersion, new() { Timeout = 15_000 });
        }

        await page.WaitForFunctionAsync("() => (document.querySelector('[data-testid=map]')?.dataset ?? {}).loading === 'false'", null, new() { Timeout = 15_000 });
        // The counts and the table are read after the map has drawn: wait for them too.
        await page.WaitForSelectorAsync(".dashboard[data-view-loading=false]", new() { Timeout = 15_000 });
    }

    /// <summary>
    /// Waits until the address bar's <c>at=</c> is the map's own view (<c>data-view</c>, set on every move's end): the
    /// last move has gone to the server and come back as the link, so the link can be copied or the page checked.
    /// </summary>
    public static Task WaitForLinkToFollowMapAsync(IPage page) =>
        page.WaitForFunctionAsync(
            $$"""
            () => {
              const view = document.querySelector('{{Map}}')?.dataset.view;
              const at = new URLSearchParams(location.search).get('at');
              if (!view || !at) return false;
              const [a, b] = [view.split(',').map(Number), at.split(',').map(Number)];
              return a.length === 3 && b.length === 3 && Math.abs(a[0] - b[0]) < 1e-3 && Math.abs(a[1] - b[1]) < 1e-3 && Math.abs(a[2] - b[2]) < 0.05;
            }
            """);

    /// <summary>Waits until no finite CSS animation or transition is running (a panel sliding in, a fade).</summary>
    public static Task WaitForAnimationsAsync(IPage page) =>
        page.WaitForFunctionAsync(
            "() => document.getAnimations().every(a => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity)");

    public static Task<string> MapAttributeAsync(IPage page, string name) =>
        page.EvaluateAsync<string>($"() => document.querySelector('{Map}').dataset['{name}'] ?? ''");

    public static async Task<IReadOnlyList<string>> MarkersAsync(IPage page) =>
        (await MapAttributeAsync(page, "markers")).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public static async Task<int> MatchCountAsync(IPage page)
    {
        var text = await page.Locator("[data-testid=match-count]").InnerTextAsync();
        return int.Parse(text.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Place ids by name, from the API (the map's own data source).</summary>
    public static async Task<Dictionary<string, string>> PlaceIdsAsync(IBrowserContext context, string query = "")
    {
        var response = await context.APIRequest.GetAsync("api/places" + query);
        using var json = JsonDocument.Parse(await response.BodyAsync());
        return json.RootElement.GetProperty("features").EnumerateArray()
            .Select(f => f.GetProperty("properties"))
            .Where(p => p.GetProperty("featureType").GetString() == "place")
            .GroupBy(p => p.GetProperty("name").GetString()!)
            .ToDictionary(g => g.Key, g => g.First().GetProperty("id").GetString()!);
    }

    public static async Task<List<JsonElement>> EventsAsync(IBrowserContext context, string query = "")
    {
        var response = await context.APIRequest.GetAsync("api/events" + query);
        Assert.Equal(200, response.Status);
        using var json = JsonDocument.Parse(await response.BodyAsync());
        return json.RootElement.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties").Clone()).ToList();
    }

    public static async Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(RepositoryPaths.Screenshots);
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, name + ".png") });
    }
}
