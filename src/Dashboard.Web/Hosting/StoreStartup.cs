using Dashboard.Extraction.Pipeline;
using Dashboard.Store.Ingest;
using Dashboard.Store.Sqlite;

namespace Dashboard.Web.Hosting;

/// <summary>First start: the demo corpus is ingested once into an empty store (a deleted demo article is not re-added).</summary>
public static class StoreStartup
{
    public const string DemoSeededKey = "demo-corpus-ingested";

    /// <summary>
    /// The least time a demo article's extraction gets. The demo is the product's own data, and the first extraction after
    /// start also pays for compiling the pipeline: on a busy two-core machine that took longer than the 5 s an upload
    /// gets, and the article was left out for good.
    /// </summary>
    public static readonly TimeSpan SeedBudget = TimeSpan.FromMinutes(2);

    public static void SeedDemoCorpus(IDocumentStore store, NewsPipeline pipeline, IngestLimits limits, TimeProvider clock, string corpusFolder, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(limits);
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

        var ingestor = new DocumentIngestor(store, pipeline, new IngestLimits(limits.MaxBytes, limits.ExtractionBudget > SeedBudget ? limits.ExtractionBudget : SeedBudget), clock);
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
