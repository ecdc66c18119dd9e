namespace Dashboard.Core.Documents;

/// <summary>Where an article's publication date came from, in the order a page is searched for it.</summary>
public enum PublishedFrom
{
    /// <summary>No date is known.</summary>
    Unknown,

    /// <summary>Given by the analyst (the ingest form, a manifest, the command line).</summary>
    Given,

    /// <summary>The page's <c>article:published_time</c> meta tag.</summary>
    MetaTag,

    /// <summary>JSON-LD <c>datePublished</c>.</summary>
    JsonLd,

    /// <summary>A <c>&lt;time datetime&gt;</c> element.</summary>
    TimeElement,

    /// <summary>A date in the URL's path (/2022/01/10/).</summary>
    Url,

    /// <summary>A feed item's publication date.</summary>
    Feed,

    /// <summary>A full date stated near the top of the text.</summary>
    Text,
}
