using Dashboard.Core.Events;
using Dashboard.Store.Query;
using Dashboard.Web.State;
using Microsoft.AspNetCore.WebUtilities;

namespace Dashboard.Web.Tests;

public sealed class ViewStateCodecTests
{
    private static readonly ActorRef[] Actors =
    [
        new("country:RR", "ruritania", "Ruritania", ActorKind.Country, "RR"),
        new("person:jane-doe", "jane-doe", "Jane Doe", ActorKind.Person, null),
    ];

    private static readonly string[] Documents = ["a", "b"];

    private static ViewStateRead Parse(string query) => ViewStateCodec.Parse(QueryHelpers.ParseQuery(query), Actors, Documents, TestEventTypes.Catalog);

    [Fact]
    public void Parse_FullLink_ReadsEveryPart()
    {
        var read = Parse("?actor=ruritania&actor=jane-doe&type=deploy&doc=b&from=2022-01-09&to=2022-01-10&q=air%20port&sel=gn:1&read=a&passage=p3&at=43.25,76.92,6&layers=events,arrows");

        Assert.Empty(read.Notices);
        var s = read.State;
        Assert.Equal(["ruritania", "jane-doe"], s.Actors);
        Assert.Equal(["deploy"], s.Types);
        Assert.Equal(["b"], s.Documents);
        Assert.Equal(new DateOnly(2022, 1, 9), s.From);
        Assert.Equal(new DateOnly(2022, 1, 10), s.To);
        Assert.Equal("air port", s.Text);
        Assert.Equal("gn:1", s.Selection);
        Assert.Equal("a", s.Reading);
        Assert.Equal("p3", s.Passage);
        Assert.Equal(new Viewport(43.25, 76.92, 6), s.At);
        Assert.True(s.Layers.SetEquals(["events", "arrows"]));
    }

    [Theory]
    [InlineData("?actor=ruritania&type=deploy&from=2022-01-09&to=2022-01-09&sel=gn:1&at=43.25,76.92,6")]
    [InlineData("?actor=jane-doe&q=air%20port&read=a&passage=p3&layers=events,areas")]
    [InlineData("?type=deploy&dates=stated")]
    [InlineData("?type=statement&places=stated")]
    [InlineData("?type=deploy&conf=0.55")]
    [InlineData("?conf=0.0")]
    [InlineData("")]
    public void Format_ParsedLink_RoundTrips(string query) => Assert.Equal(query, ViewStateCodec.Format(Parse(query).State));

    [Theory]
    [InlineData("?actor=atlantis", "actor")]
    [InlineData("?type=picnic", "type")]
    [InlineData("?from=yesterday", "from")]
    [InlineData("?places=guessed", "places")]
    [InlineData("?to=2022-13-01", "to")]
    [InlineData("?doc=zzz", "doc")]
    [InlineData("?read=zzz", "read")]
    [InlineData("?at=91,0,3", "at")]
    [InlineData("?at=1,2", "at")]
    [InlineData("?at=NaN,0,3", "at")]
    [InlineData("?at=0,Infinity,3", "at")]
    [InlineData("?layers=events,heat", "layers")]
    [InlineData("?colour=red", "colour")]
    [InlineData("?dates=maybe", "dates")]
    [InlineData("?conf=1.5", "conf")]
    [InlineData("?conf=-0.2", "conf")]
    [InlineData("?conf=high", "conf")]
    [InlineData("?conf=NaN", "conf")]
    public void Parse_BadParameter_IgnoredWithANotice(string query, string parameter)
    {
        var read = Parse(query);

        var notice = Assert.Single(read.Notices);
        Assert.Equal(parameter, notice.Parameter);
        Assert.Contains(parameter, notice.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RangeBackwards_SwappedWithANotice()
    {
        var read = Parse("?from=2022-01-10&to=2022-01-09");

        Assert.Equal(new DateOnly(2022, 1, 9), read.State.From);
        Assert.Equal(new DateOnly(2022, 1, 10), read.State.To);
        Assert.Single(read.Notices);
    }

    [Fact]
    public void ToFilter_StatedDates_CarriedToTheStoreFilter() =>
        Assert.True(ViewStateCodec.ToFilter(Parse("?dates=stated").State, []).StatedDatesOnly);

    [Fact]
    public void ToFilter_StatedPlaces_CarriedToTheStoreFilter() =>
        Assert.True(ViewStateCodec.ToFilter(Parse("?places=stated").State, []).StatedPlacesOnly);

    [Fact]
    public void ToFilter_Confidence_CarriedToTheStoreFilter() =>
        Assert.Equal(0.55, ViewStateCodec.ToFilter(Parse("?conf=0.55").State, []).MinConfidence);

    [Theory]
    [InlineData("?conf=0.47", 0.45)]
    [InlineData("?conf=0.48", 0.5)]
    [InlineData("?conf=0.725", 0.75)]
    [InlineData("?conf=1", 0.95)]
    [InlineData("?conf=0", 0.0)]
    public void Parse_ConfidenceOffABandEdge_RoundedToAStep(string query, double expected) =>
        Assert.Equal(expected, Parse(query).State.MinConfidence);

    [Fact]
    public void FilterQuery_Confidence_KeptForTheMapsRequests() =>
        Assert.Equal("?conf=0.6", ViewStateCodec.FilterQuery(Parse("?conf=0.6&sel=gn:1").State));

    [Fact]
    public void ClearFilters_Confidence_Cleared() =>
        Assert.False(Parse("?conf=0.55").State.ClearFilters().HasFilters);

    [Fact]
    public void Parse_ActorById_NormalisedToKey() => Assert.Equal(["ruritania"], Parse("?actor=country:RR").State.Actors);

    [Fact]
    public void ToFilter_ActorKeys_BecomeIds()
    {
        var filter = ViewStateCodec.ToFilter(Parse("?actor=jane-doe&type=deploy").State, Actors);

        Assert.Equal(["person:jane-doe"], filter.Actors);
        Assert.Equal(["deploy"], filter.Types);
    }

    [Fact]
    public void FilterQuery_FullState_KeepsOnlyFilters() =>
        Assert.Equal("?actor=ruritania&from=2022-01-09", ViewStateCodec.FilterQuery(Parse("?actor=ruritania&from=2022-01-09&sel=gn:1&at=1,2,3&layers=events").State));

    [Fact]
    public void Format_TextWithSymbols_Escaped() =>
        Assert.Equal("?q=a%26b%3Dc%20%C3%A9", ViewStateCodec.Format(ViewState.Default with { Text = "a&b=c é" }));
}
