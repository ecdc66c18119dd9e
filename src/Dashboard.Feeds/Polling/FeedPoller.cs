using System.Xml;
using CodeHollow.FeedReader;
using Dashboard.Core.Results;
using Dashboard.Feeds.Articles;
using Dashboard.Feeds.Fetch;
using Dashboard.Feeds.Ingest;
using Dashboard.Store.Feeds;
using Polly;
using Polly.Retry;

namespace Dashboard.Feeds.Polling;

/// <summary>
/// Polls feeds: a conditional request (ETag / If-Modified-Since), retried with exponential back-off on transient
/// failures (Polly); the feed parsed by CodeHollow.FeedReader (RSS, Atom, JSON Feed); at most
/// <see cref="FeedPollOptions.MaxItemsPerPoll"/> unseen items fetched, cleaned, extracted and stored, each reported as it
/// lands. A failed poll is recorded with its message and the next one waits longer (the interval doubled per failure in
/// a row, up to <see cref="FeedPollOptions.MaxBackOff"/>).
/// </summary>
public sealed class FeedPoller
{
    private readonly IFeedStore _feeds;
    private readonly WebFetcher _fetcher;
    private readonly UrlIngestor _ingestor;
    private readonly FeedPollOptions _options;
    private readonly TimeProvider _clock;
    private readonly ResiliencePipeline<Result<FetchedResource>> _retry;

    public FeedPoller(IFeedStore feeds, WebFetcher fetcher, UrlIngestor ingestor, FeedPollOptions options, TimeProvider clock, TimeSpan? retryDelay = null)
    {
        _feeds = feeds;
        _fetcher = fetcher;
        _ingestor = ingestor;
        _options = options;
        _clock = clock;
        _retry = new ResiliencePipelineBuilder<Result<FetchedResource>>()
            .AddRetry(new RetryStrategyOptions<Result<FetchedResource>>
            {
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result is { } r && WebFetcher.IsTransient(r)),
                MaxRetryAttempts = 2,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = retryDelay ?? TimeSpan.FromSeconds(1),
            })
            .Build();
    }

    /// <summary>Polls every feed that is due now, one after another.</summary>
    public async Task<IReadOnlyList<FeedPollOutcome>> PollDueAsync(IProgress<FeedItemProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var outcomes = new List<FeedPollOutcome>();
        foreach (var feed in _feeds.Feeds().Where(f => f.IsDue(_clock.GetUtcNow())))
        {
            outcomes.Add(await PollAsync(feed, progress, cancellationToken).ConfigureAwait(false));
        }

        return outcomes;
    }

    public async Task<FeedPollOutcome> PollAsync(FeedSubscription feed, IProgress<FeedItemProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(feed);
        var conditional = new ConditionalRequest(feed.ETag, feed.LastModified);
        var fetched = await _retry.ExecuteAsync(
            async token => await _fetcher.FetchAsync(feed.Url, FetchKind.Feed, conditional, feed.HonourRobots, token).ConfigureAwait(false),
            cancellationToken).ConfigureAwait(false);
        if (!fetched.IsSuccess)
        {
            return Failed(feed, fetched.Error!);
        }

        if (fetched.Value.NotModified)
        {
            Record(feed, null, fetched.Value, 0, null);
            return new FeedPollOutcome(feed, true, [], null);
        }

        Feed parsed;
        try
        {
            parsed = FeedReader.ReadFromString(fetched.Value.Text());
        }
        catch (Exception e) when (e is XmlException or FormatException or ArgumentException or InvalidOperationException or NullReferenceException
            or System.Text.Json.JsonException or CodeHollow.FeedReader.Parser.FeedTypeNotSupportedException)
        {
            // The parser's own failures on malformed input (it has no single exception type of its own).
            return Failed(feed, $"{feed.Url}: not a readable RSS, Atom or JSON feed ({FirstLine(e.Message)}).");
        }

        var items = new List<FeedItemProgress>();
        var examined = 0;
        foreach (var item in parsed.Items ?? [])
        {
            if (items.Count >= _options.MaxItemsPerPoll || examined++ >= _options.MaxItemsExamined)
            {
                break;
            }

            // An item is remembered by its link, else its id, else its title (an item with none of them is skipped).
            var key = new[] { item.Link, item.Id, item.Title }.Select(k => k?.Trim()).FirstOrDefault(k => !string.IsNullOrEmpty(k));
            if (key is null || _feeds.HasSeen(feed.Id, key))
            {
                continue;
            }

            FeedItemProgress done;
            try
            {
                done = await TakeAsync(feed, item, key, fetched.Value.FinalUri, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One bad item is that item's failure, not the feed's.
                done = new FeedItemProgress(feed.Id, key, item.Title, false, $"{key}: could not be processed ({e.GetType().Name}); nothing stored.", null);
            }

            // An item that failed for a passing reason (a timeout, a server error) is tried again at the next poll.
            if (!done.Transient)
            {
                _feeds.RecordItem(feed.Id, key, done.DocumentId, done.Succeeded ? "taken" : done.Message, _clock.GetUtcNow());
            }

            items.Add(done);
            progress?.Report(done);
        }

        var title = string.IsNullOrWhiteSpace(parsed.Title) ? null : parsed.Title.Trim();
        if (items.Count >= _options.MaxItemsPerPoll || items.Exists(i => i.Transient))
        {
            // More is waiting (or something to retry): keep the old validators, so that the next poll reads the feed
            // again instead of hearing "not modified", and come back after a short while rather than a whole interval.
            var now = _clock.GetUtcNow();
            var soon = TimeSpan.FromTicks(Math.Min(feed.Interval.Ticks, TimeSpan.FromMinutes(2).Ticks));
            _feeds.RecordPoll(feed.Id, new FeedPollRecord(title, feed.ETag, feed.LastModified, now, now + soon, items.Count(i => i.Succeeded), null));
        }
        else
        {
            Record(feed, title, fetched.Value, items.Count(i => i.Succeeded), null);
        }

        return new FeedPollOutcome(feed, false, items, null);
    }

    private async Task<FeedItemProgress> TakeAsync(FeedSubscription feed, FeedItem item, string key, Uri feedAddress, CancellationToken cancellationToken)
    {
        var title = string.IsNullOrWhiteSpace(item.Title) ? null : item.Title.Trim();
        // A relative link is resolved against the feed's own address.
        if (string.IsNullOrWhiteSpace(item.Link) || !Uri.TryCreate(feedAddress, item.Link.Trim(), out var url) || url.Scheme is not ("http" or "https"))
        {
            return new FeedItemProgress(feed.Id, key, title, false, $"{title ?? key}: the item has no web link to fetch; skipped.", null);
        }

        var feedDate = item.PublishingDate is { } date ? DateOnly.FromDateTime(date) : (DateOnly?)null;
        var result = await _ingestor.IngestAsync(url, feed.Id, feedDate, feed.HonourRobots, cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded && result.Error!.Contains(WebArticleReader.ThinPageMarker, StringComparison.Ordinal))
        {
            var summary = Summary(item);
            if (feed.KeepSummaries && summary.Length > 0)
            {
                var article = new WebArticle($"{title ?? url.ToString()}\n\n{summary}\n", title ?? url.ToString(), url.Host, url, feedDate,
                    feedDate is null ? Core.Documents.PublishedFrom.Unknown : Core.Documents.PublishedFrom.Feed);
                result = await _ingestor.IngestTextAsync(article, feed.Id, cancellationToken).ConfigureAwait(false);
                return new FeedItemProgress(feed.Id, key, title, result.Succeeded, result.Succeeded ? $"{url}: the page is a paywall stub; kept the feed's summary as its text. {result.Message}" : result.Message, result.DocumentId);
            }

            return new FeedItemProgress(feed.Id, key, title, false,
                $"{result.Error} The feed's summary is kept as the text only where the feed allows it (feeds add --keep-summaries).", null);
        }

        return new FeedItemProgress(feed.Id, key, title, result.Succeeded, result.Message, result.DocumentId)
        {
            Transient = !result.Succeeded && WebFetcher.IsTransient(Result<FetchedResource>.Failure(result.Error!)),
        };
    }

    private FeedPollOutcome Failed(FeedSubscription feed, string error)
    {
        var now = _clock.GetUtcNow();
        var wait = TimeSpan.FromTicks(Math.Min(_options.MaxBackOff.Ticks, feed.Interval.Ticks * (1L << Math.Min(feed.Failures + 1, 16))));
        _feeds.RecordPoll(feed.Id, new FeedPollRecord(null, feed.ETag, feed.LastModified, now, now + wait, 0, error));
        return new FeedPollOutcome(feed, false, [], error);
    }

    private void Record(FeedSubscription feed, string? title, FetchedResource fetched, int taken, string? error)
    {
        var now = _clock.GetUtcNow();
        _feeds.RecordPoll(feed.Id, new FeedPollRecord(title, fetched.ETag, fetched.LastModified, now, now + feed.Interval, taken, error));
    }

    /// <summary>The item's summary or content as plain text.</summary>
    private static string Summary(FeedItem item)
    {
        var html = string.IsNullOrWhiteSpace(item.Content) ? item.Description : item.Content;
        return string.IsNullOrWhiteSpace(html) ? string.Empty : Extraction.Prepare.HtmlArticle.ToText($"<html><body><article><p>{html}</p></article></body></html>").Trim();
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim().TrimEnd('.');
}
