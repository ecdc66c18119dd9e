using Dashboard.Core.Documents;
using Dashboard.Store.Feeds;
using Dashboard.Store.Query;
using Dashboard.Store.Sql;
using Dashboard.Store.Tests.Query;

namespace Dashboard.Store.Tests.Feeds;

/// <summary>Feed subscriptions and the documents' publication-date source, one suite run against every store.</summary>
public abstract class FeedStoreContract
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly Uri FeedUrl = new("https://news.example.org/world/rss.xml");

    protected abstract SqlStore CreateStore();

    [SkippableFact]
    public void AddFeed_New_DueAtOnceWithItsSettings()
    {
        var store = CreateStore();

        var added = store.AddFeed(FeedUrl, TimeSpan.FromMinutes(15), honourRobots: false, keepSummaries: true, Now);

        Assert.True(added.IsSuccess, added.Error);
        var feed = Assert.Single(store.Feeds());
        Assert.Equal((FeedUrl, TimeSpan.FromMinutes(15), false, true, false), (feed.Url, feed.Interval, feed.HonourRobots, feed.KeepSummaries, feed.Paused));
        Assert.True(feed.IsDue(Now));
        Assert.Equal(feed, store.FindFeed(feed.Id));
        Assert.Equal(feed.Id, store.FindFeed(FeedUrl.ToString())?.Id);
    }

    [SkippableFact]
    public void AddFeed_SameAddressTwice_RefusedWithMessage()
    {
        var store = CreateStore();
        store.AddFeed(FeedUrl, TimeSpan.FromMinutes(15), true, false, Now);

        var again = store.AddFeed(FeedUrl, TimeSpan.FromHours(1), true, false, Now);

        Assert.False(again.IsSuccess);
        Assert.Contains("already followed", again.Error, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void AddFeed_IntervalOutOfRange_Refused() =>
        Assert.False(CreateStore().AddFeed(FeedUrl, TimeSpan.FromSeconds(5), true, false, Now).IsSuccess);

    [SkippableFact]
    public void RecordPoll_FailuresInARow_CountedAndResetBySuccess()
    {
        var store = CreateStore();
        var id = store.AddFeed(FeedUrl, TimeSpan.FromMinutes(15), true, false, Now).Value.Id;

        store.RecordPoll(id, new FeedPollRecord(null, null, null, Now, Now.AddMinutes(30), 0, "timed out"));
        store.RecordPoll(id, new FeedPollRecord(null, null, null, Now, Now.AddMinutes(60), 0, "timed out"));
        var failing = store.FindFeed(id)!;
        store.RecordPoll(id, new FeedPollRecord("World news", "\"v2\"", Now, Now.AddHours(1), Now.AddHours(2), 3, null));
        var ok = store.FindFeed(id)!;

        Assert.Equal((2, "timed out", Now.AddMinutes(60)), (failing.Failures, failing.LastError, failing.NextPoll));
        Assert.Equal((0, (string?)null, "World news", "\"v2\"", 3L, (DateTimeOffset?)Now), (ok.Failures, ok.LastError, ok.Title, ok.ETag, ok.ItemsTaken, ok.LastModified));
        Assert.False(ok.IsDue(Now.AddHours(1)));
    }

    [SkippableFact]
    public void PauseMakeDueRemove_ChangeTheFeed()
    {
        var store = CreateStore();
        var id = store.AddFeed(FeedUrl, TimeSpan.FromMinutes(15), true, false, Now).Value.Id;
        store.RecordPoll(id, new FeedPollRecord(null, null, null, Now, Now.AddHours(1), 0, null));

        Assert.True(store.SetPaused(id, true));
        Assert.False(store.FindFeed(id)!.IsDue(Now.AddDays(1)));
        Assert.True(store.SetPaused(id, false));
        Assert.True(store.MakeDue(id, Now));
        Assert.True(store.FindFeed(id)!.IsDue(Now));
        Assert.True(store.RemoveFeed(id));
        Assert.Empty(store.Feeds());
        Assert.False(store.RemoveFeed(id));
    }

    [SkippableFact]
    public void TryClaim_TwoInstancesClaimTheSameDueFeed_OnlyTheFirstGetsIt()
    {
        var store = CreateStore();
        var feed = store.AddFeed(FeedUrl, TimeSpan.FromMinutes(15), true, false, Now).Value;

        var first = store.TryClaim(feed.Id, feed.NextPoll, Now.AddMinutes(5));
        var second = store.TryClaim(feed.Id, feed.NextPoll, Now.AddMinutes(5));

        Assert.Equal((true, false), (first, second));
        Assert.False(store.FindFeed(feed.Id)!.IsDue(Now.AddMinutes(1)));
    }

    [SkippableFact]
    public void RecordItem_Seen_RememberedPerFeed()
    {
        var store = CreateStore();
        var a = store.AddFeed(FeedUrl, TimeSpan.FromMinutes(15), true, false, Now).Value.Id;
        var b = store.AddFeed(new Uri("https://other.example.org/feed"), TimeSpan.FromMinutes(15), true, false, Now).Value.Id;

        store.RecordItem(a, "https://news.example.org/1", null, "refused", Now);
        store.RecordItem(a, "https://news.example.org/1", "doc1", "taken", Now);

        Assert.True(store.HasSeen(a, "https://news.example.org/1"));
        Assert.False(store.HasSeen(b, "https://news.example.org/1"));
    }

    [SkippableFact]
    public async Task Documents_PublishedFromAndFeed_RoundTrip()
    {
        var store = CreateStore();
        var sample = SampleCorpus.DocumentA();
        var metadata = sample.Document.Metadata with { PublishedFrom = PublishedFrom.JsonLd, Feed = "feed1" };
        store.Save(new CorpusDocument(sample.Document.Id, metadata, sample.Document.Text), "hash-x", null, sample.Result, Now);

        var listed = Assert.Single(await store.DocumentsAsync(DocumentQuery.Latest(10)));

        Assert.Equal((PublishedFrom.JsonLd, "feed1", (DateTimeOffset?)Now), (listed.Metadata.PublishedFrom, listed.Metadata.Feed, listed.Metadata.Added));
    }
}
