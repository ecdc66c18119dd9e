using Microsoft.Playwright;

namespace Dashboard.EndToEnd.Tests;

/// <summary>
/// One running app and one headless Debian Chromium for the whole test collection. Playwright cannot download its
/// own browsers here, so the system Chromium is driven through ExecutablePath.
/// </summary>
public class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? _playwright;

    /// <summary>
    /// Web-first assertions wait up to 15 s instead of Playwright's 5 s: on a loaded two-core CI machine (the test
    /// assemblies run side by side) a circuit can take longer than 5 s to answer a click, and a slow answer is not
    /// a wrong one. A wrong answer still fails, only later.
    /// </summary>
    static BrowserFixture() => Assertions.SetDefaultExpectTimeout(15_000);

    private IBrowser? _browser;

    public AppProcess App { get; private set; } = null!;

    /// <summary>Whether the collection shares one app (false where every test starts its own).</summary>
    protected virtual bool StartsApp => true;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: install Debian's chromium package (.ci/run does).");
        }

        if (StartsApp)
        {
            App = await AppProcess.StartAsync();
        }

        _playwright = await Playwright.CreateAsync();
    }

    /// <summary>A fresh browser context (its own cookies, storage and cache): what a colleague opening a shared link has.</summary>
    public Task<IBrowserContext> NewContextAsync(int width = 1400, int height = 900) =>
        NewContextAsync((StartsApp ? App : throw new InvalidOperationException("This collection has no shared app: start one and pass its address.")).BaseUrl, width, height);

    /// <summary>A fresh browser context against another running app (tests that restart their own app).</summary>
    public async Task<IBrowserContext> NewContextAsync(Uri baseUrl, int width = 1400, int height = 900)
    {
        // One Chromium per collection, a new context per test: a context has its own cookies, storage and cache, as a
        // fresh profile has, and costs a fraction of starting another browser.
        _browser ??= await _playwright!.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
        return await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            BaseURL = baseUrl.ToString(),
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (StartsApp)
        {
            await App.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}

/// <summary>Chromium for tests that start their own apps (ingest, restarts, feeds): no shared app.</summary>
public sealed class OwnAppsFixture : BrowserFixture
{
    protected override bool StartsApp => false;
}

/// <summary>
/// The tests that start their own apps run as a second collection, beside the shared-app one: most of an end-to-end
/// test's time is waiting for an app to start or a page to answer, so two collections overlap well on two cores.
/// </summary>
[CollectionDefinition(Name)]
public sealed class OwnAppsCollection : ICollectionFixture<OwnAppsFixture>
{
    public const string Name = "own-apps";
}

/// <summary>The feeds tests (their own apps and a local news server) as a third collection.</summary>
[CollectionDefinition(Name)]
public sealed class FeedsCollection : ICollectionFixture<OwnAppsFixture>
{
    public const string Name = "feeds";
}

/// <summary>Corrections, command-line ingest and shared mode (their own apps) as a fourth collection.</summary>
[CollectionDefinition(Name)]
public sealed class CorrectionsCollection : ICollectionFixture<OwnAppsFixture>
{
    public const string Name = "corrections";
}

/// <summary>The API and page tests, with a shared app of their own, as a fifth collection.</summary>
[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "api";
}
