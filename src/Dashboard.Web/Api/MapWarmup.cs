using System.Diagnostics;
using System.Text.Json;
using Dashboard.Geo.Shapes;
using Dashboard.Store.Query;

namespace Dashboard.Web.Api;

/// <summary>
/// After start-up, asks once in the background for what a fresh analyst's map asks first (the whole corpus, the world at
/// zooms 1 to 3), so that the area outlines simplified for those zooms, the store's pages and the compiled code are ready
/// before the first browser arrives. The app answers requests meanwhile; a failure here only costs the first map time.
/// </summary>
public sealed partial class MapWarmup(IDashboardQueries store, FeatureBuilder features, Basemap basemap, IHostApplicationLifetime lifetime, ILogger<MapWarmup> logger)
    : BackgroundService
{
    public static readonly IReadOnlyList<double> Zooms = [1, 2, 3];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await StartedAsync(stoppingToken).ConfigureAwait(false))
        {
            return;
        }

        var clock = Stopwatch.StartNew();
        try
        {
            foreach (var zoom in Zooms)
            {
                var request = new MapRequest(null, zoom);
                var view = await store.MapAsync(ViewFilter.None, request, stoppingToken).ConfigureAwait(false);
                _ = JsonSerializer.SerializeToUtf8Bytes(features.Map(view, request), GeoJsonFiles.Options);
            }

            _ = await store.FacetsAsync(ViewFilter.None, stoppingToken).ConfigureAwait(false);
            basemap.Prepare();
            LogWarm(logger, clock.ElapsedMilliseconds);

            // Loading the gazetteer and lexicons left a large heap of garbage behind: collect it once and give the
            // memory back to the system (at rest the app then holds what it uses, not its start-up peak).
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            var heap = GC.GetTotalMemory(false) / (1024 * 1024);
            var workingSet = Environment.WorkingSet / (1024 * 1024);
            LogHeap(logger, heap, workingSet);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
#pragma warning disable CA1031 // a warm-up that fails must not stop the app; it is logged.
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogFailed(logger, e);
        }
    }

    private async Task<bool> StartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var onStarted = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        using var onStopping = stoppingToken.Register(() => started.TrySetCanceled(stoppingToken));
        try
        {
            await started.Task.ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Map warmed in {Milliseconds} ms (world at zooms 1-3, facets, basemap)")]
    private static partial void LogWarm(ILogger logger, long milliseconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "At rest after start-up: managed heap {HeapMegabytes} MB, working set {WorkingSetMegabytes} MB")]
    private static partial void LogHeap(ILogger logger, long heapMegabytes, long workingSetMegabytes);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Map warm-up failed; the first map will be slower")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
