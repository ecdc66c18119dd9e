using Bunit;
using Dashboard.Store.Query;
using Dashboard.Web.Components.Filters;
using MudBlazor.Services;

namespace Dashboard.Web.Tests;

public sealed class DateHistogramTests
{
    [Fact]
    public async Task Render_TwoDaysWithAGap_ABarADayOutOfTheTabOrderNamedByItsTitle()
    {
        await using var ctx = new BunitContext();
        ctx.Services.AddMudServices();
        IReadOnlyList<FacetCount<DateOnly>> days = [new(new DateOnly(2022, 1, 9), 3), new(new DateOnly(2022, 1, 11), 1)];

        var histogram = ctx.Render<DateHistogram>(p => p.Add(h => h.Days, days));

        var bars = histogram.FindAll("button.histogram-bar");
        Assert.Equal(["9 Jan 2022: 3 events", "10 Jan 2022: 0 events", "11 Jan 2022: 1 event"], bars.Select(b => b.GetAttribute("title")));
        Assert.All(bars, b => Assert.Equal("-1", b.GetAttribute("tabindex")));
        Assert.All(bars, b => Assert.Null(b.GetAttribute("aria-label")));
    }

    [Fact]
    public async Task Click_ABar_AskedForThatDayAlone()
    {
        await using var ctx = new BunitContext();
        ctx.Services.AddMudServices();
        (DateOnly From, DateOnly To)? asked = null;
        IReadOnlyList<FacetCount<DateOnly>> days = [new(new DateOnly(2022, 1, 9), 3), new(new DateOnly(2022, 1, 11), 1)];
        var histogram = ctx.Render<DateHistogram>(p => p.Add(h => h.Days, days).Add(h => h.OnRange, range => asked = range));

        await histogram.Find("button[data-day='2022-01-11']").ClickAsync(new());

        Assert.Equal((new DateOnly(2022, 1, 11), new DateOnly(2022, 1, 11)), asked);
    }
}
