using System.Globalization;
using System.Text;
using Dashboard.Core.Documents;
using Dashboard.Feeds.Articles;
using Dashboard.Store.Ingest;

namespace Dashboard.Feeds.Ingest;

/// <summary>
/// Ingests an article by its address: fetched and read (<see cref="ArticleFetcher"/>), then stored like an uploaded
/// file (<see cref="DocumentIngestor"/>): deduplicated by content, and replacing the stored version at the same canonical
/// URL when the article changed. Every refusal is a one-line message naming the address; nothing partial is stored.
/// </summary>
public sealed class UrlIngestor(ArticleFetcher articles, DocumentIngestor ingestor)
{
    /// <param name="url">The article's address.</param>
    /// <param name="feedId">The subscription it came by, if any.</param>
    /// <param name="feedDate">The feed item's date: the publication date when the page itself gives none.</param>
    /// <param name="honourRobots">False for one's own feeds.</param>
    /// <param name="cancellationToken">Stops the fetch.</param>
    public async Task<IngestResult> IngestAsync(Uri url, string? feedId = null, DateOnly? feedDate = null, bool honourRobots = true, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        var read = await articles.FetchAsync(url, honourRobots, cancellationToken).ConfigureAwait(false);
        if (!read.IsSuccess)
        {
            return IngestResult.Refused(url.ToString(), read.Error!);
        }

        var article = read.Value.Published is null && feedDate is { } day ? read.Value with { Published = day, PublishedFrom = PublishedFrom.Feed } : read.Value;
        return await Task.Run(() => ingestor.Ingest(ToItem(article, url.ToString(), feedId)), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Ingests text the caller already has (a feed item's summary when the page is a paywall stub).</summary>
    public Task<IngestResult> IngestTextAsync(WebArticle article, string? feedId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        return Task.Run(() => ingestor.Ingest(ToItem(article, article.Url.ToString(), feedId)), cancellationToken);
    }

    private static IngestItem ToItem(WebArticle article, string name, string? feedId) =>
        new("article.txt", Encoding.UTF8.GetBytes(article.Text), article.Title, article.Outlet, article.Url.ToString(),
            article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
        {
            PublishedFrom = article.Published is null ? PublishedFrom.Unknown : article.PublishedFrom,
            Feed = feedId,
            Name = name,
        };
}
