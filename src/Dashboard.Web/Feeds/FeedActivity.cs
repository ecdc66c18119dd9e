using System.Collections.Concurrent;
using Dashboard.Feeds.Polling;

namespace Dashboard.Web.Feeds;

/// <summary>
/// What feed polling is doing, for the Feeds page: the feed being polled now and the latest items with their outcome
/// (at most <see cref="MaxItems"/>, newest first). Raised on every change; subscribers re-render.
/// </summary>
public sealed class FeedActivity
{
    public const int MaxItems = 100;
    private readonly ConcurrentQueue<FeedItemProgress> _items = new();
    private volatile string? _polling;

    public event Action? Changed;

    /// <summary>The id of the feed being polled now, if any.</summary>
    public string? Polling => _polling;

    public IReadOnlyList<FeedItemProgress> Recent => [.. _items.Reverse()];

    internal void Started(string feedId)
    {
        _polling = feedId;
        Raise();
    }

    internal void Finished()
    {
        _polling = null;
        Raise();
    }

    internal void Add(FeedItemProgress item)
    {
        _items.Enqueue(item);
        while (_items.Count > MaxItems && _items.TryDequeue(out _))
        {
        }

        Raise();
    }

    private void Raise()
    {
        // Each page is told on its own: one that went away (or fails) does not keep the others uninformed.
        foreach (var subscriber in Changed?.GetInvocationList() ?? [])
        {
            try
            {
                ((Action)subscriber)();
            }
            catch (Exception e) when (e is InvalidOperationException or ObjectDisposedException)
            {
                // a page that went away while being told
            }
        }
    }
}
