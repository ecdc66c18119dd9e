using System.Collections.Concurrent;
using System.Threading.Channels;
using Dashboard.Store.Ingest;

namespace Dashboard.Web.Ingest;

/// <summary>
/// Runs ingest batches one at a time in the background, so that uploading never blocks the page. Progress is visible
/// to every open page; after each stored document the dashboard data reloads, so open maps update without a reload.
/// </summary>
public sealed class IngestService(DocumentIngestor ingestor, Dashboard.Feeds.Ingest.UrlIngestor urls, ILogger<IngestService> logger) : BackgroundService
{
    private readonly Channel<IngestJob> _channel = Channel.CreateUnbounded<IngestJob>();
    private readonly ConcurrentQueue<IngestJob> _recent = new();
    private long _nextId;

    /// <summary>Raised whenever a job makes progress.</summary>
    public event Action? Changed;

    /// <summary>The latest jobs, newest first.</summary>
    public IReadOnlyList<IngestJob> Recent => [.. _recent.Reverse()];

    /// <summary>Queues articles to fetch by their addresses.</summary>
    public IngestJob EnqueueUrls(IReadOnlyList<Uri> addresses) => Enqueue([], addresses);

    public IngestJob Enqueue(IReadOnlyList<IngestItem> items, IReadOnlyList<Uri>? addresses = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        var job = new IngestJob(Interlocked.Increment(ref _nextId), items, addresses);
        _recent.Enqueue(job);
        while (_recent.Count > 20 && _recent.TryDequeue(out _))
        {
        }

        _channel.Writer.TryWrite(job);
        Changed?.Invoke();
        return job;
    }

    private void Notify()
    {
        try
        {
            Changed?.Invoke();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "A progress subscriber failed");
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await RunJobsAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping (or never started): nothing is half-stored, each document is one transaction.
        }
    }

    private async Task RunJobsAsync(CancellationToken stoppingToken)
    {
        await foreach (var job in _channel.Reader.ReadAllAsync(stoppingToken))
        {
            foreach (var item in job.Items)
            {
                job.Current = item.FileName;
                Notify();
                IngestResult result;
                try
                {
                    result = await Task.Run(() => ingestor.Ingest(item), stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // An unexpected failure of one document is reported and logged; the batch goes on.
                    logger.LogError(e, "Ingesting {File} failed", item.FileName);
                    result = IngestResult.Refused(item.FileName, $"{item.FileName}: could not be processed ({e.GetType().Name}); nothing was stored.");
                }

                job.Add(result);
                Notify();
            }

            foreach (var url in job.Urls)
            {
                job.Current = url.ToString();
                Notify();
                IngestResult result;
                try
                {
                    result = await urls.IngestAsync(url, cancellationToken: stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "Ingesting {Url} failed", url);
                    result = IngestResult.Refused(url.ToString(), $"{url}: could not be processed ({e.GetType().Name}); nothing was stored.");
                }

                job.Add(result);
                Notify();
            }

            job.Current = null;
            Notify();
        }
    }
}
