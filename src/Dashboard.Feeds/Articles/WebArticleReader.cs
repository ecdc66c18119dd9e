using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Dashboard.Core.Documents;
using Dashboard.Core.Results;
using Dashboard.Extraction.Prepare;
using SmartReader;

namespace Dashboard.Feeds.Articles;

/// <summary>
/// Reads an article out of a web page. The main text comes from SmartReader (a port of Mozilla's Readability), which
/// drops navigation, cookie banners, related stories, comments and share bars; the metadata comes from the page itself:
/// title (<c>og:title</c>, the headline, <c>&lt;title&gt;</c>), outlet (<c>og:site_name</c>, JSON-LD <c>publisher</c>,
/// the host), canonical URL (<c>link rel=canonical</c>, <c>og:url</c>, the address fetched) and publication date
/// (<c>article:published_time</c>, JSON-LD <c>datePublished</c>, <c>&lt;time datetime&gt;</c>, the URL), in that order.
/// A page with too little article text (a paywall stub, an index page) is refused with a message.
/// </summary>
public static partial class WebArticleReader
{
    /// <summary>Fewer characters of article text than this is not an article: a paywall stub, a teaser or an index page.</summary>
    public const int MinArticleCharacters = 400;

    /// <summary>The words every "too little text" refusal contains, so that a feed can fall back to its summary.</summary>
    public const string ThinPageMarker = "characters of article text";

    /// <summary>Elements SmartReader looks at, at most: a deeply nested or huge page stops here instead of taking seconds.</summary>
    private const int MaxElements = 30_000;

    public static Result<WebArticle> Read(Uri address, string html)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(html);
        var document = new HtmlParser().ParseDocument(html);
        var title = FirstNonBlank(Meta(document, "og:title"), document.QuerySelector("h1")?.TextContent, document.Title);
        var outlet = FirstNonBlank(Meta(document, "og:site_name"), JsonLdPublisher(document));
        var url = Canonical(document, address);
        var (published, from) = PublishedDate(document, url, address);

        if (document.QuerySelectorAll("*").Length > MaxElements)
        {
            return Result<WebArticle>.Failure($"{address}: the page has more than {MaxElements:N0} elements; it is not read (too large to be an article page).");
        }

        RemoveChrome(document);
        var reader = new Reader(address.ToString(), document) { MaxElemsToParse = MaxElements, ContinueIfNotReadable = true };
        Article article;
        try
        {
            article = reader.GetArticle();
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException)
        {
            return Result<WebArticle>.Failure($"{address}: no article could be read from the page ({e.Message.TrimEnd('.')}).");
        }

        title = FirstNonBlank(title, article.Title) ?? "Untitled";
        outlet = FirstNonBlank(outlet, article.SiteName) ?? HostName(url);
        var body = string.IsNullOrWhiteSpace(article.Content) ? string.Empty : HtmlArticle.ToText($"<html><body><article>{article.Content}</article></body></html>");
        var bodyLength = body.Trim().Length;
        if (bodyLength < MinArticleCharacters)
        {
            return Result<WebArticle>.Failure(
                $"{address}: only {bodyLength} {ThinPageMarker} (a paywall stub, a teaser or a page that is not an article); nothing stored.");
        }

        // The headline first, once: Readability keeps it in the content when it is part of the article.
        body = body.TrimStart();
        var firstParagraph = body.Split("\n\n", 2)[0];
        var text = string.Equals(Clean(firstParagraph), Clean(title), StringComparison.OrdinalIgnoreCase) ? body : Clean(title) + "\n\n" + body;
        if (published is null && article.PublicationDate is { } stated)
        {
            (published, from) = (DateOnly.FromDateTime(stated), PublishedFrom.MetaTag);
        }

        return Result<WebArticle>.Success(new WebArticle(text, Clean(title), Clean(outlet), url, published, from));
    }

    /// <summary>
    /// The metadata of a saved page (an .html file): title, outlet, canonical address and publication date with its
    /// source, as <see cref="Read"/> finds them; the address is null when the page names none.
    /// </summary>
    public static PageMetadata ReadMetadata(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var document = new HtmlParser().ParseDocument(html);
        var placeholder = new Uri("http://saved.page.invalid/");
        var url = Canonical(document, placeholder, anySite: true); // a saved file was fetched from nowhere: its own claim is all there is
        var (published, from) = PublishedDate(document, url, url);
        return new PageMetadata(
            FirstNonBlank(Meta(document, "og:title"), document.QuerySelector("h1")?.TextContent, document.Title) is { } title ? Clean(title) : null,
            FirstNonBlank(Meta(document, "og:site_name"), JsonLdPublisher(document)) is { } outlet ? Clean(outlet) : null,
            url == placeholder ? null : url,
            published,
            published is null ? PublishedFrom.Unknown : from);
    }

    /// <summary>
    /// Removes what Readability's own patterns miss on news pages: cookie and consent banners, newsletter and subscription
    /// prompts, share bars, recommendation widgets, dialogs, and elements whose landmark role says they are not the article
    /// (navigation, banner, contentinfo, complementary). An element that holds the article or the main content stays.
    /// </summary>
    private static void RemoveChrome(IHtmlDocument document)
    {
        foreach (var element in document.QuerySelectorAll("dialog, [aria-modal=true], [role=navigation], [role=banner], [role=contentinfo], [role=complementary], [id], [class]").ToList())
        {
            var chrome = element.LocalName == "dialog" || element.GetAttribute("aria-modal") == "true"
                || element.GetAttribute("role") is "navigation" or "banner" or "contentinfo" or "complementary"
                || ChromeName().IsMatch(element.Id ?? string.Empty) || ChromeName().IsMatch(element.ClassName ?? string.Empty);
            if (chrome && element.Parent is not null && element.QuerySelector("article, main, h1") is null
                && element.LocalName is not ("article" or "main" or "body" or "html"))
            {
                element.Remove();
            }
        }
    }

    /// <summary>A plain-text page: the text as it is, its first line the title.</summary>
    public static Result<WebArticle> ReadText(Uri address, string text)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(text);
        var normalised = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (normalised.Trim().Length < MinArticleCharacters)
        {
            return Result<WebArticle>.Failure($"{address}: only {normalised.Trim().Length} characters of text; nothing stored.");
        }

        var firstLine = normalised.TrimStart().Split('\n', 2)[0];
        var (published, from) = UrlDate(address) is { } day ? (day, PublishedFrom.Url) : ((DateOnly?)null, PublishedFrom.Unknown);
        return Result<WebArticle>.Success(new WebArticle(normalised, Clean(firstLine), HostName(address), address, published, from));
    }

    private static (DateOnly?, PublishedFrom) PublishedDate(IHtmlDocument document, Uri canonical, Uri address)
    {
        if (Day(Meta(document, "article:published_time")) is { } meta)
        {
            return (meta, PublishedFrom.MetaTag);
        }

        if (JsonLdValues(document, "datePublished").Select(Day).FirstOrDefault(d => d is not null) is { } jsonLd)
        {
            return (jsonLd, PublishedFrom.JsonLd);
        }

        if (document.QuerySelectorAll("time[datetime]").Select(t => Day(t.GetAttribute("datetime"))).FirstOrDefault(d => d is not null) is { } time)
        {
            return (time, PublishedFrom.TimeElement);
        }

        return (UrlDate(canonical) ?? UrlDate(address)) is { } fromUrl ? (fromUrl, PublishedFrom.Url) : (null, PublishedFrom.Unknown);
    }

    /// <summary>
    /// The page's canonical address, when it is on the site that served the page (the same host, or one a subdomain of
    /// the other: www.example.org and example.org): a page may not claim another site's address, which would let it
    /// replace that site's stored article.
    /// </summary>
    private static Uri Canonical(IHtmlDocument document, Uri address, bool anySite = false)
    {
        foreach (var candidate in new[] { document.QuerySelector("link[rel~=canonical]")?.GetAttribute("href"), Meta(document, "og:url") })
        {
            if (!string.IsNullOrWhiteSpace(candidate) && Uri.TryCreate(address, candidate.Trim(), out var url) && url.Scheme is "http" or "https"
                && (anySite || SameSite(url.Host, address.Host)))
            {
                return url;
            }
        }

        return address;
    }

    private static bool SameSite(string a, string b) =>
        a.Equals(b, StringComparison.OrdinalIgnoreCase)
        || a.EndsWith("." + b, StringComparison.OrdinalIgnoreCase)
        || b.EndsWith("." + a, StringComparison.OrdinalIgnoreCase);

    private static string? Meta(IHtmlDocument document, string name)
    {
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase) && meta.GetAttribute("content") is { } content && !string.IsNullOrWhiteSpace(content))
            {
                return content.Trim();
            }
        }

        return null;
    }

    private static string? JsonLdPublisher(IHtmlDocument document)
    {
        foreach (var node in JsonLdNodes(document))
        {
            if (node.TryGetProperty("publisher", out var publisher))
            {
                if (publisher.ValueKind == JsonValueKind.Object && publisher.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String)
                {
                    return name.GetString();
                }

                if (publisher.ValueKind == JsonValueKind.String)
                {
                    return publisher.GetString();
                }
            }
        }

        return null;
    }

    private static IEnumerable<string?> JsonLdValues(IHtmlDocument document, string property)
    {
        foreach (var node in JsonLdNodes(document))
        {
            if (node.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String)
            {
                yield return value.GetString();
            }
        }
    }

    /// <summary>Every JSON object in the page's JSON-LD blocks, arrays and <c>@graph</c> included; a malformed block is skipped.</summary>
    private static IEnumerable<JsonElement> JsonLdNodes(IHtmlDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            JsonElement root;
            try
            {
                using var parsed = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 32 });
                root = parsed.RootElement.Clone();
            }
            catch (JsonException)
            {
                continue;
            }

            var pending = new Stack<JsonElement>();
            pending.Push(root);
            var visited = 0;
            while (pending.Count > 0 && visited++ < 1000)
            {
                var node = pending.Pop();
                if (node.ValueKind == JsonValueKind.Array)
                {
                    foreach (var item in node.EnumerateArray())
                    {
                        pending.Push(item);
                    }
                }
                else if (node.ValueKind == JsonValueKind.Object)
                {
                    yield return node;
                    if (node.TryGetProperty("@graph", out var graph))
                    {
                        pending.Push(graph);
                    }
                }
            }
        }
    }

    private static DateOnly? Day(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateTimeOffset.TryParse(value.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment))
        {
            return DateOnly.FromDateTime(moment.DateTime);
        }

        return value.Length >= 10 && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
    }

    private static DateOnly? UrlDate(Uri url)
    {
        var match = PathDate().Match(url.AbsolutePath);
        if (!match.Success)
        {
            return null;
        }

        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    private static string HostName(Uri url) => url.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? url.Host[4..] : url.Host;

    private static string? FirstNonBlank(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();

    private static string Clean(string value) => Whitespace().Replace(value, " ").Trim();

    /// <summary>/2022/01/10/, /2022-01-10-, /20220110/ in a path.</summary>
    [GeneratedRegex(@"/(?<y>(?:19|20)\d{2})(?:/|-)?(?<m>[01]\d)(?:/|-)?(?<d>[0-3]\d)(?:/|-|\.|$)")]
    private static partial Regex PathDate();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    /// <summary>Id and class words of page furniture (whole words or word parts joined by "-" or "_").</summary>
    [GeneratedRegex(@"(?:^|[\s_-])(?:cookies?|consent|gdpr|newsletter|subscribe|subscription|paywall|share|sharing|social|promo|advert|advertisement|ads?|banner|related|recirc|recommended|outbrain|taboola|comments?|breadcrumbs?|popup|modal)(?:$|[\s_-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChromeName();
}
