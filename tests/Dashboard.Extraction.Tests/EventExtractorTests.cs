using Dashboard.Core.Events;

namespace Dashboard.Extraction.Tests;

/// <summary>Events from invented sentences (publication date Tuesday 11 January 2022).</summary>
[Collection(PipelineCollection.Name)]
public sealed class EventExtractorTests(PipelineFixture fixture)
{
    private static readonly DateOnly Published = new(2022, 1, 11);

    [Fact]
    public void Extract_Deployment_HasActorDestinationOriginDateAndTroops()
    {
        var e = Single("France sent about 1,200 soldiers from Paris to Niamey on Sunday.", "deploy");
        Assert.Equal(["country:FR"], e.Actors);
        Assert.Equal("Niamey", e.Place?.Choice?.Name);
        Assert.Equal("Paris", e.Origin?.Choice?.Name);
        Assert.Equal("2022-01-09", e.When?.ToString());
        var troops = Assert.Single(e.Quantities);
        Assert.Equal(("troops", 1200.0, true), (troops.Unit, troops.Value!.Value, troops.Approximate));
        Assert.Equal(EventStatus.Happened, e.Status);
    }

    [Fact]
    public void Extract_Offer_IsOffered()
    {
        var e = Single("Turkey offered Libya military advisers.", "offer_support");
        Assert.Equal(EventStatus.Offered, e.Status);
        Assert.Contains("country:TR", e.Actors);
    }

    [Fact]
    public void Extract_FutureModal_IsPlanned() =>
        Assert.Equal(EventStatus.Planned, Single("Germany will deploy 300 troops to Lithuania.", "deploy").Status);

    [Fact]
    public void Extract_DateOfARelativeClause_IsNotTheEventsDate()
    {
        var e = Single("Police detained 40 protesters in Lima, which had seen riots in 2019.", "arrest");
        Assert.Null(e.When);
        Assert.Equal("Lima", e.Place?.Choice?.Name);
        Assert.Equal(40, Assert.Single(e.Quantities).Value);
    }

    [Fact]
    public void Extract_DateAfterARelativeClause_BelongsToTheMainClause()
    {
        var e = Single("The protests, which began over bread prices, spread over the past week.", "protest");
        Assert.Equal("2022-01-03/2022-01-09", e.When?.ToString());
    }

    [Fact]
    public void Extract_ThreeWordTrigger_BeatsItsLastWord()
    {
        var events = fixture.Pipeline.Extract("In Bamako, fuel was increasingly in short supply.", Published).Events;
        Assert.Contains(events, e => e.Type == "other");
        Assert.DoesNotContain(events, e => e.Type == "offer_support");
    }

    [Fact]
    public void Extract_MergedReports_TakeTheFirstDateAnyGives()
    {
        var events = fixture.Pipeline.Extract(
            "Headline\n\nProtesters marched in Santiago.\n\nThousands of people attended. Protesters marched in Santiago on Monday.\n", Published).Events;
        var protest = Assert.Single(events, e => e.Type == "protest");
        Assert.Equal(2, protest.Evidence.Count);
        Assert.Equal("2022-01-10", protest.When?.ToString());
    }

    [Fact]
    public void Extract_SameHappeningTwice_IsOneEventWithTwoEvidenceSpans()
    {
        var events = fixture.Pipeline.Extract(
            "Headline\n\nProtesters marched in Santiago on Monday.\n\nOn Monday protesters marched in Santiago again.\n", Published).Events;
        var protest = Assert.Single(events, e => e.Type == "protest");
        Assert.Equal(2, protest.Evidence.Count);
    }

    [Fact]
    public void Extract_TriggerInsideAName_IsNotAnEvent() =>
        Assert.DoesNotContain(fixture.Pipeline.Extract("The Ohio National Guard Museum opened.", Published).Events, e => e.Type == "deploy");

    [Fact]
    public void Extract_StatementAboutAPlace_HasNoVenueButAMeetingInACityHasOne()
    {
        Assert.Null(Single("The minister said the economy of Bolivia was improving.", "statement").Place);
        Assert.Equal("CH", Single("Diplomats met in Geneva on Monday.", "meeting").Place?.Choice?.Country);
    }

    [Fact]
    public void Extract_FlightWithoutTo_GoesToTheLastPlaceNamed() =>
        Assert.Equal("Nairobi", Single("Troops were flown at dawn from Addis Ababa, landing in Nairobi.", "transport").Place?.Choice?.Name);

    [Fact]
    public void Extract_BracketedDate_IsAGlossNotTheDate() =>
        Assert.Equal("2022-01-10", Single("Police arrested 12 people on Monday (Tuesday local time).", "arrest").When?.ToString());

    [Fact]
    public void Extract_HappeningWithoutAPlace_TakesThePassagesPlaceThenTheArticlesCountry()
    {
        var events = fixture.Pipeline.Extract(
            "Headline\n\nClashes broke out in Mali on Monday. Soldiers detained 30 people there.\n\nProtesters gathered again.\n", Published).Events;
        Assert.Equal("Mali", Assert.Single(events, e => e.Type == "arrest").Place?.Choice?.Name);
        Assert.Equal("Mali", Assert.Single(events, e => e.Type == "protest").Place?.Choice?.Name);
    }

    private NewsEvent Single(string sentence, string type) =>
        Assert.Single(fixture.Pipeline.Extract(sentence, Published).Events, e => e.Type == type);
}
