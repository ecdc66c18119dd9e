using Dashboard.Core.Results;
using Dashboard.Store.Ingest;
using Dashboard.Store.Sqlite;

namespace Dashboard.Cli.Commands;

/// <summary>The store (in the app's data folder, or <c>--data DIR</c>) and an ingestor over it with the current pipeline.</summary>
internal static class IngestorLoader
{
    public static Result<(SqliteStore Store, DocumentIngestor Ingestor)> Open(string? dataOption)
    {
        var store = StoreLoader.Open(dataOption);
        if (!store.IsSuccess)
        {
            return Result<(SqliteStore, DocumentIngestor)>.Failure(store.Error!);
        }

        var pipeline = PipelineLoader.Load();
        return pipeline.IsSuccess
            ? Result<(SqliteStore, DocumentIngestor)>.Success((store.Value, new DocumentIngestor(store.Value, pipeline.Value, new IngestLimits(), TimeProvider.System)))
            : Result<(SqliteStore, DocumentIngestor)>.Failure(pipeline.Error!);
    }
}
