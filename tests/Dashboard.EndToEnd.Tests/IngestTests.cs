using System.Text;
using System.Text.Json;
using Dashboard.Store.Sqlite;
using Microsoft.Playwright;

namespace Dashboard.EndToEnd.Tests;

/// <summary>Bring your own articles: upload, restart, duplicates, corrections, bad input, a killed ingest.</summary>
[Collection(OwnAppsCollection.Name)]
public sealed class IngestTests(OwnAppsFixture browser)
{
    internal const string Story =
        "Talks in Reykjavik\n\nNegotiators from Chile and Norway met in Reykjavik on 3 March 2023 to discuss fishing rights.\n\n" +
        "About 300 people marched in Reykjavik during the talks, the organisers said.\n";

    internal static Dictionary<string, string> DataFolder(out string folder)
    {
        folder = Directory.CreateTempSubdirectory("dashboard-e2e-own-").FullName;
        return new Dictionary<string, string> { ["Dashboard__DataDirectory"] = folder };
    }

    internal static async Task<Dictionary<string, JsonElement>> PlacesByNameAsync(IBrowserContext context)
    {
        using var json = JsonDocument.Parse(await (await context.APIRequest.GetAsync("api/places")).BodyAsync());
        return json.RootElement.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties").Clone())
            .Where(p => p.GetProperty("featureType").GetString() == "place")
            .GroupBy(p => p.GetProperty("name").GetString()!).ToDictionary(g => g.Key, g => g.First());
    }

    internal static async Task OpenIngestAsync(IPage page)
    {
        await page.GotoAsync("/ingest");
        await page.WaitForSelectorAsync(".ingest-page[data-interactive=true]", new() { Timeout = 30_000 });
    }

    internal static async Task UploadAsync(IPage page, string name, byte[] content, string outcome)
    {
        var before = await page.Locator($"[data-testid=ingest-result][data-outcome={outcome}]").CountAsync();
        await page.Locator("#ingest-files").SetInputFilesAsync(new FilePayload { Name = name, MimeType = "text/plain", Buffer = content });
        await Assertions.Expect(page.Locator($"[data-testid=ingest-result][data-outcome={outcome}]")).ToHaveCountAsync(before + 1, new() { Timeout = 30_000 });
    }

    [Fact]
    public async Task Upload_InTheBrowser_PlacesAppearWithSourcesSurviveARestartAndAreNotDuplicated()
    {
        var environment = DataFolder(out _);
        string reykjavik;
        await using (var app = await AppProcess.StartAsync(environment))
        {
            await using var context = await browser.NewContextAsync(app.BaseUrl);
            var map = await DashboardPage.OpenAsync(context, "/");
            var documentsBefore = await map.Locator(".document-option").CountAsync();
            var page = await context.NewPageAsync();
            await OpenIngestAsync(page);

            await UploadAsync(page, "reykjavik.txt", Encoding.UTF8.GetBytes(Story), "added");
            await DashboardPage.ScreenshotAsync(page, "ingest");

            // The open dashboard updates without a reload.
            await Assertions.Expect(map.Locator(".document-option")).ToHaveCountAsync(documentsBefore + 1, new() { Timeout = 15_000 });
            var places = await PlacesByNameAsync(context);
            reykjavik = places["Reykjavík"].GetProperty("id").GetString()!;
            // The map asks for what its viewport shows: at a view of Iceland the new place is a marker.
            await map.GotoAsync($"/?sel={reykjavik}&at=64.1,-21.9,5");
            await map.WaitForFunctionAsync("id => ((document.querySelector('[data-testid=map]')?.dataset ?? {}).markers || '').split(' ').includes(id)", reykjavik, new() { Timeout = 15_000 });
            await DashboardPage.WaitForDataAsync(map);
            await Assertions.Expect(map.Locator("[data-testid=sources-panel] mark.mention-mark").First).ToHaveTextAsync("Reykjavik");

            await UploadAsync(page, "same-story.md", Encoding.UTF8.GetBytes(Story), "unchanged");
            await map.ReloadAsync();
            await DashboardPage.WaitForDataAsync(map);
            Assert.Equal(documentsBefore + 1, await map.Locator(".document-option").CountAsync());
        }

        await using (var restarted = await AppProcess.StartAsync(environment))
        {
            await using var context = await browser.NewContextAsync(restarted.BaseUrl);
            var places = await PlacesByNameAsync(context);
            Assert.Equal(reykjavik, places["Reykjavík"].GetProperty("id").GetString());
            Assert.True(places["Reykjavík"].GetProperty("mentionCount").GetInt32() >= 2);
        }
    }

    [Fact]
    public async Task Upload_BadFiles_EachGetsItsMessageAndNothingIsStored()
    {
        await using var app = await AppProcess.StartAsync(DataFolder(out _));
        await using var context = await browser.NewContextAsync(app.BaseUrl);
        var map = await DashboardPage.OpenAsync(context, "/");
        var documents = await map.Locator(".document-option").CountAsync();
        var page = await context.NewPageAsync();
        await OpenIngestAsync(page);

        await page.Locator("#ingest-files").SetInputFilesAsync(new[]
        {
            new FilePayload { Name = "empty.txt", MimeType = "text/plain", Buffer = [] },
            new FilePayload { Name = "binary.txt", MimeType = "text/plain", Buffer = [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00] },
            new FilePayload { Name = "report.pdf", MimeType = "application/pdf", Buffer = Encoding.ASCII.GetBytes("%PDF-1.4") },
            new FilePayload { Name = "latin1.txt", MimeType = "text/plain", Buffer = Encoding.Latin1.GetBytes("Protests in Bogotá") },
        });
        var refused = page.Locator("[data-testid=ingest-result][data-outcome=refused]");
        await Assertions.Expect(refused).ToHaveCountAsync(4, new() { Timeout = 30_000 });
        await page.Locator("#ingest-published").FillAsync("2022-31-01");
        await page.Locator("#ingest-text").FillAsync("Protests spread to Lima.");
        await page.Locator("[data-testid=add-pasted]").ClickAsync();

        await Assertions.Expect(refused).ToHaveCountAsync(5, new() { Timeout = 30_000 });
        var messages = string.Join("\n", await refused.AllInnerTextsAsync());
        Assert.Contains("empty.txt: is empty", messages, StringComparison.Ordinal);
        Assert.Contains("binary.txt: looks like a binary file", messages, StringComparison.Ordinal);
        Assert.True(messages.Contains("unsupported file type '.pdf'", StringComparison.Ordinal), messages);
        Assert.Contains("latin1.txt: is not UTF-8 text", messages, StringComparison.Ordinal);
        Assert.Contains("'2022-31-01' is not a date", messages, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", await page.ContentAsync(), StringComparison.Ordinal);
        await map.ReloadAsync();
        await DashboardPage.WaitForDataAsync(map);
        Assert.Equal(documents, await map.Locator(".document-option").CountAsync());
    }

    [Fact]
    public async Task Upload_OverTheSizeLimit_RefusedWithItsMessage()
    {
        var environment = DataFolder(out _);
        environment["Dashboard__MaxUploadBytes"] = "2000";
        await using var app = await AppProcess.StartAsync(environment);
        await using var context = await browser.NewContextAsync(app.BaseUrl);
        var page = context.Pages.Count > 0 ? context.Pages[0] : await context.NewPageAsync();
        await OpenIngestAsync(page);

        await page.Locator("#ingest-files").SetInputFilesAsync(new FilePayload { Name = "long.txt", MimeType = "text/plain", Buffer = Encoding.UTF8.GetBytes(new string('a', 3000)) });

        await Assertions.Expect(page.Locator("[data-testid=ingest-message]")).ToContainTextAsync("over the");
    }

    [Fact]
    public async Task Ingest_KilledMidway_StoreConsistentAndTheNextRunCompletes()
    {
        var data = Directory.CreateTempSubdirectory("dashboard-e2e-kill-").FullName;
        var corpus = Directory.CreateTempSubdirectory("dashboard-e2e-corpus-").FullName;
        // Many batches of up to 32 documents, so a fast machine still has documents left to write when the kill comes
        // (120 documents were all written within one poll on a machine that ingests 600 a second, and 600 once, on a
        // clean clone, before the poll saw the first three).
        const int count = 2000;
        var entries = new List<object>();
        var filler = string.Concat(Enumerable.Repeat("Officials in Nairobi and Kampala discussed trade while protesters gathered in Mombasa. ", 30));
        for (var i = 0; i < count; i++)
        {
            await File.WriteAllTextAsync(Path.Combine(corpus, $"doc{i}.txt"), $"Story {i}\n\nReport number {i}. {filler}\n");
            entries.Add(new { file = $"doc{i}.txt", title = $"Story {i}", outlet = "Wire", published = "2023-03-03" });
        }

        await File.WriteAllTextAsync(Path.Combine(corpus, "manifest.json"), JsonSerializer.Serialize(new { documents = entries }));

        using (var process = CliProcess.Start("ingest", "--data", data, corpus))
        {
            // Kill it once a few documents are in, while it is still writing others.
            var database = Path.Combine(data, SqliteStore.FileName);
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (DateTime.UtcNow < deadline && !process.HasExited)
            {
                if (File.Exists(database) && StoredDocuments(database) >= 3)
                {
                    break;
                }

                await Task.Delay(20);
            }

            Assert.False(process.HasExited, "the ingest finished before it could be killed; make the corpus larger");
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var store = SqliteStore.Open(data).Value;
        Assert.Empty(store.Verify());
        var partial = store.DocumentCount;
        Assert.InRange(partial, 3, count - 1);

        var rerun = await CliProcess.RunAsync("ingest", "--data", data, corpus);

        Assert.True(rerun.ExitCode == 0, rerun.Errors);
        Assert.Equal(count, store.DocumentCount);
        var problems = store.Verify();
        Assert.True(problems.Count == 0, string.Join('\n', problems));
        Assert.Equal(partial, rerun.Output.Split('\n').Count(l => l.Contains("already in the store", StringComparison.Ordinal)));
    }

    /// <summary>
    /// How many documents a store being written holds, read without opening it as a store (which would run its
    /// migrations beside the writer's); 0 while its tables are not there yet or the writer holds the lock.
    /// </summary>
    private static long StoredDocuments(string database)
    {
        try
        {
            using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM documents";
            return (long)(command.ExecuteScalar() ?? 0L);
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            return 0;
        }
    }

}
