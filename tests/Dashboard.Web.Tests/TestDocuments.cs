using Dashboard.Core.Documents;
using Dashboard.Web.Hosting;

namespace Dashboard.Web.Tests;

internal static class TestDocuments
{
    public static CorpusCatalog Catalog(params (string Title, string Outlet, DateOnly? Published)[] documents) =>
        new(documents.Select((d, i) => new CorpusDocument($"doc{i}", new DocumentMetadata(d.Title, d.Outlet, d.Published, null), "text")).ToList(), []);
}
