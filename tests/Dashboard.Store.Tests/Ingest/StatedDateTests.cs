using Dashboard.Store.Ingest;

namespace Dashboard.Store.Tests.Ingest;

public sealed class StatedDateTests
{
    [Theory]
    [InlineData("Published 10 January 2022. Troops arrived.", false, "2022-01-10")]
    [InlineData("March 3, 2021 — The talks ended.", false, "2021-03-03")]
    [InlineData("Updated 2020-02-29 at noon", false, "2020-02-29")]
    [InlineData("<meta property=\"article:published_time\" content=\"2023-05-06T10:00:00Z\"><p>On 1 June 2020</p>", true, "2023-05-06")]
    [InlineData("<time datetime=\"2019-12-31\">New Year's Eve</time>", true, "2019-12-31")]
    public void Find_StatedDate_Found(string text, bool html, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), StatedDate.Find(text, html));

    [Theory]
    [InlineData("No date here, only Monday and last week.")]
    [InlineData("31 February 2022 is not a day.")]
    public void Find_NoFullDate_Null(string text) => Assert.Null(StatedDate.Find(text, isHtml: false));
}
