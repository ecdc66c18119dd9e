using Dashboard.Core.Results;
using Dashboard.Extraction.Prepare;
using Dashboard.Feeds.Fetch;

namespace Dashboard.Feeds.Articles;

/// <summary>Fetches an article page and reads it: the cleaned text with its metadata, or a one-line reason why not.</summary>
public sealed class ArticleFetcher(WebFetcher fetcher)
{
    public async Task<Result<WebArticle>> FetchAsync(Uri url, bool honourRobots = true, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        var page = await fetcher.FetchAsync(url, FetchKind.Page, null, honourRobots, cancellationToken).ConfigureAwait(false);
        if (!page.IsSuccess)
        {
            return Result<WebArticle>.Failure(page.Error!);
        }

        var resource = page.Value;
        var text = resource.Text();
        if (resource.MediaType == "text/plain")
        {
            return WebArticleReader.ReadText(resource.FinalUri, text);
        }

        if (HtmlNesting.Exceeds(text))
        {
            return Result<WebArticle>.Failure($"{url}: the page nests elements more than {HtmlNesting.MaxDepth} levels deep; it is not read (no article page does).");
        }

        // Reading is CPU work bounded by the page size and SmartReader's element cap; off the caller's thread.
        return await Task.Run(() => WebArticleReader.Read(resource.FinalUri, text), cancellationToken).ConfigureAwait(false);
    }
}
