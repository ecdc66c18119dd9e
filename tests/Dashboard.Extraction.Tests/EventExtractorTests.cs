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

    [Theory]
    [InlineData("Headline\n\nBAMAKO, 14 January 2025 (Reuters) - Gunmen attacked a crowded market in the dusty hills north of Kayes on Monday, officials said.\n", "2025-01-13")]
    [InlineData("Headline\n\nBAMAKO, 14 January 2025 (Reuters) - Gunmen attacked a crowded market in the dusty hills north of Kayes, officials said.\n", "2025-01-14")]
    public void Extract_DatelineDateBesideTheHappeningsOwnDay_TheOwnDayWins(string text, string day) =>
        Assert.Equal(day, Assert.Single(fixture.Pipeline.Extract(text).Events, e => e.Type == "violence").When?.ToString());

    [Theory]
    [InlineData("The minister will visit Goma on Monday.", "2022-01-17")]
    [InlineData("The minister visited Goma on Monday.", "2022-01-10")]
    [InlineData("The minister said on Monday he would visit Goma.", "2022-01-10")]
    public void Extract_PlannedHappeningOnABareWeekday_IsTheComingOne(string sentence, string day) =>
        Assert.Equal(day, Assert.Single(fixture.Pipeline.Extract(sentence, Published).Events, e => e.Type == "meeting").When?.ToString());

    [Theory]
    [InlineData("France sent troops to Mali and Niger on Monday.", "Mali,Niger")]
    [InlineData("France sent troops to Mali, Niger and Chad on Monday.", "Chad,Mali,Niger")]
    [InlineData("France sent troops from Chad to Mali on Monday.", "Mali")]
    [InlineData("France sent troops to Mali and Chad condemned it.", "Mali")]
    public void Extract_MovementToCoordinatedDestinations_OneEventPerDestination(string sentence, string places) =>
        Assert.Equal(places, string.Join(',', fixture.Pipeline.Extract(sentence, Published).Events.Where(e => e.Type == "deploy")
            .Select(e => e.Place?.Choice?.Name).Order(StringComparer.Ordinal)));

    [Theory]
    [InlineData("Russian troops moved into Ukraine near the city of Kharkiv on Monday.", "Kharkiv")]
    [InlineData("Russian troops moved into Ukraine near the border town of Kharkiv on Monday.", "Kharkiv")]
    [InlineData("Russian troops moved into Ukraine at Kharkiv on Monday.", "Kharkiv")]
    [InlineData("Russian troops moved into Ukraine on Monday, and others trained near Minsk.", "Ukraine")]
    [InlineData("Russian troops moved into Ukraine near Minsk on Monday.", "Ukraine")]
    [InlineData("Russian troops began arriving in Belarus for drills, the ministry said, as officials voiced alarm over the build-up near Ukraine.", "Belarus")]
    public void Extract_MovementIntoACountryNearAPlaceInItOrAnotherClause_IsPlacedInItsOwnPhrase(string sentence, string place) =>
        Assert.Equal(place, Single(sentence, "deploy").Place?.Choice?.Name);

    [Theory]
    [InlineData("Kenyan soldiers landed in the eastern Congolese city of Goma on Wednesday.", "Goma")]
    [InlineData("Russian troops moved into Ukraine near the eastern Ukrainian city of Kharkiv on Monday.", "Kharkiv")]
    [InlineData("Kenyan soldiers landed in the capital, Kinshasa, on Wednesday.", "Kinshasa")]
    public void Extract_PlaceAfterModifiersOrInApposition_TakesThePrepositionBeforeItsNoun(string sentence, string place) =>
        Assert.Equal(place, Single(sentence, "deploy").Place?.Choice?.Name);

    [Fact]
    public void Extract_CountryThenARegionNamedAsItsOwn_IsPlacedInTheRegion() =>
        Assert.Equal("Plateau State", Single("At least 27 people were killed in clashes in Nigeria's central Plateau state on Monday.", "casualties").Place?.Choice?.Name);

    [Fact]
    public void Extract_CountryThenItsCapitalInApposition_IsPlacedInTheCapital() =>
        Assert.Equal("Lilongwe", Single("Authorities in Malawi imposed a curfew in the capital, Lilongwe, on Monday.", "other").Place?.Choice?.Name);

    [Theory]
    [InlineData("Soldiers detained the president at his residence in the capital, officials said.", "Niamey")]
    [InlineData("Police arrested 40 protesters across the city on Tuesday.", "Zinder")]
    [InlineData("Police arrested 40 protesters across the city of Maradi on Tuesday.", "Maradi")]
    [InlineData("Police arrested 40 protesters across the country on Tuesday.", "Niger")]
    public void Extract_HappeningInTheCapitalOrTheCityUnnamed_IsPlacedInTheOneTheArticleNamed(string sentence, string place)
    {
        var text = "Coup in Niger\n\nSoldiers seized power in Niamey on Monday.\n\nProtests in the southern city of Zinder turned violent.\n\n" + sentence + "\n";
        var arrest = Assert.Single(fixture.Pipeline.Extract(text, Published).Events, e => e.Type == "arrest");
        Assert.Equal(place, arrest.Place?.Choice?.Name);
    }

    [Fact]
    public void Extract_MeetingWithACountryBeforeTheCity_TakesTheSentencesCityAsContext()
    {
        var e = Single("China's ambassador to Congo met the interior minister in Kinshasa on Monday.", "meeting");
        Assert.Equal(("Kinshasa", PlaceBasis.Context), (e.Place?.Choice?.Name, e.PlaceBasis));
    }

    [Theory]
    [InlineData("The United States flew its diplomats out of Khartoum over the weekend.", "Khartoum")]
    [InlineData("A convoy of buses carrying about 700 foreign nationals left Khartoum on Monday.", "Khartoum")]
    [InlineData("Two transport planes had flown 380 people of 31 nationalities to Djibouti on Monday.", "Djibouti")]
    public void Extract_DiplomatsFlownOutOrCiviliansCarried_IsAnEvacuation(string sentence, string place) =>
        Assert.Equal(place, Single(sentence, "evacuate").Place?.Choice?.Name);

    [Fact]
    public void Extract_DeploymentToItsBorderWithANeighbour_IsPlacedOnThatBorder() =>
        Assert.Equal("Niger–Chad border", Single("Chad will send 1,000 soldiers to its border with Niger.", "deploy").Place?.Choice?.Name);

    [Fact]
    public void Extract_HappeningInACoordinatedClauseWithItsOwnPlace_IsPlacedThere() =>
        Assert.Equal("Tehran", Single("State media said a man was stabbed to death in Mashhad and that police had arrested dozens of rioters in Tehran.", "arrest").Place?.Choice?.Name);

    [Fact]
    public void Extract_Offer_IsOffered()
    {
        var e = Single("Turkey offered Libya military advisers.", "offer_support");
        Assert.Equal(EventStatus.Offered, e.Status);
        Assert.Contains("country:TR", e.Actors);
    }

    [Fact]
    public void Extract_HappeningOrdered_IsPlannedAndOne()
    {
        var events = fixture.Pipeline.Extract("The president ordered troops to shoot to kill protesters in Lyon.", Published).Events;
        Assert.Equal(EventStatus.Planned, Assert.Single(events, e => e.Type == "violence").Status);
        Assert.DoesNotContain(events, e => e.Type == "casualties");
    }

    [Fact]
    public void Extract_FutureModal_IsPlanned() =>
        Assert.Equal(EventStatus.Planned, Single("Germany will deploy 300 troops to Lithuania.", "deploy").Status);

    [Theory]
    [InlineData("Twenty people were killed at a protest in Lyon.", 20)]
    [InlineData("At least 12 people died as thousands protested in Nantes.", 12)]
    [InlineData("Police arrested 40 people at a rally in Lille.", 40)]
    public void Extract_AmountCountedByAnotherHappening_NotTheProtestsSize(string sentence, double counted) =>
        Assert.DoesNotContain(Single(sentence, "protest").Quantities, q => (q.Value ?? q.Min) == counted);

    [Theory]
    [InlineData("In the evacuation, German transport planes had flown 380 people to Djibouti on Monday.", "evacuate", 380)]
    [InlineData("French planes had flown 380 people out of Niamey in the evacuation on Monday.", "evacuate", 380)]
    public void Extract_AmountOfAMovementToldByAnother_SharedByIt(string sentence, string type, double counted) =>
        Assert.Contains(Single(sentence, type).Quantities, q => (q.Value ?? q.Min) == counted);

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
        Assert.Null(StatedPlace(Single("The minister warned that the economy of Bolivia was weakening.", "statement")));
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

    [Fact]
    public void Extract_UndatedLead_TakesTheNewsDayButAnUndatedReactionStaysUndated()
    {
        var events = fixture.Pipeline.Extract(
            "Headline\n\nThe president defended the decision to send soldiers to Mali.\n\nTroops landed in Bamako on Monday. "
            + "Officials met in Dakar on Monday.\n\nThe opposition leader dismissed the criticism.\n", Published).Events;
        var lead = Assert.Single(events, e => e.Type == "statement");
        Assert.Equal(("2022-01-10", DateBasis.NewsDay), (lead.When?.ToString(), lead.DateBasis));
        Assert.Null(Assert.Single(events, e => e.Type == "criticise").When);
    }

    [Theory]
    [InlineData("They had also cordoned off the palace, the agency said.", "deploy")]
    [InlineData("In Bamako, fuel was increasingly in short supply.", "other")]
    [InlineData("According to Reuters, guards had also cordoned off the palace.", "deploy")]
    [InlineData("Protests continue across Chad.", "protest")]
    public void Extract_ReportedOrCurrentStateWithoutDate_TakesTheNewsDay(string sentence, string type)
    {
        var events = fixture.Pipeline.Extract(
            $"Headline\n\nSoldiers arrived in Mali on Monday.\n\nOfficials met in Dakar on Monday.\n\n{sentence}\n", Published).Events;
        var e = Assert.Single(events, e => e.Type == type && e.Evidence.Any(x => x.Span.Start > 60));
        Assert.Equal(("2022-01-10", DateBasis.NewsDay), (e.When?.ToString(), e.DateBasis));
    }

    [Fact]
    public void Extract_NoDayNamed_HasNoNewsDay() =>
        Assert.Null(Single("The president defended the decision to send soldiers to Mali.", "statement").When);

    [Fact]
    public void Extract_DateInsideAnEarlierRelativeClause_IsNotCarriedForward()
    {
        var events = fixture.Pipeline.Extract(
            "Headline\n\nOn Monday officials met in Dakar.\n\nSoldiers stood in Bamako, which saw fighting over the past week. They had also cordoned off the palace.\n",
            Published).Events;
        Assert.Null(Assert.Single(events, e => e.Type == "deploy").When);
    }

    [Fact]
    public void Extract_OpeningThatRefersBack_TakesTheDateOfThatHappeningAndIsNoNewEvent()
    {
        var events = fixture.Pipeline.Extract(
            "Headline\n\nProtests spread across Chad over the past week.\n\nFollowing the protests, police detained 300 people.\n", Published).Events;
        var arrest = Assert.Single(events, e => e.Type == "arrest");
        Assert.Equal(("2022-01-03/2022-01-09", DateBasis.Carried), (arrest.When?.ToString(), arrest.DateBasis));
        Assert.Single(events, e => e.Type == "protest");
    }

    [Theory]
    [InlineData("Troops were sent to Chad on Monday following days of violent protests.")]
    [InlineData("Troops were sent to Chad amid anti-government protests and unrest.")]
    public void Extract_HappeningMentionedInPassing_IsNoEvent(string sentence)
    {
        var events = fixture.Pipeline.Extract(sentence, Published).Events;
        Assert.Contains(events, e => e.Type == "deploy");
        Assert.DoesNotContain(events, e => e.Type == "protest");
    }

    [Fact]
    public void Extract_SameKindOfHappeningInTwoDatedClauses_TakesTheMorePreciseDate() =>
        Assert.Equal("2022-01-10", Single("China last week described the vote as fair, and Beijing urged on Monday calm in Chad.", "statement").When?.ToString());

    [Fact]
    public void Extract_StatementAboutUnrestInAPlace_HasNoVenue() =>
        Assert.Null(StatedPlace(Single("Beijing described the unrest in Chad as a domestic matter.", "statement")));

    [Fact]
    public void Extract_OfferOfSupport_IsPlacedWhereTheSupportWouldGo() =>
        Assert.Equal("Libya", Single("Turkey offered military advisers to help restore order in Libya.", "offer_support").Place?.Choice?.Name);

    [Fact]
    public void Extract_TransportOfCivilians_IsAnEvacuation()
    {
        var events = fixture.Pipeline.Extract("The army organised flights to transport French citizens in Niamey back to France.", Published).Events;
        Assert.Equal("Niamey", Assert.Single(events, e => e.Type == "evacuate").Place?.Choice?.Name);
        Assert.DoesNotContain(events, e => e.Type == "transport");
    }

    [Fact]
    public void Extract_MovementLoadedInOnePlaceAndLandingInAnother_GoesFromTheFirstToTheLast()
    {
        var e = Single("Troops loaded vehicles onto planes in Paris and landed at airfields near Niamey.", "deploy");
        Assert.Equal(("Paris", "Niamey"), (e.Origin?.Choice?.Name, e.Place?.Choice?.Name));
    }

    [Fact]
    public void Extract_RetellingWithoutActor_JoinsTheHappeningWithItsAmount()
    {
        var events = fixture.Pipeline.Extract(
            "Headline\n\nFrance sent troops to Mali on Monday.\n\nThe number sent in would be about 1,000, Reuters reported.\n\nClashes broke out in Gao."
            + "\n\nMore were sent to Mali, Reuters said.\n", Published).Events;
        var deploy = Assert.Single(events, e => e.Type == "deploy" && e.Actors.Contains("country:FR"));
        Assert.Equal(2, deploy.Evidence.Count); // not the third report, two paragraphs later
        Assert.Equal(("troops", 1000.0), (Assert.Single(deploy.Quantities).Unit, deploy.Quantities[0].Value!.Value));
        Assert.Equal(("2022-01-10", DateBasis.Stated), (deploy.When?.ToString(), deploy.DateBasis));
    }

    [Theory]
    [InlineData("Troops landed in Mali after the president requested help.", "request_support")]
    [InlineData("After the troops withdrew, protesters returned to the square.", "withdraw")]
    public void Extract_VerbAfterAReferenceWord_IsStillAnEvent(string sentence, string type) =>
        Assert.Contains(fixture.Pipeline.Extract(sentence, Published).Events, e => e.Type == type);

    [Theory]
    [InlineData("The minister sought to calm the markets.", "request_support")]
    [InlineData("Food supplies ran low in Gao.", "offer_support")]
    public void Extract_TriggerWordInAnotherSense_IsNoEvent(string sentence, string type) =>
        Assert.DoesNotContain(fixture.Pipeline.Extract(sentence, Published).Events, e => e.Type == type);

    [Fact]
    public void Extract_SoughtHelp_IsStillARequest() =>
        Assert.Contains(fixture.Pipeline.Extract("Mali sought help from France.", Published).Events, e => e.Type == "request_support");

    [Fact]
    public void Extract_APersonFlyingSomewhere_IsNoTransport() =>
        Assert.DoesNotContain(fixture.Pipeline.Extract("The mission's force commander, Lt. Gen. Rafael Ortiz, flew to Gao on Wednesday to meet the wounded and Malian officers.", Published).Events,
            e => e.Type == "transport");

    [Theory]
    [InlineData("She, however, insisted that the outbreak in the camp was under control.", "statement")]
    [InlineData("She met the mayor of Lyon on Tuesday.", "meeting")]
    [InlineData("But she, too, met the mayor of Lyon on Tuesday.", "meeting")]
    public void Extract_SheWithNobodyNamed_IsThePersonNamedLastBefore(string later, string type) =>
        Assert.Contains(fixture.Pipeline.Extract($"Headline\n\nThe health commissioner, Cecilia Okafor, toured the camp in Lyon on Monday.\n\n{later}\n", Published).Events,
            e => e.Type == type && e.Actors.Any(a => a.Contains("okafor", StringComparison.Ordinal)));

    [Fact]
    public void Extract_SheInsideAClauseNamingSomebody_IsNotThePersonNamedBefore() =>
        Assert.DoesNotContain(fixture.Pipeline.Extract("Headline\n\nThe health commissioner, Cecilia Okafor, toured the camp in Lyon on Monday.\n\n\"The stores are empty,\" said a resident, who said she had offered food to her neighbours.\n", Published).Events,
            e => e.Type == "offer_support" && e.Actors.Any(a => a.Contains("okafor", StringComparison.Ordinal)));

    [Fact]
    public void Extract_SheUndergoingTheHappening_IsNoDoer() =>
        Assert.DoesNotContain(fixture.Pipeline.Extract("Headline\n\nThe health commissioner, Cecilia Okafor, toured the camp in Lyon on Monday.\n\nShe was heavily fined by the court.\n", Published).Events,
            e => e.Type == "criticise" && e.Actors.Any(a => a.Contains("okafor", StringComparison.Ordinal)));

    [Theory]
    [InlineData("An air force plane carrying medical supplies left Gao for Mopti on Saturday.", true)]
    [InlineData("A ship carrying the flag of Panama left Gao on Saturday.", false)]
    public void Extract_CraftCarryingCargo_IsATransport(string sentence, bool transport) =>
        Assert.Equal(transport, fixture.Pipeline.Extract(sentence, Published).Events.Any(e => e.Type == "transport"));

    [Fact]
    public void Extract_TroopsCounted_StayATransport() =>
        Assert.DoesNotContain(fixture.Pipeline.Extract("Two transport planes flew 380 troops to Djibouti on Monday.", Published).Events, e => e.Type == "evacuate");

    [Fact]
    public void Extract_CiviliansNamedAfterTheDestination_DoNotMakeAnEvacuation() =>
        Assert.DoesNotContain(fixture.Pipeline.Extract("Russia flew 3,000 troops to Bamako, where residents reported gunfire.", Published).Events,
            e => e.Type == "evacuate");

    [Fact]
    public void Extract_LandingWithoutADeparture_HasNoOrigin() =>
        Assert.Null(Single("Troops were deployed in Bamako a day after landing in Dakar.", "deploy").Origin);

    [Fact]
    public void Extract_RequestMadeAtASummit_IsNotPlacedAtTheSummit() =>
        Assert.NotEqual("Abuja", Single("Mali requested help from ECOWAS at a summit in Abuja.", "request_support").Place?.Choice?.Name);

    [Fact]
    public void Extract_SameKindOfHappeningOnTwoStatedDays_IsTwoEvents()
    {
        var events = fixture.Pipeline.Extract(
            "Headline\n\nOn Monday, 8 people were killed in Gao.\n\nOn Saturday, 18 more people were killed in Gao.\n", Published).Events;
        Assert.Equal(["2022-01-08", "2022-01-10"], events.Where(e => e.Type == "casualties").Select(e => e.When?.ToString()).Order());
    }

    [Fact]
    public void Extract_SameKindInTwoCoordinatedClausesWithTwoPlaces_IsTwoEventsWithTheirOwnDates()
    {
        var events = fixture.Pipeline.Extract("France deployed troops in Sudan on 30 September 2015, and deployed troops in Mali last week.", Published).Events;
        Assert.Equal(
            [("Mali", "2022-01-03/2022-01-09"), ("Sudan", "2015-09-30")],
            events.Where(e => e.Type == "deploy").Select(e => (e.Place?.Choice?.Name, e.When?.ToString())).OrderBy(x => x.Item1));
    }

    [Fact]
    public void Extract_SameKindTwiceInOneClause_IsOneEvent() =>
        Single("Russia sent troops into Mali on Sunday, deploying them to help the army.", "deploy");

    [Fact]
    public void Extract_PlaceThatIsOnlyATopic_IsNotTheMovementsPlace()
    {
        var events = fixture.Pipeline.Extract(
            "Headline\n\nProtesters gathered in Bamako, Mali, and in Gao, Mali.\n\nFrance deploys forces, amid tension over Ukraine, to the region.\n", Published).Events;
        Assert.Equal("Mali", Assert.Single(events, e => e.Type == "deploy").Place?.Choice?.Name);
    }

    [Fact]
    public void Extract_StateActingOnProtests_IsNotAProtester()
    {
        var protest = Single("France sent soldiers to help end protests by students in Dakar.", "protest");
        Assert.DoesNotContain("country:FR", protest.Actors);
        Assert.Contains(protest.Actors, id => id.StartsWith("group:students", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_PartyHoldingProtests_IsTheProtester() =>
        Assert.Contains("org:bharatiya-janata-party", Single("The BJP held protests in Kolkata on Monday.", "protest").Actors);

    [Fact]
    public void Extract_OnlookersOfProtests_AreNotProtesters() =>
        Assert.DoesNotContain("group:international-community", Single("The international community condemned the crackdown on protests in Lima.", "protest").Actors);

    [Fact]
    public void Extract_ActorlessReportsFarApart_StayTwoEvents()
    {
        var events = fixture.Pipeline.Extract(
            "Headline\n\nProtests spread in Lima.\n\nClashes broke out in Cusco.\n\nTalks failed in Quito.\n\nProtests spread in Lima again.\n", Published).Events;
        Assert.Equal(2, events.Count(e => e.Type == "protest"));
    }

    [Fact]
    public void Extract_ShotDownOverACity_IsPlacedThere() =>
        Assert.Equal("Kyiv", Single("A drone was shot down over Kyiv.", "violence").Place?.Choice?.Name);

    [Fact]
    public void Extract_TheFollowingStatement_IsStillAStatement() =>
        Assert.Contains(fixture.Pipeline.Extract("The ministry issued the following statement on Monday.", Published).Events, e => e.Type == "statement");

    [Fact]
    public void Extract_CriticismOfSomethingInAPlace_HasNoVenue() =>
        Assert.Null(StatedPlace(Single("The minister condemned foreign interference in Chad.", "criticise")));

    [Fact]
    public void Extract_StatementWithoutAVenue_IsSetInThePlaceTheTextAroundItNames()
    {
        var e = Single("Police in Lyon arrested two men on Monday.\n\nMayor Ana Lima warned that more arrests would follow.", "statement");
        Assert.Equal(("Lyon", PlaceBasis.Context), (e.Place?.Choice?.Name, e.PlaceBasis));
    }

    [Fact]
    public void Extract_StatementInADatelinedStory_IsSetAtTheDatelineRatherThanACountryItNames()
    {
        var e = Single("Headline\n\nGRENOBLE (AP) — Police arrested two smugglers on Monday.\n\nMayor Ana Lima warned that more smugglers were crossing from Spain.\n", "statement");
        Assert.Equal(("Grenoble", PlaceBasis.Context), (e.Place?.Choice?.Name, e.PlaceBasis));
    }

    [Theory]
    [InlineData("GRENOBLE (AP) — Rebels shelled positions near the town of Lyon on Monday.", "violence", "Lyon")]
    [InlineData("GRENOBLE, France (AP) — Police arrested two men on Monday.", "arrest", "Grenoble")]
    public void Extract_LeadUnderADateline_TakesThePlaceItNamesElseTheDatelines(string lead, string type, string place) =>
        Assert.Equal(place, Single("Headline\n\n" + lead + "\n", type).Place?.Choice?.Name);

    [Fact]
    public void Extract_DatelineOpeningTheStandfirst_PlacesTheStatementsAfterIt()
    {
        var text = "Chad says rebels shelled two towns\n\nN'DJAMENA, Sept 13 (Reuters) - Chad said on Tuesday that rebels had shelled positions near Lyon overnight and asked France to intervene.\n\n"
            + "The prime minister spoke by phone with the president of Niger, his office said.\n\nThe African Union said it would send a mission to the region.\n";
        var meeting = Assert.Single(fixture.Pipeline.Extract(text, Published).Events, e => e.Type == "meeting");
        Assert.Equal(("N'Djamena", PlaceBasis.Context), (meeting.Place?.Choice?.Name, meeting.PlaceBasis));
    }

    [Fact]
    public void Extract_HappeningWithoutAPlace_IsSetInTheCountryTheStoryIsAboutNotTheFirstByName()
    {
        var text = "Headline\n\nBISHKEK (AP) — Kyrgyzstan's president declared a state of emergency on Wednesday.\n\n"
            + "Belarus and Armenia pledged to send troops to Kazakhstan, and Belarus offered aid.\n\nMore than 1,200 people were detained, the ministry said.\n";
        var arrest = Assert.Single(fixture.Pipeline.Extract(text, Published).Events, e => e.Type == "arrest");
        Assert.Equal("Kyrgyzstan", arrest.Place?.Choice?.Name);
    }

    [Fact]
    public void Extract_StatementInAStoryWithoutDateline_IsSetInTheCountryItNames()
    {
        var e = Single("Headline\n\nPolice in Grenoble arrested two smugglers on Monday.\n\nMayor Ana Lima warned that more smugglers were crossing from Spain.\n", "statement");
        Assert.Equal(("Spain", PlaceBasis.Context), (e.Place?.Choice?.Name, e.PlaceBasis));
    }

    [Fact]
    public void Extract_StatementNamingACityInADatelinedStory_IsSetInThatCity()
    {
        var e = Single("Headline\n\nGRENOBLE (AP) — Police arrested two smugglers on Monday.\n\nMayor Ana Lima warned that more smugglers were crossing from Lyon.\n", "statement");
        Assert.Equal(("Lyon", PlaceBasis.Context), (e.Place?.Choice?.Name, e.PlaceBasis));
    }

    [Theory]
    [InlineData("France sent 500 soldiers from its base in Abidjan to Bamako on Monday.", "Bamako")]
    [InlineData("France will send 500 paratroopers from its base in Abidjan.", null)]
    public void Extract_ForcesSentFromABaseInAPlace_ThatPlaceIsTheOrigin(string sentence, string? place)
    {
        var e = Single(sentence, "deploy");
        Assert.Equal(("Abidjan", place), (e.Origin?.Choice?.Name, e.Place?.Choice?.Name));
    }

    [Fact]
    public void Extract_HappeningWithItsOwnPlace_IsStated() =>
        Assert.Equal(PlaceBasis.Stated, Single("Police in Lyon arrested two men on Monday.", "arrest").PlaceBasis);

    [Fact]
    public void Extract_StatementNamingAPlaceAsItsTopic_IsSetThereFromContext()
    {
        var e = Single("Beijing described the unrest in Chad as a domestic matter.", "statement");
        Assert.Equal(("Chad", PlaceBasis.Context), (e.Place?.Choice?.Name, e.PlaceBasis));
    }

    [Theory]
    [InlineData("Marc Dufresne, 56, of Lyon, was arrested on Monday.", "arrest")]
    [InlineData("Marc Dufresne, 56, of the 600 block of Lyon, is charged with theft.", "arrest")]
    [InlineData("The 36-year-old Marc Dufresne of Lyon was killed on Monday.", "casualties")]
    [InlineData("The woman, who lived in Lyon, was stabbed on Monday.", "violence")]
    public void Extract_PlaceWhereAPersonLives_IsNotTheEventsPlace(string sentence, string type) =>
        Assert.NotEqual("Lyon", Single(sentence, type).Place?.Choice?.Name);

    [Theory]
    [InlineData("Parliament voted to send troops to Mali on Monday.")]
    [InlineData("The government decided to send troops to Mali on Monday.")]
    [InlineData("The allies agreed to send troops to Mali on Monday.")]
    [InlineData("Germany is scheduled to send 300 troops to Mali on Monday.")]
    public void Extract_DecisionToAct_IsPlanned(string sentence) =>
        Assert.Equal(EventStatus.Planned, Single(sentence, "deploy").Status);

    [Theory]
    [InlineData("Prime Minister Theresa May has blamed Russia for the attack.", "criticise")]
    [InlineData("In May, France sent troops to Mali.", "deploy")]
    public void Extract_CapitalisedMay_IsNoModal(string sentence, string type) =>
        Assert.Equal(EventStatus.Happened, Single(sentence, type).Status);

    [Fact]
    public void Extract_LeadByAGroupThenTheBodyNamingWho_OneHappening() =>
        Assert.Equal(2, Assert.Single(fixture.Pipeline.Extract(
            "Headline\n\nPolice arrested two men suspected of theft.\n\nDetectives arrested the suspects at a home in Lyon.\n", Published).Events,
            e => e.Type == "arrest").Evidence.Count);

    [Fact]
    public void Extract_ChargeGradedSecondDegree_TellsNoFurtherHappening() =>
        Assert.Equal(2, Assert.Single(fixture.Pipeline.Extract(
            "Headline\n\nPolice arrested a man suspected of theft.\n\nDetectives arrested Marc Dufresne in Lyon on second degree charges.\n", Published).Events,
            e => e.Type == "arrest").Evidence.Count);

    private NewsEvent Single(string sentence, string type) =>
        Assert.Single(fixture.Pipeline.Extract(sentence, Published).Events, e => e.Type == type);

    /// <summary>The place the event's own sentence gives, not one inferred from the text around it.</summary>
    private static Core.Places.ResolvedPlace? StatedPlace(NewsEvent e) => e.PlaceBasis == PlaceBasis.Stated ? e.Place : null;
}
