using System.Text.Json;
using Dashboard.Tests.Web;
using Microsoft.Playwright;

namespace Dashboard.EndToEnd.Tests;

/// <summary>Following the news in the browser: articles by address, a followed feed, the documents API, and shared mode's limits.</summary>
[Collection(FeedsCollection.Name)]
public sealed class FeedsTests(OwnAppsFixture browser) : IDisposable
{
    private readonly LocalServer _server = new();

    public void Dispose() => _server.Dispose();

    private static Dictionary<string, string> OwnData() =>
        new() { ["Dashboard__DataDirectory"] = Directory.CreateTempSubdirectory("dashboard-e2e-feeds-").FullName, ["Dashboard__Fetch__PollCheckSeconds"] = "1" };

    private static string Article(string city, string day) => $"""
        <html><head><meta property="og:site_name" content="Example Wire"><meta property="article:published_time" content="{day}T09:00:00Z"></head>
        <body><nav><a href="/paris">Paris</a> | <a href="/london">London</a> | <a href="/tokyo">Tokyo</a></nav>
        <div class="cookie-banner">We use cookies in Madrid and Lisbon offices. Accept?</div><article><h1>Protest in {city}</h1>
        {string.Concat(Enumerable.Repeat($"<p>About 500 people marched through {city} on Tuesday against the new fuel tax, and police detained 12 protesters near the town hall, the organisers said.</p>", 4))}
        </article><aside class="related"><h3>Related</h3><a href="/x">Markets rally in Sydney</a></aside>
        <section class="comments"><p>Reader from Chicago: great piece!</p></section></body></html>
        """;

    [Fact]
    public async Task IngestPage_ArticleAddress_FetchedCleanedAndOnTheMap()
    {
        _server.Text("/world/bergen", Article("Bergen", "2023-03-07"));
        await using var app = await AppProcess.StartAsync(OwnData());
        await using var context = await browser.NewContextAsync(app.BaseUrl);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/ingest");
        await page.WaitForSelectorAsync(".ingest-page[data-interactive=true]", new() { Timeout = 30_000 });

        await page.Locator("#ingest-urls").FillAsync("not an address");
        await page.Locator("[data-testid=add-urls]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=ingest-message]")).ToContainTextAsync("Not http or https addresses");
        await Assertions.Expect(page.Locator("#ingest-urls")).ToHaveValueAsync("not an address"); // nothing lost
        await page.Locator("#ingest-urls").FillAsync(_server.Url("/world/bergen") + "\n" + _server.Url("/world/missing"));
        await page.Locator("[data-testid=add-urls]").ClickAsync();

        await Assertions.Expect(page.Locator("[data-testid=ingest-result][data-outcome=added]")).ToHaveCountAsync(1, new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator("[data-testid=ingest-result][data-outcome=refused]")).ToContainTextAsync("answered 404", new() { Timeout = 30_000 });
        using var documents = JsonDocument.Parse(await (await context.APIRequest.GetAsync("api/documents?limit=5")).BodyAsync());
        var bergen = documents.RootElement.EnumerateArray().Single(d => d.GetProperty("title").GetString() == "Protest in Bergen");
        Assert.Equal(("Example Wire", "2023-03-07", "metaTag"), (bergen.GetProperty("outlet").GetString(), bergen.GetProperty("published").GetString(), bergen.GetProperty("publishedFrom").GetString()));
        using var places = JsonDocument.Parse(await (await context.APIRequest.GetAsync($"api/places?doc={bergen.GetProperty("id").GetString()}")).BodyAsync());
        Assert.Contains(places.RootElement.GetProperty("features").EnumerateArray(), f => f.GetProperty("properties").TryGetProperty("name", out var n) && n.GetString() == "Bergen");
    }

    [Fact]
    public async Task FeedsPage_FollowAFeed_ItemsLandAndTheFeedShowsItsState()
    {
        _server.Text("/feed.xml", $"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Example Wire: Europe</title><item><title>Bergen</title><link>{_server.Url("/world/bergen")}</link></item><item><title>Tromso</title><link>{_server.Url("/world/tromso")}</link></item></channel></rss>", "application/rss+xml")
            .Text("/world/bergen", Article("Bergen", "2023-03-07")).Text("/world/tromso", Article("Tromsø", "2023-03-08"));
        await using var app = await AppProcess.StartAsync(OwnData());
        await using var context = await browser.NewContextAsync(app.BaseUrl);
        var map = await DashboardPage.OpenAsync(context, "/");
        var documentsBefore = await map.Locator(".document-option").CountAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/feeds");
        await page.WaitForSelectorAsync(".feeds-page[data-interactive=true]", new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator("[data-testid=no-feeds]")).ToBeVisibleAsync();

        await page.Locator("#feed-url").FillAsync(_server.Url("/feed.xml").ToString());
        await page.Locator("[data-testid=add-feed]").ClickAsync();

        await Assertions.Expect(page.Locator("[data-testid=feed-item].ingest-ok")).ToHaveCountAsync(2, new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator("[data-testid=items-taken]")).ToHaveTextAsync("2", new() { Timeout = 10_000 });
        await Assertions.Expect(page.Locator("[data-testid=feeds-table]")).ToContainTextAsync("Example Wire: Europe");
        // The open map learns of the new articles without a reload.
        await Assertions.Expect(map.Locator(".document-option")).ToHaveCountAsync(documentsBefore + 2, new() { Timeout = 15_000 });
        // Only the articles' own places are on the map (none from the menu, the cookie banner, related links or comments),
        // and the Sources panel leads to each article's address.
        using var documents = JsonDocument.Parse(await (await context.APIRequest.GetAsync("api/documents?limit=10")).BodyAsync());
        var bergen = documents.RootElement.EnumerateArray().Single(d => d.GetProperty("title").GetString() == "Protest in Bergen");
        using var places = JsonDocument.Parse(await (await context.APIRequest.GetAsync($"api/places?doc={bergen.GetProperty("id").GetString()}&layers=mentions")).BodyAsync());
        var names = places.RootElement.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties"))
            .Where(p => p.TryGetProperty("name", out _)).ToDictionary(p => p.GetProperty("name").GetString()!, p => p.GetProperty("id").GetString()!);
        Assert.Contains("Bergen", names.Keys);
        Assert.Empty(names.Keys.Intersect(["Paris", "London", "Tokyo", "Madrid", "Lisbon", "Sydney", "Chicago"]));
        await map.GotoAsync($"/?doc={bergen.GetProperty("id").GetString()}&sel={names["Bergen"]}");
        await Assertions.Expect(map.Locator("[data-testid=sources-panel] .source-url").First).ToHaveAttributeAsync("href", _server.Url("/world/bergen").ToString(), new() { Timeout = 15_000 });

        await page.Locator("[data-testid=pause]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=next-poll]")).ToHaveTextAsync("paused");
        await page.Locator("[data-testid=remove-feed]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=feeds-message]")).ToContainTextAsync("the 2 articles it brought stay");
        await Assertions.Expect(page.Locator("[data-testid=no-feeds]")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task SharedMode_ViewerSeesNoFeedControls_ForgedSignInIs400_PrivateAddressesRefused()
    {
        var environment = OwnData();
        environment["Dashboard__Mode"] = "shared";
        environment["Dashboard__Editors__0__User"] = "editor";
        environment["Dashboard__Editors__0__PasswordHash"] = Dashboard.Core.Security.PasswordHash.Create("correct horse");
        _server.Text("/world/bergen", Article("Bergen", "2023-03-07"));
        await using var app = await AppProcess.StartAsync(environment);
        await using var context = await browser.NewContextAsync(app.BaseUrl);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/feeds");
        await Assertions.Expect(page.Locator("[data-testid=feeds-signin]")).ToBeVisibleAsync();
        Assert.Equal(0, await page.Locator("[data-testid=add-feed]").CountAsync());
        var forged = await context.APIRequest.PostAsync("account/login", new() { Form = context.APIRequest.CreateFormData().Set("user", "editor").Set("password", "correct horse") });
        Assert.Equal(400, forged.Status);
        Assert.DoesNotContain("Exception", app.Log, StringComparison.Ordinal);

        await page.GotoAsync("/login");
        await page.Locator("#login-user").FillAsync("editor");
        await page.Locator("#login-password").FillAsync("correct horse");
        await page.Locator(".login-submit").ClickAsync();
        await page.GotoAsync("/ingest");
        await page.WaitForSelectorAsync(".ingest-page[data-interactive=true]", new() { Timeout = 30_000 });
        await page.Locator("#ingest-urls").FillAsync(_server.Url("/world/bergen").ToString());
        await page.Locator("[data-testid=add-urls]").ClickAsync();

        await Assertions.Expect(page.Locator("[data-testid=ingest-result][data-outcome=refused]")).ToContainTextAsync("refused", new() { Timeout = 30_000 });
        Assert.Empty(_server.Requests);
    }
}
