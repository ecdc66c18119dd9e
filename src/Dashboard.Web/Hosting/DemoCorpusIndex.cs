using Dashboard.Extraction.Pipeline;
using Dashboard.Store.Query;

namespace Dashboard.Web.Hosting;

/// <summary>Extracts the corpus folder's documents into the in-memory query index at start-up.</summary>
public static class DemoCorpusIndex
{
    public static InMemoryDashboardStore Build(CorpusCatalog catalog, NewsPipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(pipeline);
        return InMemoryDashboardStore.Create(catalog.Documents
            .Select(d => new ExtractedDocument(d, pipeline.Extract(d.Text, d.Metadata.Published))));
    }
}
