using Bunit;
using Dashboard.Core.Events;
using Dashboard.Core.Text;
using Dashboard.Core.Time;
using Dashboard.Store.Query;
using Dashboard.Web.Components.Events;

namespace Dashboard.Web.Tests;

public sealed class EventsTableTests
{
    [Fact]
    public async Task Render_InferredDate_IsMarkedWithItsBasisAndAStatedDateIsNot()
    {
        await using var ctx = TestEventTypes.Context();
        var day = DateInterval.Day(new DateOnly(2022, 1, 9));
        EventRecord Event(string id, DateBasis basis) => new(id, "a", "deploy", EventStatus.Happened, [], [], null, null, day, [],
            [new EvidenceRecord("a", "p1", new TextSpan(0, 4), "Text")]) { DateBasis = basis };

        IReadOnlyList<EventRecord> events = [Event("a.e1", DateBasis.Stated), Event("a.e2", DateBasis.NewsDay)];
        var table = ctx.Render<EventsTable>(p => p.Add(t => t.Load, (_, _) => Task.FromResult(new EventPage(events, 2, null))));
        table.WaitForAssertion(() => Assert.Equal(2, table.FindAll("tbody tr").Count));

        var marker = Assert.Single(table.FindAll(".date-basis"));
        Assert.Equal("news_day", marker.GetAttribute("data-date-basis"));
        Assert.Contains("news day", marker.GetAttribute("title"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_InferredPlace_IsMarkedWithItsBasisAndAStatedPlaceIsNot()
    {
        await using var ctx = TestEventTypes.Context();

        IReadOnlyList<EventRecord> events = [TestEvents.AtLyon("a.e1", PlaceBasis.Stated), TestEvents.AtLyon("a.e2", PlaceBasis.Context)];
        var table = ctx.Render<EventsTable>(p => p.Add(t => t.Load, (_, _) => Task.FromResult(new EventPage(events, 2, null))));
        table.WaitForAssertion(() => Assert.Equal(2, table.FindAll("tbody tr").Count));

        var marker = Assert.Single(table.FindAll(".place-basis"));
        Assert.Equal("context", marker.GetAttribute("data-place-basis"));
        Assert.Contains("does not say where", marker.GetAttribute("title"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_EventBelowTheThreshold_MarkedDoubtfulWithItsConfidence()
    {
        await using var ctx = TestEventTypes.Context();

        IReadOnlyList<EventRecord> events =
        [
            TestEvents.AtLyon("a.e1", PlaceBasis.Stated) with { Confidence = 0.81 },
            TestEvents.AtLyon("a.e2", PlaceBasis.Stated) with { Confidence = 0.32 },
            TestEvents.AtLyon("a.e3", PlaceBasis.Stated),
        ];
        var table = ctx.Render<EventsTable>(p => p.Add(t => t.Load, (_, _) => Task.FromResult(new EventPage(events, 3, null))).Add(t => t.DoubtfulBelow, 0.55));
        table.WaitForAssertion(() => Assert.Equal(3, table.FindAll("tbody tr").Count));

        Assert.Equal(["81%", "32%", "unscored"], table.FindAll(".confidence-label").Select(e => e.TextContent));
        var chip = Assert.Single(table.FindAll(".doubtful-chip"));
        Assert.Contains("32%, below 55%", chip.GetAttribute("title"), StringComparison.Ordinal);
        Assert.Contains("a.e2", chip.Closest("tr")!.InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sort_ConfidenceHeaderClicked_TheStoreIsAskedForConfidenceOrder()
    {
        await using var ctx = TestEventTypes.Context();
        var asked = new List<EventPageRequest>();
        var table = ctx.Render<EventsTable>(p => p.Add(t => t.Load, (request, _) =>
        {
            asked.Add(request);
            return Task.FromResult(new EventPage([], 0, null));
        }));
        table.WaitForAssertion(() => Assert.Single(asked));

        table.FindAll(".mud-table-sort-label").Single(l => l.TextContent.Contains("Confidence", StringComparison.Ordinal)).Click();

        table.WaitForAssertion(() => Assert.Equal(EventSort.Confidence, asked[^1].Sort));
    }

    [Fact]
    public async Task Sort_DateHeaderClicked_TheStoreIsAskedForThatOrderAndOnePage()
    {
        await using var ctx = TestEventTypes.Context();
        var asked = new List<EventPageRequest>();
        var table = ctx.Render<EventsTable>(p => p.Add(t => t.Load, (request, _) =>
        {
            asked.Add(request);
            return Task.FromResult(new EventPage([], 1234, null));
        }));
        table.WaitForAssertion(() => Assert.Single(asked));

        table.FindAll(".mud-table-sort-label")[0].Click();

        table.WaitForAssertion(() => Assert.Equal(EventSort.Date, asked[^1].Sort));
        Assert.All(asked, r => Assert.Equal(EventsTable.PageSize, r.Limit));
        Assert.Equal("1234", table.Find("[data-testid=events-count]").TextContent);
    }
}
