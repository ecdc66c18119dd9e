using Dashboard.Store.Ingest;
using Dashboard.Store.Sqlite;

namespace Dashboard.Web.Hosting;

/// <summary>First start: the demo corpus is ingested once into an empty store (a deleted demo article is not re-added).</summary>
public static class StoreStartup
{
    public const string DemoSeededKey = "demo-corpus-ingested";

    public static void SeedDemoCorpus(IDocumentStore store, DocumentIngestor ingestor, string corpusFolder, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(ingestor);
        ArgumentNullException.ThrowIfNull(logger);
        if (store.GetMeta(DemoSeededKey) is not null)
        {
            return;
        }

        var items = ManifestItems.Read(corpusFolder);
        if (!items.IsSuccess)
        {
            logger.LogWarning("Demo corpus not ingested: {Problem}", items.Error);
            return;
        }

        foreach (var item in items.Value.Items)
        {
            var result = ingestor.Ingest(item);
            if (logger.IsEnabled(LogLevel.Information))
            {
                logger.LogInformation("Demo corpus: {Message}", result.Message);
            }
        }

        store.SetMeta(DemoSeededKey, DateTimeOffset.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
    }
}
