using Dashboard.Feeds.Polling;
using Dashboard.Store.Feeds;
using Dashboard.Web.Hosting;

namespace Dashboard.Web.Feeds;

/// <summary>
/// Polls the feeds that are due, in the background, one at a time: every few seconds it looks for due feeds, and "poll
/// now" wakes it at once. With several app instances on one database, each feed is claimed before it is polled, so only
/// one instance polls it. Items land in the store as they are taken, so open maps update as each one arrives.
/// </summary>
public sealed class FeedPollingService(FeedPoller poller, IFeedStore feeds, FeedActivity activity, DashboardOptions options, TimeProvider clock, ILogger<FeedPollingService> logger) : BackgroundService
{
    /// <summary>How long a claimed feed stays with the instance that claimed it.</summary>
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _wake = new(0, 1);

    /// <summary>Makes a feed due and wakes the poller.</summary>
    public void PollNow(string feedId)
    {
        feeds.MakeDue(feedId, clock.GetUtcNow());
        if (_wake.CurrentCount == 0)
        {
            try
            {
                _wake.Release();
            }
            catch (SemaphoreFullException)
            {
                // already woken
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var every = TimeSpan.FromSeconds(Math.Max(1, options.Fetch.PollCheckSeconds));
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await PollDueAsync(stoppingToken);
                }
                catch (Exception e) when (!stoppingToken.IsCancellationRequested)
                {
                    // A store that is busy or gone for a moment: log, and try again at the next round; never stop the app.
                    logger.LogError(e, "Feed polling failed; trying again in {Seconds} s", every.TotalSeconds);
                }

                await _wake.WaitAsync(every, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // stopping: each stored article is whole
        }
    }

    private async Task PollDueAsync(CancellationToken stoppingToken)
    {
        foreach (var feed in feeds.Feeds())
        {
            var now = clock.GetUtcNow();
            if (!feed.IsDue(now) || !feeds.TryClaim(feed.Id, feed.NextPoll, now + Lease))
            {
                continue;
            }

            activity.Started(feed.Id);
            try
            {
                var outcome = await poller.PollAsync(feed, new Reporter(activity), stoppingToken);
                if (outcome.Error is not null)
                {
                    logger.LogWarning("Feed {Url}: {Error}", feed.Url, outcome.Error);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Polling {Url} failed", feed.Url);
                feeds.RecordPoll(feed.Id, new FeedPollRecord(null, feed.ETag, feed.LastModified, now, now + feed.Interval, 0, $"{feed.Url}: the poll failed ({e.GetType().Name})."));
            }
            finally
            {
                activity.Finished();
            }
        }
    }

    public override void Dispose()
    {
        _wake.Dispose();
        base.Dispose();
    }

    /// <summary>Reports each item on the poller's thread (Progress&lt;T&gt; would post to the pool, out of order).</summary>
    private sealed class Reporter(FeedActivity activity) : IProgress<FeedItemProgress>
    {
        public void Report(FeedItemProgress value) => activity.Add(value);
    }
}
