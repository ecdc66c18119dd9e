using Microsoft.Extensions.Caching.Memory;

namespace Dashboard.Web.State;

/// <summary>
/// Hands what the prerendered page read to the interactive circuit that follows it a moment later, so that the circuit
/// draws the page (and starts the map) without asking the store again. Server-side and short-lived: Blazor's persistent
/// component state would put the same data into the page a second time, and past SignalR's message limit at 10k articles.
/// An entry is kept for <see cref="Lifetime"/>, at most <see cref="Capacity"/> of them; a miss only costs the queries.
/// </summary>
public sealed class PrerenderHandover : IDisposable
{
    public const int Capacity = 64;

    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = Capacity });

    public void Put(PrerenderedView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        _cache.Set(Key(view.Link, view.DataVersion), view, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = Lifetime });
    }

    /// <summary>The view read for this link at this data version, taken once.</summary>
    public PrerenderedView? Take(string link, long dataVersion)
    {
        var key = Key(link, dataVersion);
        if (!_cache.TryGetValue(key, out PrerenderedView? view))
        {
            return null;
        }

        _cache.Remove(key);
        return view;
    }

    /// <summary>The link as both sides see it: the browser may escape what the server's address did not (":" in ids).</summary>
    private static string Key(string link, long dataVersion) =>
        FormattableString.Invariant($"{dataVersion}\n{new Uri(link).GetComponents(UriComponents.PathAndQuery, UriFormat.Unescaped)}");

    public void Dispose() => _cache.Dispose();
}
