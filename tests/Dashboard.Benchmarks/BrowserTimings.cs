using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;

namespace Dashboard.Benchmarks;

/// <summary>
/// Times the dashboard as a person sees it, in Debian's Chromium, against an app that is already running:
/// the first map drawn in a fresh browser, and filter → updated map for the busiest actors.
/// <code>dotnet run -c Release --project tests/Dashboard.Benchmarks -- browser --url http://127.0.0.1:5080/</code>
/// </summary>
public static class BrowserTimings
{
    private const string Map = "[data-testid=map]";

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var i = Array.IndexOf(args, "--url");
        if (i < 0 || i + 1 >= args.Length || !Uri.TryCreate(args[i + 1], UriKind.Absolute, out var url))
        {
            output.WriteLine("browser: --url URL of a running dashboard is required.");
            return 2;
        }

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true });
        var first = new List<double>();
        var painted = new List<double>();
        var basemap = new List<double>();
        for (var run = 0; run < 5; run++)
        {
            await using var fresh = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1400, Height = 900 } });
            var page = await fresh.NewPageAsync();
            page.Console += (_, message) => { if (message.Type is "error" or "warning") output.WriteLine($"  browser {message.Type}: {message.Text} ({message.Location})"); };
            page.PageError += (_, error) => output.WriteLine($"  page error: {error}");
            page.Response += (_, response) => { if (response.Status >= 400) output.WriteLine($"  HTTP {response.Status}: {response.Url}"); };
            // The main thread's long tasks (over 50 ms), to see what the first markers wait for.
            await page.AddInitScriptAsync("window.longTasks = []; new PerformanceObserver(l => { for (const e of l.getEntries()) window.longTasks.push(`${Math.round(e.startTime)}+${Math.round(e.duration)}`); }).observe({ type: 'longtask', buffered: true });");
            var clock = Stopwatch.StartNew();
            await page.GotoAsync(url.ToString());
            // Markers (or cells) drawn for the first data; the country outlines are drawn after them.
            await page.WaitForFunctionAsync($"() => {{ const m = document.querySelector('{Map}'); return m && m.dataset.version && m.dataset.loading === 'false' && ((m.dataset.markers || '').length > 0 || (m.dataset.cells || '').length > 0); }}", null, new() { Timeout = 60_000, PollingInterval = 20 });
            first.Add(clock.Elapsed.TotalMilliseconds);
            painted.Add(double.Parse(await page.EvaluateAsync<string>($"() => new Promise(r => {{ const f = () => {{ const v = document.querySelector('{Map}').dataset.firstPaintedAt; if (v) r(v); else setTimeout(f, 20); }}; f(); }})"), CultureInfo.InvariantCulture));
            await DrawnAsync(page, null);
            basemap.Add(clock.Elapsed.TotalMilliseconds);
            if (run is 0 or 4)
            {
                // Where the time goes: the prerendered page, the scripts, the circuit, the map's fetch (the first load
                // meets a cold app; the last one a warm app, as an analyst opening a link usually does).
                var phases = await page.EvaluateAsync<string>(PhasesScript);
                output.WriteLine($"  load {run + 1} ({clock.Elapsed.TotalMilliseconds:0} ms), ms since navigation: {phases}");
            }
        }

        output.WriteLine($"first map in a fresh browser, navigation to the first markers on screen (the page's own clock, the frame after they were drawn): median {Median(painted):0} ms, max {painted.Max():0} ms over {painted.Count} loads");
        output.WriteLine($"first map as the test driver sees it (navigation to markers found by polling the page, which waits while the circuit starts): median {Median(first):0} ms, max {first.Max():0} ms; with the country outlines: median {Median(basemap):0} ms");

        await using var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1400, Height = 900 } });
        var dashboard = await context.NewPageAsync();
        await dashboard.GotoAsync(url.ToString());
        await DrawnAsync(dashboard, null);
        var actors = await dashboard.Locator("label[data-actor]").EvaluateAllAsync<string[]>("labels => labels.slice(0, 2).map(l => l.dataset.actor)");
        var timings = new List<double>();
        var fetchAndDraw = new List<double>();
        var inPage = new List<double>();
        var fetches = new List<double>();
        var draws = new List<double>();
        for (var change = 0; change < 8; change++)
        {
            var actor = actors[change % actors.Length];
            var version = await dashboard.Locator(Map).GetAttributeAsync("data-version");
            // The click as the page received it (after the driver's actionability checks) to the new markers drawn.
            await dashboard.EvaluateAsync("() => { window.clickedAt = null; document.addEventListener('click', e => { window.clickedAt = e.timeStamp; }, { capture: true, once: true }); }");
            var started = await dashboard.EvaluateAsync<double>("() => performance.now()");
            await dashboard.Locator($"label[data-actor='{actor}'] input").ClickAsync();
            await DrawnAsync(dashboard, version);
            timings.Add(await dashboard.EvaluateAsync<double>("() => performance.now()") - started);
            inPage.Add(await dashboard.EvaluateAsync<double>($"() => parseFloat(document.querySelector('{Map}').dataset.drawnAt) - window.clickedAt"));
            fetchAndDraw.Add(double.Parse(await dashboard.Locator(Map).GetAttributeAsync("data-render-ms") ?? "0", CultureInfo.InvariantCulture));
            fetches.Add(double.Parse(await dashboard.Locator(Map).GetAttributeAsync("data-fetch-ms") ?? "0", CultureInfo.InvariantCulture));
            draws.Add(double.Parse(await dashboard.Locator(Map).GetAttributeAsync("data-draw-ms") ?? "0", CultureInfo.InvariantCulture));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"filter → updated map in the page (the click event to the new markers drawn, the page's own clock): median {Median(inPage):0} ms, max {inPage.Max():0} ms"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"filter → updated map as the driver sees it (click command, with its actionability checks, to drawn found by polling; actors {string.Join(", ", actors)}): median {Median(timings):0} ms, max {timings.Max():0} ms over {timings.Count} changes; of which the map's fetch and drawing: median {Median(fetchAndDraw):0} ms (the response's first byte {Median(fetches):0} ms, drawing {Median(draws):0} ms)"));
        return 0;
    }

    private const string PhasesScript = """
        () => {
          const nav = performance.getEntriesByType('navigation')[0];
          const res = performance.getEntriesByType('resource');
          const at = (pred, key) => { const r = res.find(pred); return r ? Math.round(r[key]) : -1; };
          return [
            `html request ${Math.round(nav.requestStart)} first byte ${Math.round(nav.responseStart)} end ${Math.round(nav.responseEnd)}`,
            `domContentLoaded ${Math.round(nav.domContentLoadedEventEnd)}`,
            `blazor.web.js ${at(r => r.name.includes('blazor.web'), 'responseEnd')}`,
            `circuit (negotiate) ${at(r => r.name.includes('negotiate'), 'startTime')}`,
            `map module ${at(r => r.name.includes('WorldMap.razor.js'), 'startTime')}`,
            `places fetch ${at(r => r.name.includes('/api/places'), 'startTime')}–${at(r => r.name.includes('/api/places'), 'responseEnd')}`,
            `first markers painted ${document.querySelector('[data-testid=map]').dataset.firstPaintedAt}, map interactive ${document.querySelector('[data-testid=map]').dataset.interactiveAt}`,
            `long tasks ${(window.longTasks ?? []).join(' ')}`,
            `now ${Math.round(performance.now())} (last fetch ${document.querySelector('[data-testid=map]').dataset.fetchMs} ms, drawing ${document.querySelector('[data-testid=map]').dataset.drawMs} ms)`,
          ].join(', ') + '\n' + res.map(r => `    ${r.name.replace(location.origin, '')} ${Math.round(r.startTime)}–${Math.round(r.responseEnd)} ${r.transferSize}`).join('\n');
        }
        """;

    private static async Task DrawnAsync(IPage page, string? previousVersion)
    {
        await page.WaitForSelectorAsync($"{Map}[data-ready=true][data-version][data-interactive=true]", new() { Timeout = 60_000 });
        if (previousVersion is not null)
        {
            await page.WaitForFunctionAsync($"v => document.querySelector('{Map}').dataset.version !== v", previousVersion, new() { Timeout = 30_000 });
        }

        await page.WaitForFunctionAsync($"() => document.querySelector('{Map}').dataset.loading === 'false'", null, new() { Timeout = 30_000 });
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
