using Dashboard.Core.Documents;

namespace Dashboard.Feeds.Articles;

/// <summary>
/// An article read from a web page: its cleaned text (headline first, one paragraph per block; the text every offset
/// indexes), title, outlet, canonical address, and publication date with where it was found.
/// </summary>
public sealed record WebArticle(string Text, string Title, string Outlet, Uri Url, DateOnly? Published, PublishedFrom PublishedFrom);
