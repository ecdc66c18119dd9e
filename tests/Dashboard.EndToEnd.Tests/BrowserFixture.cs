using Microsoft.Playwright;

namespace Dashboard.EndToEnd.Tests;

/// <summary>
/// One running app and one headless Debian Chromium for the whole test collection. Playwright cannot download its
/// own browsers here, so the system Chromium is driven through ExecutablePath.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly List<DirectoryInfo> _profiles = [];
    private IPlaywright? _playwright;

    public AppProcess App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: install Debian's chromium package (.ci/run does).");
        }

        App = await AppProcess.StartAsync();
        _playwright = await Playwright.CreateAsync();
    }

    /// <summary>A fresh browser context (its own profile folder): what a colleague opening a shared link has.</summary>
    public Task<IBrowserContext> NewContextAsync(int width = 1400, int height = 900) => NewContextAsync(App.BaseUrl, width, height);

    /// <summary>A fresh browser context against another running app (tests that restart their own app).</summary>
    public async Task<IBrowserContext> NewContextAsync(Uri baseUrl, int width = 1400, int height = 900)
    {
        var profile = Directory.CreateTempSubdirectory("dashboard-chromium-");
        _profiles.Add(profile);
        return await _playwright!.Chromium.LaunchPersistentContextAsync(profile.FullName, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            BaseURL = baseUrl.ToString(),
        });
    }

    public async Task DisposeAsync()
    {
        _playwright?.Dispose();
        await App.DisposeAsync();
        foreach (var profile in _profiles)
        {
            try
            {
                profile.Delete(recursive: true);
            }
            catch (IOException)
            {
                // Chromium may still hold a lock file for a moment; the OS cleans temp folders.
            }
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
