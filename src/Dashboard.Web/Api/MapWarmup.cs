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
public sealed partial class MapWarmup(IDashboardQueries store, FeatureBuilder features, IHostApplicationLifetime lifetime, ILogger<MapWarmup> logger)
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
            LogWarm(logger, clock.ElapsedMilliseconds);
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Map warmed in {Milliseconds} ms (world at zooms 1-3, facets)")]
    private static partial void LogWarm(ILogger logger, long milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Map warm-up failed; the first map will be slower")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
