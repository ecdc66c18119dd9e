using Dashboard.Core.Documents;

namespace Dashboard.Feeds.Articles;

/// <summary>What a page says about itself: title, outlet, canonical address, publication date and where that date was found.</summary>
public sealed record PageMetadata(string? Title, string? Outlet, Uri? Url, DateOnly? Published, PublishedFrom PublishedFrom);
