using Bunit;
using Dashboard.Core.Events;
using Dashboard.Core.Text;
using Dashboard.Core.Time;
using Dashboard.Store.Query;
using Dashboard.Web.Components.Events;
using MudBlazor.Services;

namespace Dashboard.Web.Tests;

public sealed class EventsTableTests
{
    [Fact]
    public async Task Render_InferredDate_IsMarkedWithItsBasisAndAStatedDateIsNot()
    {
        await using var ctx = new BunitContext();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        ctx.Services.AddMudServices();
        var day = DateInterval.Day(new DateOnly(2022, 1, 9));
        EventRecord Event(string id, DateBasis basis) => new(id, "a", "deploy", EventStatus.Happened, [], [], null, null, day, [],
            [new EvidenceRecord("a", "p1", new TextSpan(0, 4), "Text")]) { DateBasis = basis };

        var table = ctx.Render<EventsTable>(p => p.Add(t => t.Events, [Event("a.e1", DateBasis.Stated), Event("a.e2", DateBasis.NewsDay)]));

        var marker = Assert.Single(table.FindAll(".date-basis"));
        Assert.Equal("news_day", marker.GetAttribute("data-date-basis"));
        Assert.Contains("news day", marker.GetAttribute("title"), StringComparison.Ordinal);
    }
}
