using Dashboard.Extraction.Pipeline;
using Dashboard.Geo;
using Dashboard.Geo.Data;
using Dashboard.Store.Ingest;
using Dashboard.Store.Sqlite;
using Dashboard.Web.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dashboard.Web.Tests;

public sealed class StoreStartupTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dashboard-seed-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void SeedDemoCorpus_UploadBudgetShorterThanTheFirstExtraction_EveryDemoArticleStored()
    {
        var root = DataRoot.Locate(null).Value;
        var pipeline = NewsPipeline.Create(GeoData.Load(root).Value).Value;
        var store = SqliteStore.Open(_folder).Value;
        var manifest = ManifestItems.Read(root.CorpusFolder).Value;

        // A budget no extraction meets: the demo still goes in, since it gets at least StoreStartup.SeedBudget.
        StoreStartup.SeedDemoCorpus(store, pipeline, new IngestLimits(extractionBudget: TimeSpan.FromMilliseconds(1)), TimeProvider.System,
            root.CorpusFolder, NullLogger.Instance);

        Assert.Equal(manifest.Items.Count, store.DocumentCount);
        Assert.NotNull(store.GetMeta(StoreStartup.DemoSeededKey));
    }
}
