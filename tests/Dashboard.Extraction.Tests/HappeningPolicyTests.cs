using Dashboard.Core.Events;

namespace Dashboard.Extraction.Tests;

/// <summary>
/// What is and is not a happening (../shared/gold-events/POLICY.md), on invented sentences: attribution is not a
/// statement, negated, hypothetical, conditional and questioned happenings are not events, one statement per speaker.
/// </summary>
[Collection(PipelineCollection.Name)]
public sealed class HappeningPolicyTests(PipelineFixture fixture)
{
    private static readonly DateOnly Published = new(2022, 1, 11);

    private IReadOnlyList<string> Types(string text) =>
        [.. fixture.Pipeline.Extract(text, Published).Events.Select(e => e.Type).Order(StringComparer.Ordinal)];

    /// <summary>The actors of the one event of <paramref name="type"/> the text tells (fails unless there is exactly one).</summary>
    private IReadOnlyList<string> ActorsOf(string text, string type) =>
        Assert.Single(fixture.Pipeline.Extract(text, Published).Events, e => e.Type == type).Actors;

    [Theory]
    [InlineData("Police said two men were arrested in Lyon.", "arrest")]
    [InlineData("According to the ministry, rebels attacked a village near Goma.", "violence")]
    [InlineData("Officials told reporters that protesters marched through Quito.", "protest")]
    [InlineData("The European Union announced 12 million euros in emergency aid for Lyon on Friday.", "offer_support")]
    public void Extract_ReportingVerbBesideAHappening_OnlyTheHappening(string sentence, string type) =>
        Assert.Equal([type], Types(sentence));

    [Theory]
    [InlineData("The minister announced that troops would be sent to Lyon.")]
    [InlineData("The coach announced his retirement in Lyon on Monday.")]
    [InlineData("The ministry announced that troops had arrived in Lyon.")]
    [InlineData("The coach announced his retirement as rebels attacked a village near Goma.")]
    public void Extract_AnnouncementOfAClauseOrOfNoHappening_StaysAStatement(string sentence) => Assert.Contains("statement", Types(sentence));

    [Theory]
    [InlineData("Foreign Minister Sergey Lavrov said on Thursday that Russia would retaliate against countries that expelled Russian diplomats.")]
    [InlineData("Governor Ana Lima says the state will wait for the company to make a reasonable offer after the arrests.")]
    public void Extract_SayingThatReportsWhatIsToCome_IsAStatement(string sentence) => Assert.Contains("statement", Types(sentence));

    [Theory]
    [InlineData("Chad said it stood with Niger and warned that an armed attack on its ships would invoke defence commitments.", "statement")]
    [InlineData("Chad said it had taken measures against two boats that had entered its waters, and urged Niger to remove the ship.", "statement")]
    [InlineData("Any attack on Lithuania could trigger a wider war, the minister said.", "statement")]
    [InlineData("A deployment of 300 troops will begin in Lithuania on Monday.", "deploy")]
    [InlineData("The ministry warned that it would prosecute anyone who took part in the rallies in Lyon.", "statement")]
    [InlineData("The UN called for an independent investigation in Lyon.", "statement")]
    public void Extract_SpeechActJoinedToASayingOrASupposedHappening_IsTheStatementOnly(string sentence, string types) =>
        Assert.Equal(types, string.Join(',', Types(sentence)));

    [Theory]
    [InlineData("Hundreds of Wagner fighters have moved to Belarus since the group's short-lived mutiny in Russia.", "deploy")]
    [InlineData("Hundreds of Wagner fighters have moved to Belarus since their mutiny in Russia.", "deploy")]
    [InlineData("Hundreds of Wagner fighters have moved to Belarus after the group's mutiny in Russia.", "deploy")]
    [InlineData("Two people died in violence around the protests in Lyon.", "casualties,violence")]
    [InlineData("During the riots, police arrested 20 people in Lille.", "arrest")]
    public void Extract_HappeningReferredToAfterSince_IsBackground(string sentence, string types) =>
        Assert.Equal(types, string.Join(',', Types(sentence)));

    [Fact]
    public void Extract_PreparedInsideAQuotation_NoStatementOfItsOwn() =>
        Assert.DoesNotContain("statement", Types("Headline\n\nLyon beat Nantes on Friday.\n\n“I think the coaches really prepared us for the moment,” Lyon star Jackie Young said."));

    [Fact]
    public void Extract_OutletQuotingSomebodyAsSaying_TheirStatement() =>
        Assert.Contains(fixture.Pipeline.Extract("Headline\n\n“We want closer co-operation with Kazakhstan,” TASS reported spokesman Wang Wenbin as saying.", Published).Events,
            e => e.Type == "statement" && e.Actors.Contains("person:wang-wenbin"));

    [Theory]
    [InlineData("Headline\n\nThe owners of the Hotel Kyjev in Kosice plan to rebuild it next year.")]
    [InlineData("Headline\n\nThe company intends to open a store in Lyon.")]
    [InlineData("Headline\n\nThe appeals court in Lyon ordered a new trial for the mayor.")]
    public void Extract_PlanOrIntention_NoStatement(string text) => Assert.DoesNotContain("statement", Types(text));

    [Fact]
    public void Extract_PromiseToAct_NoSupportGiven() =>
        Assert.DoesNotContain("offer_support", Types("Headline\n\nThe mayor of Lyon promised to narrow the budget deficit this year."));

    [Theory]
    [InlineData("The mayor said the debt would grow if the council raised spending in Lyon, as promised.")]
    [InlineData("Trains to Lyon ran again on Monday, as agreed.")]
    public void Extract_AsBeforeAParticipleEndingItsClause_TellsNoPromiseOrAgreement(string sentence) =>
        Assert.DoesNotContain(Types(sentence), t => t is "offer_support" or "meeting");

    [Fact]
    public void Extract_AsPromisedByAnActor_StillTellsThePromise() =>
        Assert.Contains("offer_support", Types("The council raised spending in Lyon, as promised by the mayor."));

    [Theory]
    [InlineData("We urge the government of Moldova to cancel the tax and provide shelter for the traders, Ana Lima said.", "offer_support", false)]
    [InlineData("France sent aid to Chad and provided shelter for 300 families.", "offer_support", true)]
    [InlineData("France agreed to send troops and provide shelter for the families of Goma.", "offer_support", true)]
    public void Extract_InfinitiveCoordinatedWithAnAim_IsAnAimToo(string sentence, string type, bool told) =>
        Assert.Equal(told, Types(sentence).Contains(type));

    [Theory]
    [InlineData("The film festival kicked off in Lyon on Friday.")]
    [InlineData("Lyon kicks off its season against Lille on Sunday.")]
    public void Extract_EventKickedOff_IsAHappening(string sentence) => Assert.Contains("other", Types(sentence));

    [Theory]
    [InlineData("Lithuania expelled two Belarusian diplomats on Thursday.", "criticise", "people", 2)]
    [InlineData("The European Union fined the company 2.4 billion euros on Tuesday.", "criticise", "money", 2.4e9)]
    [InlineData("Ana Lima filed a $3 million lawsuit against the city of Lyon.", "criticise", "money", 3e6)]
    [InlineData("Thieves stole more than $800,000 from a bank in Lyon.", "other", "money", 8e5)]
    [InlineData("France and Chad signed a $50 million agreement in Paris.", "meeting", "money", 5e7)]
    public void Extract_CriticismOrOtherHappeningWithAnAmount_CountsIt(string sentence, string type, string unit, double value) =>
        Assert.Contains(Assert.Single(fixture.Pipeline.Extract(sentence, Published).Events, e => e.Type == type).Quantities,
            q => q.Unit == unit && q.Value == value);

    [Fact]
    public void Extract_ProtestWithNoCrowdOfItsOwn_IsTheCrowdNamedBeforeInItsParagraph()
    {
        var protests = fixture.Pipeline.Extract("Protesters gathered outside the town hall in Lyon on Monday morning. By the evening, a rally was held in Lille.", Published)
            .Events.Where(e => e.Type == "protest").ToList();

        Assert.Equal(2, protests.Count);
        Assert.All(protests, e => Assert.Contains("group:protesters", e.Actors));
    }

    [Fact]
    public void Extract_ProtestWithNoCrowdInItsParagraph_IsTheCrowdOfTheProtestsToldBefore()
    {
        var protests = fixture.Pipeline.Extract("Headline\n\nProtesters marched through Lyon on Monday.\n\nSmaller protests were held in Lille on Tuesday evening.\n", Published)
            .Events.Where(e => e.Type == "protest").ToList();

        Assert.Equal(2, protests.Count);
        Assert.All(protests, e => Assert.Contains("group:protesters", e.Actors));
    }

    [Theory]
    [InlineData("Hundreds of dockworkers marched through Lyon on Monday.", "group:dockworkers")]
    [InlineData("Truck drivers blocked roads around Lyon on Monday.", "group:truck-drivers")]
    public void Extract_ProtestByAnOccupation_HasThatCrowdAsActor(string sentence, string crowd) =>
        Assert.Contains(crowd, ActorsOf(sentence, "protest"));

    [Fact]
    public void Extract_ChallengeWithdrawn_NoMovement() =>
        Assert.Empty(Types("The parents of the boy withdrew their challenge in Lyon on Monday."));

    [Theory]
    [InlineData("Dozens of police cars converged on the square in Lyon on Monday.", true)]
    [InlineData("Soldiers converged on the town of Goma on Monday.", true)]
    [InlineData("Thousands of fans converged on the square in Lyon on Monday.", false)]
    public void Extract_ConvergingOnAPlace_DeploysOnlyForcesOrPolice(string sentence, bool deployed) =>
        Assert.Equal(deployed, Types(sentence).Contains("deploy"));

    [Fact]
    public void Extract_PledgeToSendTroops_PlannedDeployment() =>
        Assert.Contains(fixture.Pipeline.Extract("Headline\n\nFrance pledged to send 500 troops to Mali.", Published).Events,
            e => e.Type == "deploy" && e.Status == EventStatus.Planned);

    [Fact]
    public void Extract_TweetByANamedPerson_IsAStatement() =>
        Assert.Equal(["statement"], Types("Headline\n\nMayor Ana Lima tweeted on Monday: “We will rebuild the bridge in Lyon.”"));

    [Fact]
    public void Extract_TitledPersonNamedWithAnAge_SpeaksInPublic() =>
        Assert.Contains("statement", Types("Former Prime Minister Ana Lima, 62, said the party would appeal the ruling."));

    [Theory]
    [InlineData("Foreign Minister Sergey Lavrov said that troops were sent to Chad on Monday.", "deploy")]
    [InlineData("Governor Ana Lima said that police arrested two men and would question them.", "arrest")]
    public void Extract_SayingThatReportsWhatHappened_OnlyTheHappening(string sentence, string type) => Assert.Equal([type], Types(sentence));

    [Theory]
    [InlineData("Headline\n\nReuters and AP writers contributed to this report.")]
    [InlineData("Headline\n\nAssociated Press writers Jane Smith and Ana Lima contributed to this report.")]
    [InlineData("Headline\n\nJane Smith contributed reporting from Lagos.")]
    public void Extract_CreditLine_NoEvent(string text) => Assert.Empty(Types(text));

    [Theory]
    [InlineData("The president denied sending soldiers to Mali.")]
    [InlineData("The minister warned that troops were massing near the border.")]
    public void Extract_SpeechActFirst_IsAStatement(string sentence) => Assert.Contains("statement", Types(sentence));

    [Fact]
    public void Extract_DeniedHappening_IsNoEvent() => Assert.DoesNotContain("deploy", Types("The president denied sending soldiers to Mali."));

    [Theory]
    [InlineData("No one was injured in Lyon.")]
    [InlineData("Troops could be sent to Chad.")]
    [InlineData("Soldiers should withdraw from the border.")]
    [InlineData("If troops were sent to Chad, the region would suffer.")]
    [InlineData("Will troops be sent to Chad?")]
    [InlineData("Police did not arrest anyone in Lyon.")]
    [InlineData("Police in Lyon often arrest protesters after matches.")]
    [InlineData("Many Zimbabweans in London regularly visit relatives in Harare.")]
    [InlineData("Algeria traditionally opposes any foreign military presence in Mali.")]
    [InlineData("The agency said it would airlift 40 tons of food to Gao on Wednesday if security conditions allowed.")]
    [InlineData("The coalition said it would call a general strike in Lyon if the detainees were not freed by Friday.")]
    [InlineData("The union has threatened to shut down oil production in Chad unless the price rise is reversed.")]
    [InlineData("The opposition threatened to lay siege to the parliament in Lyon.")]
    public void Extract_NegatedHypotheticalConditionalQuestionedOrHabitual_NoEvent(string sentence) =>
        Assert.DoesNotContain(fixture.Pipeline.Extract(sentence, Published).Events, e => e.Type != "statement");

    [Theory]
    [InlineData("No one was injured in the attack, the mayor of Lyon said.")]
    [InlineData("Police did not arrest anyone in Lyon, the French interior ministry said.")]
    public void Extract_NothingHappenedAttributed_NoStatementEither(string sentence) => Assert.Empty(Types(sentence));

    [Theory]
    [InlineData("The first mistake was leaving a gun in the car in Lyon.")]
    [InlineData("The plan was supported by a majority in Lyon.")]
    public void Extract_MovementOrSupportWithNobodyDoingIt_NoEvent(string sentence) =>
        Assert.DoesNotContain(fixture.Pipeline.Extract(sentence, Published).Events, e => e.Type is "withdraw" or "offer_support");

    [Fact]
    public void Extract_MovementByAPronoun_IsAnEvent() =>
        Assert.Contains("withdraw", Types("French troops arrived in Lyon in May. They were leaving Lyon on Monday."));

    [Theory]
    [InlineData("Satellite images show additional Russian troops near the border with Ukraine.", "country:RU")]
    [InlineData("Russian troops were spotted near Gomel on Monday.", "country:RU")]
    public void Extract_ForcesSeenRatherThanActing_BuildUpByTheirState(string sentence, string actor) =>
        Assert.Contains(actor, ActorsOf(sentence, "build_up"));

    [Theory]
    [InlineData("Satellite images showed dozens of armoured vehicles massing near the border on Monday.", "build_up")]
    [InlineData("Artillery was spotted near Gomel on Monday.", "build_up")]
    [InlineData("Russia deployed warships to the Black Sea on Monday.", "deploy")]
    [InlineData("Turkey said it would send two minesweepers to Odesa.", "deploy")]
    [InlineData("France sent a submarine to the Black Sea on Monday.", "deploy")]
    [InlineData("Belarus sent a brigade to the border with Poland on Monday.", "deploy")]
    [InlineData("The alliance will deploy a contingent to Gao.", "deploy")]
    [InlineData("Serbian troops were being moved closer to the border on Monday.", "deploy")]
    public void Extract_MilitaryHardwareMovedOrSeen_IsItsHappening(string sentence, string type) => Assert.Contains(type, Types(sentence));

    [Theory]
    [InlineData("Footage showed smoke after missiles were thrown at the bus in Lyon.")]
    [InlineData("The think tank in Lyon deployed a new survey on Monday.")]
    public void Extract_NoMilitaryHardware_NoMovement(string sentence) =>
        Assert.DoesNotContain(fixture.Pipeline.Extract(sentence, Published).Events, e => e.Type is "build_up" or "deploy");

    [Theory]
    [InlineData("The city has seen protests for weeks.")]
    [InlineData("Polls show support for the mayor in Lyon.")]
    public void Extract_SeenOrShownWithoutForces_NoBuildUp(string sentence) => Assert.DoesNotContain("build_up", Types(sentence));

    [Fact]
    public void Extract_SecondClauseCommentsOnAMovement_NotItsTargetAndItsOwnSpeaker()
    {
        var events = fixture.Pipeline.Extract("France deployed soldiers in Mali, and Germany condemned the decision.", Published).Events;

        Assert.DoesNotContain("country:DE", Assert.Single(events, e => e.Type == "deploy").Targets);
        Assert.Equal(["country:DE"], Assert.Single(events, e => e.Type == "criticise").Actors);
    }

    [Fact]
    public void Extract_PlannedHappening_IsAnEventWithStatusPlanned() =>
        Assert.Equal(EventStatus.Planned, Assert.Single(fixture.Pipeline.Extract("Troops will be sent to Chad.", Published).Events).Status);

    [Theory]
    [InlineData("Officials warned of unrest in Lyon.")]
    [InlineData("Police said the situation in Lyon was calm.")]
    [InlineData("It was reported that the situation in Lyon was calm.")]
    public void Extract_GenericOrNoSpeakerWithAReportingVerb_NoStatement(string sentence) => Assert.DoesNotContain("statement", Types(sentence));

    [Fact]
    public void Extract_SameSpeakerTwice_OneStatementWithBothSentences()
    {
        var events = fixture.Pipeline.Extract(
            "Headline\n\nFrench President Emmanuel Macron warned Moscow on Monday. Macron also warned that sanctions would follow.\n", Published).Events;

        var statement = Assert.Single(events, e => e.Type == "statement");
        Assert.Equal(2, statement.Evidence.Count);
    }

    [Fact]
    public void Extract_SameHappeningRetoldWithItsPlace_OneEventWithThePlace()
    {
        var events = fixture.Pipeline.Extract(
            "Headline\n\nRebels attacked a village on Monday, officials said.\n\nThe rebels attacked it from the hills near Goma, witnesses said.\n", Published).Events;

        var attack = Assert.Single(events, e => e.Type == "violence");
        Assert.Equal(("Goma", 2), (attack.Place?.Choice?.Name, attack.Evidence.Count));
    }

    [Fact]
    public void Extract_VoteRetoldByEachSide_OneVoteWithEverySentence()
    {
        var events = fixture.Pipeline.Extract(
            "Headline\n\nThe Socialist MP Paul Martin voted against the motion in parliament in Lyon on Wednesday.\n\n"
            + "The Green MP Anne Roux voted in favour of the motion.\n\nMinister Claire Petit also voted against the motion.\n", Published).Events;

        Assert.Equal(3, Assert.Single(events, e => e.Type == "other").Evidence.Count);
    }

    [Fact]
    public void Extract_VotesInTwoPlaces_TwoVotes() =>
        Assert.Equal(2, fixture.Pipeline.Extract(
            "Headline\n\nThe MP Paul Martin voted against the budget in parliament in Paris on Wednesday.\n\n"
            + "The councillor Anne Roux voted for the budget at the regional council in Lyon.\n", Published).Events.Count(e => e.Type == "other"));

    [Fact]
    public void Extract_SameTypeInTwoPlaces_TwoEvents() =>
        Assert.Equal(2, fixture.Pipeline.Extract("Headline\n\nRebels attacked Goma.\n\nRebels attacked Bukavu.\n", Published).Events.Count(e => e.Type == "violence"));

    [Fact]
    public void Extract_BareTroopsAfterANamedMover_TakeItsCountry()
    {
        var events = fixture.Pipeline.Extract(
            "Headline\n\nFrance sent troops to Mali on Monday.\n\nNew troops and equipment also arrived near Gao.\n", Published).Events;

        var deployments = events.Where(e => e.Type == "deploy").ToList();
        Assert.Equal(2, deployments.Count);
        Assert.All(deployments, e => Assert.Contains("country:FR", e.Actors));
    }

    [Fact]
    public void Extract_BareTroopsWithNoMoverNamed_StayGeneric() =>
        Assert.DoesNotContain(fixture.Pipeline.Extract("New troops arrived near Gao.", Published).Events.SelectMany(e => e.Actors),
            a => a.StartsWith("country:", StringComparison.Ordinal));

    [Theory]
    [InlineData("Headline\n\nKenyan officials spoke to reporters in Lodwar.\n\nPolice arrested 12 people after looting in Lodwar on Tuesday.\n", "arrest", "country:KE")]
    [InlineData("Headline\n\nKenyan officials spoke to reporters in Lodwar.\n\nAuthorities imposed a curfew in Lodwar on Tuesday.\n", "other", "country:KE")]
    [InlineData("Headline\n\nMalian officials spoke of the crisis in Gao.\n\nThe government deployed police to Gao on Tuesday.\n", "deploy", "country:ML")]
    [InlineData("Headline\n\nMalian officials spoke of the crisis in Gao.\n\nThe army said it had deployed two battalions to Gao.\n", "deploy", "country:ML")]
    [InlineData("Headline\n\nKenyan officials spoke to reporters in Lodwar.\n\nSoldiers arrested 12 people after looting in Lodwar on Tuesday.\n", "arrest", "country:KE")]
    [InlineData("Headline\n\nKenyan officials spoke to reporters in Lodwar.\n\nThe army distributed food to 3,000 families in Lodwar on Tuesday.\n", "offer_support", "country:KE")]
    [InlineData("Headline\n\nKenyan officials spoke to reporters in Lodwar.\n\nAn air force plane carrying medical supplies left Nairobi for Lodwar on Saturday.\n", "transport", "country:KE")]
    public void Extract_BareStateInstitutionActingInANamedCountry_TakesItsCountry(string text, string type, string country) =>
        Assert.Contains(country, ActorsOf(text, type));

    [Theory]
    [InlineData("Police arrested 12 people after looting in Lodwar on Tuesday.", "arrest")] // Kenya is named by no actor
    [InlineData("Headline\n\nKenyan officials spoke to reporters in Lodwar.\n\nDiplomats evacuated 40 residents from Lodwar on Tuesday.\n", "evacuate")]
    [InlineData("Headline\n\nKenyan officials spoke to reporters in Lodwar.\n\nLeaders held talks in Lodwar on Tuesday.\n", "meeting")]
    [InlineData("Headline\n\nMalian officials spoke of the crisis in Gao.\n\nPeacekeepers were deployed to Gao on Tuesday.\n", "deploy")] // serve outside their own state
    public void Extract_BareGroupThatNeedNotBeTheCountrys_StaysGeneric(string text, string type) =>
        Assert.DoesNotContain(ActorsOf(text, type),
            a => a.StartsWith("country:", StringComparison.Ordinal));

    [Theory]
    [InlineData("Headline\n\nKenya accused Uganda of harbouring raiders.\n\nThe two governments signed an agreement in 2019.\n", "meeting")]
    [InlineData("Headline\n\nPeru accused Chile of violating the border.\n\nThe two countries' presidents met in Quito on Monday.\n", "meeting")]
    [InlineData("Headline\n\nArmenia blamed Azerbaijan for the border incident.\n\nThe two former Soviet republics fought a war in 2020.\n", "violence")]
    public void Extract_TheTwoCountriesAsSubject_TakesTheTwoStatesNamedLast(string text, string type)
    {
        var actors = ActorsOf(text, type);

        Assert.Equal(2, actors.Count(a => a.StartsWith("country:", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Headline\n\nKenya accused Uganda of harbouring raiders.\n\nThe president urged the two countries to sign an agreement.\n", "statement")] // the pair is whom it is aimed at
    [InlineData("Headline\n\nKenya accused Uganda of harbouring raiders.\n\nThe two sides signed an agreement in 2019.\n", "meeting")] // sides need not be states
    [InlineData("Headline\n\nKenya sent envoys to Lodwar.\n\nThe two governments signed an agreement in 2019.\n", "meeting")] // one state named before
    public void Extract_NoPairOfStatesAsSubject_TakesNoPair(string text, string type) =>
        Assert.True(ActorsOf(text, type).Count(a => a.StartsWith("country:", StringComparison.Ordinal)) < 2);

    [Fact]
    public void Extract_PlannedThenHappened_TwoEvents() =>
        Assert.Equal(2, fixture.Pipeline.Extract("Headline\n\nFrance and Italy will hold talks in Rome.\n\nFrance and Italy held talks in Rome.\n", Published)
            .Events.Count(e => e.Type == "meeting"));

    [Theory]
    [InlineData("A man was charged with murder in the shooting death of a teacher in Lyon.")]
    [InlineData("She is charged with two counts of assault in Lyon.")]
    public void Extract_OffenceNamedByACharge_OnlyTheArrest(string sentence) => Assert.Equal(["arrest"], Types(sentence));

    [Theory]
    [InlineData("Russia made a request to meet the minister in Lyon.", "request_support")]
    [InlineData("France offered to send troops to Chad.", "offer_support")]
    public void Extract_WhatARequestOrOfferIsFor_OnlyTheRequestOrOffer(string sentence, string type) => Assert.Equal([type], Types(sentence));

    [Fact]
    public void Extract_FactAttributedToPlainPluralSubject_NoStatement() =>
        Assert.DoesNotContain("statement", Types("None of the wounded were French, sources said."));

    [Fact]
    public void Extract_CiviliansCrossingWithForcesNamedNearby_EvacuationNoDeployment()
    {
        var types = Types("Chad closed its border on Monday after more than 20,000 refugees crossed into the town of Adre, fleeing attacks by the Rapid Support Forces.");
        Assert.DoesNotContain("deploy", types);
        Assert.Contains("evacuate", types);
    }

    [Theory]
    [InlineData("The army organised the departure of 2,000 civilians from Goma on Monday.", "evacuate")]
    [InlineData("The army organised the departure of its troops from Goma on Monday.", "withdraw")]
    public void Extract_DepartureOfCiviliansOrOfForces_EvacuationOrWithdrawal(string sentence, string type) => Assert.Equal([type], Types(sentence));

    [Fact]
    public void Extract_CiviliansLeavingInConvoys_OneEvacuation() =>
        Assert.Equal(["evacuate"], Types("Thousands of civilians were leaving Aleppo in convoys of buses."));

    [Fact]
    public void Extract_RunningStoryHeader_OnlyTheUpdate() =>
        Assert.Equal(["arrest"], Types("NEW YORK (AP) — The Latest on the shooting in Lyon (all times local): 11 a.m. Police arrested two men in Lyon."));

    [Fact]
    public void Extract_SamePersonKilledToldInTwoPlaces_OneCasualtyEvent() =>
        Assert.Single(fixture.Pipeline.Extract(
            "Headline\n\nCorporal Jean Martin was killed in Mali on Monday.\n\nThe army said Corporal Jean Martin died in action in the Sahel.\n", Published).Events,
            e => e.Type == "casualties");

    [Theory]
    [InlineData("\u201CIf [the president] asks us to send troops to Chad, we will refuse,\u201D the governor said.")]
    [InlineData("The senator said Chile should suspend talks until the troops are withdrawn from Arica.")]
    public void Extract_ConditionBehindAnInsertionOrUntil_NoHappening(string sentence) =>
        Assert.DoesNotContain(fixture.Pipeline.Extract(sentence, Published).Events, e => e.Type is "deploy" or "withdraw");

    [Fact]
    public void Extract_FoughtUntilTheTroopsWithdrew_IsAWithdrawal() =>
        Assert.Contains("withdraw", Types("Rebels fought in Arica until the troops withdrew on Monday."));

    [Fact]
    public void Extract_LeavingAfterAComma_NoWithdrawal() =>
        Assert.DoesNotContain("withdraw", Types("The talks in Lyon ended without a deal, leaving the minister struggling."));

    [Fact]
    public void Extract_MilitaryNamedOutsideTheTriggersStretch_NoBuildUp() =>
        Assert.DoesNotContain(fixture.Pipeline.Extract("France is reinforcing its partnership with Chad, especially in military technology.", Published).Events,
            e => e.Type is "deploy" or "build_up");

    [Fact]
    public void Extract_DefiniteNounReferringBackInsideAnotherHappening_NoNewEvent() =>
        Assert.Single(fixture.Pipeline.Extract(
            "Headline\n\nRebels attacked an army base near Goma on Monday.\n\nThree soldiers were wounded in the blast.\n", Published).Events,
            e => e.Type == "violence");

    [Theory]
    [InlineData("Headline\n\nRebels attacked an army base near Goma on Monday.\n\n“We will win this fight,” the general said.\n", "violence", 1)]
    [InlineData("Headline\n\nPolice arrested two men in Lyon on Monday.\n\n“Thank you for these arrests,” said Jean Dupont, a shop owner.\n", "statement", 0)]
    [InlineData("Headline\n\nFrance expelled two diplomats from Paris on Monday.\n\nThose expelled left for Moscow.\n", "criticise", 1)]
    [InlineData("Headline\n\nMali asked France for troops on Monday.\n\nFrench officials said on Wednesday they were reviewing the Malian request.\n", "request_support", 1)]
    [InlineData("Headline\n\nRebels attacked an army base near Goma on Monday.\n\nThe army is investigating the deadly attack.\n", "violence", 1)]
    public void Extract_NounReferringBackToAHappeningTold_NoNewEvent(string text, string type, int count) =>
        Assert.Equal(count, fixture.Pipeline.Extract(text, Published).Events.Count(e => e.Type == type));

    [Theory]
    [InlineData("Headline\n\nA man was shot dead in Lyon on Monday.\n\nTwo officers were treated for injuries in Lyon.\n", 2)]
    [InlineData("Headline\n\nTwo officers were injured in Lyon on Monday.\n\nThe injured officers were taken to a hospital in Lyon.\n", 1)]
    [InlineData("Headline\n\nA train derailed near Lyon on Monday, and 30 people were injured.\n\nAmbulances carrying the seriously injured drove to hospitals in Paris.\n", 1)]
    [InlineData("Headline\n\nA train derailed near Lyon on Monday, and 30 people were injured.\n\nDozens of injured were taken to hospitals in Paris.\n", 1)]
    [InlineData("Headline\n\nA train derailed near Lyon on Monday, and 30 people were killed.\n\nIn Paris, the minister promised to pay the family of each person killed.\n", 1)]
    [InlineData("Headline\n\nA train derailed near Lyon on Monday, and 30 people were killed.\n\nIt was the second day of killing in Gao.\n", 2)]
    [InlineData("Headline\n\nTwo hikers died near Lyon on Monday.\n\nThe hikers were reported missing on Sunday.\n", 2)]
    public void Extract_DeathInjuriesAndMissingToldApart_AreCasualtyEventsOfTheirOwn(string text, int count) =>
        Assert.Equal(count, fixture.Pipeline.Extract(text, Published).Events.Count(e => e.Type == "casualties"));

    [Fact]
    public void Extract_FirstReportOfAnAttackInsideACasualtyReport_IsViolence() =>
        Assert.Contains("violence", Types("Three soldiers were wounded in an attack near Goma on Monday."));

    [Fact]
    public void Extract_SpeakerAnnouncingAPlannedHappening_StatementAndTheHappening() =>
        Assert.Equal(["deploy", "statement"], Types("The French defence minister said troops would be sent to Chad."));

    [Theory]
    [InlineData("Poland said it would send an extra 2,000 soldiers to its border with Belarus.", "deploy")]
    [InlineData("The World Health Organization said it would provide 1.2 million doses of vaccine to Malawi.", "offer_support")]
    public void Extract_BodyPledgingToSendOrGive_ThePledgedHappeningOnly(string sentence, string type) => Assert.Equal([type], Types(sentence));

    [Theory]
    [InlineData("“Prices will rise again in Lyon next year,” says Maria Silva, a member of parliament.")]
    [InlineData("\"We will not pay ransoms in Lyon,\" said Interior Minister Maria Silva on Monday.")]
    public void Extract_SpeakerNamedAfterTheVerbThatClosesAQuotation_TheirStatement(string sentence) =>
        Assert.Contains("person:maria-silva", ActorsOf(sentence, "statement"));

    [Theory]
    [InlineData("Police said 640 people had been arrested in Lyon since the protests began.", true)]
    [InlineData("Police spokesperson Ana Lima said 73 people had been arrested in Lyon since Monday.", true)]
    [InlineData("Police said soldiers had arrested 40 people in Lyon.", false)]
    public void Extract_PoliceReportingArrestsWithNoOtherAgent_ThePoliceArrest(string sentence, bool police) =>
        Assert.Equal(police, ActorsOf(sentence, "arrest").Contains("group:police"));

    [Fact]
    public void Extract_SpeakerNamedInFullButUnknown_IsAStatement() =>
        Assert.Contains("statement", Types("Presidential candidate Tomasz Wrzeszcz said the country needs a new constitution."));

    [Fact]
    public void Extract_NewsAgencyAsSubject_NoStatement() =>
        Assert.DoesNotContain("statement", Types("The economy grew in the third quarter, Associated Press reported."));

    [Theory]
    [InlineData("The diplomats were given a week to leave the country.")]
    [InlineData("In his haste to withdraw from Chad, the president stands alone.")]
    [InlineData("He kept withdrawing her pension in Lyon.")]
    public void Extract_LeavingAsAnIdleInfinitiveOrOfBelongings_NoWithdrawal(string sentence) =>
        Assert.DoesNotContain(fixture.Pipeline.Extract(sentence, Published).Events, e => e.Type is "withdraw" or "evacuate");

    [Theory]
    [InlineData("Thousands of people turned out to support the mayor in Lyon.")]
    [InlineData("The senator said the government should use the new tax primarily to support farmers.")]
    [InlineData("The president is right to ask for more action from Beijing.")]
    public void Extract_SupportAsAnIdleInfinitive_NoSupportEvent(string sentence) =>
        Assert.DoesNotContain(fixture.Pipeline.Extract(sentence, Published).Events, e => e.Type is "offer_support" or "request_support");

    [Theory]
    [InlineData("Germany agreed to provide aid to Malawi.")]
    [InlineData("In 2014 the US rushed to aid the new government of Malawi.")]
    public void Extract_SupportGovernedByADecisionOrHaste_IsSupport(string sentence) =>
        Assert.Contains("offer_support", Types(sentence));

    [Fact]
    public void Extract_DecidedToWithdraw_IsAWithdrawal() =>
        Assert.Contains("withdraw", Types("France decided to withdraw its troops from Mali."));

    [Fact]
    public void Extract_AccountGivenToPolice_NoStatement() =>
        Assert.DoesNotContain("statement", Types("The driver admitted to police that he had left the keys in Lyon."));

    [Theory]
    [InlineData("Gunmen opened fire in Gao, witnesses said.", 1)]
    [InlineData("Gunmen opened fire in Gao on Thursday.", 2)]
    [InlineData("Gunmen opened fire in Timbuktu.", 2)]
    [InlineData("Gunmen again opened fire in Gao, witnesses said.", 2)]
    [InlineData("Gunmen opened fire in Gao once more, witnesses said.", 2)]
    public void Extract_LaterGenericReportAtThePlace_RetellsUnlessDatedApartOrElsewhere(string later, int events) =>
        Assert.Equal(events, Types($"Headline\n\nRebels attacked a market in Gao on Monday.\n\nResidents were shocked.\n\nShops stayed closed.\n\n{later}\n").Count(t => t == "violence"));

    [Theory]
    [InlineData("Police recaptured 12 of the escaped inmates in Lyon on Monday.", "evacuate")]
    public void Extract_ParticipleDescribingPeople_NoHappeningOfItsOwn(string sentence, string type) => Assert.DoesNotContain(type, Types(sentence));

    [Theory]
    [InlineData("The plane returned to Lyon with 19 wounded soldiers on Monday.")]
    [InlineData("The two injured sailors were taken to hospital in Lyon.")]
    public void Extract_ParticipleDescribingPeopleAfterTheirHarmWasTold_NoSecondCasualtyReport(string later) =>
        Assert.Single(Types($"Headline\n\nNineteen soldiers and two sailors were wounded in an attack in Gao on Sunday.\n\nResidents were shocked.\n\nShops stayed closed.\n\n{later}\n"), t => t == "casualties");

    [Fact]
    public void Extract_ParticipleDescribingPeopleWithNoHarmToldBefore_IsTheCasualtyReport() =>
        Assert.Contains("casualties", Types("The plane returned to Lyon with 19 wounded soldiers on Monday."));

    [Theory]
    [InlineData("Two soldiers were wounded in Gao on Monday.", "casualties")]
    [InlineData("Rebels wounded two soldiers in Gao on Monday.", "casualties")]
    [InlineData("Thousands of families fled their homes in Gao on Monday.", "evacuate")]
    public void Extract_ParticipleAsTheVerb_IsTheHappening(string sentence, string type) => Assert.Contains(type, Types(sentence));

    [Theory]
    [InlineData("Police recaptured two prisoners in Lyon on Monday.", "arrest")]
    [InlineData("Rebels recaptured the town of Gao on Monday.", "violence")]
    public void Extract_RecapturedPeopleOrPlaces_IsAnArrestOrFighting(string sentence, string type) => Assert.Equal(type, Assert.Single(Types(sentence)));

    [Theory]
    [InlineData("Chad welcomed the agreement.", 1)]
    [InlineData("Chad welcomed the new agreement and said it would help.", 1)]
    [InlineData("The agreement could collapse, analysts said.", 1)]
    [InlineData("Chad welcomed the agreement between Sudan and Libya.", 2)]
    [InlineData("Chad welcomed the agreement with Libya.", 2)]
    [InlineData("Chad signed an agreement with Libya.", 2)]
    [InlineData("The agreement was signed in Lyon on 3 March.", 2)]
    public void Extract_DefiniteNounOfAToldHappening_RetellsItUnlessItNamesPartiesOrIsSetApart(string later, int events) =>
        Assert.Equal(events, Types($"Headline\n\nMali and Niger signed a border agreement in Niamey on Monday.\n\nResidents were pleased.\n\n{later}\n").Count(t => t == "meeting"));

    [Theory]
    [InlineData("Officers detained the men in Lyon.", 1)]
    [InlineData("Police arrested 3 people in Lyon.", 2)]
    public void Extract_LaterGenericArrestAtThePlace_RetellsUnlessTheAmountDiffers(string later, int events) =>
        Assert.Equal(events, Types($"Headline\n\nPolice arrested 12 people in Lyon.\n\nResidents were shocked.\n\nShops stayed closed.\n\n{later}\n").Count(t => t == "arrest"));

    [Theory]
    [InlineData("Voters in Lyon still talk about the 2016 election.", "other")]
    [InlineData("The minister recalled the 2014 invasion of Chad.", "deploy")]
    public void Extract_HappeningNamedByAnEarlierYear_NoEvent(string sentence, string type) => Assert.DoesNotContain(type, Types(sentence));

    [Fact]
    public void Extract_HappeningNamedByTheNewsYear_IsAnEvent() => Assert.Contains("other", Types("The 2022 election was held in Lyon on Sunday."));

    [Fact]
    public void Extract_SayingInsideAnAttributedQuotation_IsAStatement() =>
        Assert.Contains("statement", Types("“We intend to stay in Lyon,” the mayor Ana Lima said."));

    [Fact]
    public void Extract_SayingInsideAnUnattributedQuotation_NoStatement() =>
        Assert.DoesNotContain("statement", Types("“I know the mayor of Lyon, who they claimed was a friend, and he is not."));

    [Fact]
    public void Extract_ConditionBeforeDottedInitials_NoHappening() =>
        Assert.DoesNotContain("withdraw", Types("Allies fear chaos if the U.S. withdraws its troops from Syria."));

    [Fact]
    public void Extract_AddressingJournalists_IsAStatementNotAMeeting() =>
        Assert.Equal(["statement"], Types("Police chief Ana Lima disclosed this while addressing journalists in Lyon."));
    [Fact]
    public void Extract_GivenNameAndSurnameBeforeASaying_IsTheSpeaker() =>
        Assert.Contains(fixture.Pipeline.Extract("Candidate Ricardo Anaya went further on Monday, saying Lyon should stop.", Published).Events,
            e => e.Type == "statement" && e.Actors.Contains("person:ricardo-anaya"));

    [Fact]
    public void Extract_SpeakerBeforeAHappening_IsNotItsActor() =>
        Assert.DoesNotContain(fixture.Pipeline.Extract("Officer Ana Lima says a man attacked two guards in Lyon.", Published).Events,
            e => e.Type == "violence" && e.Actors.Contains("person:ana-lima"));

    [Theory]
    [InlineData("The company said it had suspended operations at all three of its sites in the region.")]
    [InlineData("The refinery has halted all operations, the company said.")]
    [InlineData("Schools and the city's tram network stayed closed on Tuesday.")]
    [InlineData("Shops in the main market remained shuttered on Monday evening.")]
    [InlineData("The navy began a blockade of the port of Lyon on Monday.")]
    [InlineData("Warships blockaded the port of Lyon on Monday.")]
    public void Extract_ClosureOrSuspensionOfServices_IsOther(string sentence) => Assert.Equal(["other"], Types(sentence));

    [Fact]
    public void Extract_WorkersJoiningAStrike_IsAProtestNotViolence() =>
        Assert.Equal(["protest"], Types("Air traffic controllers in Lyon joined the strike on Monday."));

    [Theory]
    [InlineData("Headline\n\nTroops arrived in Lyon on Monday.\n\nThe two neighbours have traded accusations over the border for years.\n", 1)]
    [InlineData("Headline\n\nTroops arrived in Lyon on Monday.\n\nGreece has been hit by increasingly severe wildfires in recent summers.\n", 1)]
    [InlineData("Headline\n\nTroops arrived in Lyon on Monday.\n\nRebels have attacked three villages near Goma since Monday.\n", 2)]
    [InlineData("Headline\n\nTroops arrived in Lyon on Monday.\n\nFor decades, the two neighbours have traded accusations over the border.\n", 1)]
    [InlineData("Headline\n\nTroops arrived in Lyon on Monday.\n\nThe army on Sunday recaptured Goma, which had been held by rebels for years.\n", 2)]
    [InlineData("Headline\n\nTroops arrived in Lyon on Monday.\n\nThe rebels have been fighting the army near Goma for more than 17 years.\n", 1)]
    [InlineData("Headline\n\nTroops arrived in Lyon on Monday.\n\nThe navy has patrolled the coast near Goma for two decades.\n", 1)]
    [InlineData("Headline\n\nTroops arrived in Lyon on Monday.\n\nThe rebels have been fighting the army near Goma since Monday.\n", 2)]
    [InlineData("Headline\n\nTroops arrived in Lyon on Monday.\n\nA court near Goma has jailed the activist for five years.\n", 2)]
    [InlineData("Headline\n\nTroops arrived in Lyon on Monday.\n\nThe bank has pledged 50 million euros to Goma over three years.\n", 2)]
    [InlineData("Headline\n\nTroops arrived in Lyon on Monday.\n\nThe governor had clashed with parliament in Goma for months.\n", 1)]
    [InlineData("Headline\n\nTroops arrived in Lyon on Monday.\n\nThe army has been fighting rebels near Goma for more than a decade.\n", 1)]
    [InlineData("Headline\n\nTroops arrived in Lyon on Monday.\n\nDisputes over land have killed thousands near Goma in the past decade.\n", 1)]
    public void Extract_PerfectOverAStretchOfYears_IsBackground(string text, int count) =>
        Assert.Equal(count, fixture.Pipeline.Extract(text, Published).Events.Count);

    [Theory]
    [InlineData("Headline\n\nTroops arrived in Lyon on Monday.\n\nAt least 40 people have been killed near Goma in the worst flooding in recent decades.\n", "casualties")]
    [InlineData("Headline\n\nTroops arrived in Lyon on Monday.\n\nPolice have arrested 120 protesters in Goma, the largest crackdown in recent years.\n", "arrest")]
    public void Extract_RecordOrStretchInAnotherClause_StaysNews(string text, string type) => Assert.Contains(type, Types(text));

    [Fact]
    public void Extract_DenialJoinedToAnAccusation_TheAccusationIsNotDenied() =>
        Assert.Contains("criticise", Types("The group denied involvement and accused the army of shelling the town near Goma."));

    [Theory]
    [InlineData("The army denied attacking the village near Goma and killing civilians.")]
    [InlineData("Iran denied this and said it had never attacked the ship near Hormuz.")]
    [InlineData("The ministry denied that soldiers and police had fired on protesters in Lyon.")]
    public void Extract_DenialOfJoinedOrLaterActs_StillDenied(string sentence) => Assert.DoesNotContain("violence", Types(sentence));

    [Fact]
    public void Extract_StrikeInAnArticleAboutAHungerStrike_StaysViolence() =>
        Assert.Contains("violence", Types("Detainees in Lyon went on hunger strike on Monday. A strike on the camp near Goma killed two guards on Tuesday."));

    [Fact]
    public void Extract_RallyCalledPeaceful_IsNoCriticism() =>
        Assert.DoesNotContain("criticise", Types("Opposition leader Ana Lima described the rally in Lyon as a “peaceful protest” on Friday."));

    [Fact]
    public void Extract_RulingCalledByAHappeningsName_IsTheSpeakersCriticism() =>
        Assert.Equal([("criticise", "person:ana-lima")], fixture.Pipeline.Extract("Opposition leader Ana Lima called the ruling “a judicial coup” on Thursday.", Published)
            .Events.Select(e => (e.Type, e.Actors.Single())));

    [Fact]
    public void Extract_RallyInSupportOfSomeone_IsTheProtestOnly() =>
        Assert.Equal(["protest"], Types("Thousands of people rallied in Lyon on Wednesday in support of the armed forces."));

    [Fact]
    public void Extract_ArmourGathering_IsABuildUpNotAProtest() =>
        Assert.Equal(["build_up"], Types("The army said it had observed about 80 tanks gathering at a base near the border on Monday."));

    [Theory]
    [InlineData("An earthquake struck the north of Chile on Sunday.")]
    [InlineData("Hundreds of homes in Lyon were destroyed by the earthquake on Sunday.")]
    [InlineData("A cyclone that struck Mozambique on Sunday destroyed hundreds of homes.")]
    [InlineData("A fire swept through a refugee camp in southeastern Bangladesh overnight, destroying more than 1,500 shelters.")]
    [InlineData("A quake near Lyon killed nearly 9,000 people and destroyed more than half a million homes.")]
    [InlineData("The town of Lyon was among the worst hit by the magnitude 7.7 earthquake of March 28.")]
    public void Extract_DisasterStriking_NoViolence(string sentence) => Assert.DoesNotContain("violence", Types(sentence));

    [Fact]
    public void Extract_AttackersDestroyingAfterAComma_StaysViolence() =>
        Assert.Contains("violence", Types("Rebels attacked the town of Goma on Monday, destroying 40 homes."));

    [Theory]
    [InlineData("Police arrested three suspects in a raid on a house in Lyon on Monday.", false)]
    [InlineData("Soldiers raided a village near Gao and arrested three men on Monday.", true)]
    public void Extract_RaidInWhichAnArrestWasMade_IsTheArrest(string sentence, bool violence)
    {
        Assert.Contains("arrest", Types(sentence));
        Assert.Equal(violence, Types(sentence).Contains("violence"));
    }

    [Theory]
    [InlineData("The enemy fled into the forest near Goma on Monday.", false)]
    [InlineData("The gunmen escaped on motorcycles towards Gao.", false)]
    [InlineData("Soldiers evacuated 12,000 people from flooded villages near Lyon.", true)]
    [InlineData("More than 35,000 people crossed into Chad to escape fighting between the army and rebels.", true)]
    public void Extract_ArmedMenFleeing_AreNoEvacuation(string sentence, bool evacuation) =>
        Assert.Equal(evacuation, Types(sentence).Contains("evacuate"));

    [Theory]
    [InlineData("Relations with Lyon have soured since Russia's attack on Ukraine in 2022.", false)]
    [InlineData("The country has been in turmoil since a coup in 2021.", false)]
    [InlineData("Poland has since stationed 10,000 troops along its border with Belarus.", true)]
    [InlineData("The country has imported its fuel since rebels shut down the refinery in March.", true)]
    public void Extract_HappeningASinceCountsFrom_IsBackground(string sentence, bool happening) =>
        Assert.Equal(happening, fixture.Pipeline.Extract(sentence, Published).Events.Count > 0);

    [Theory]
    [InlineData("In Lyon, hundreds of young men blocked the main highway south on Monday, burning tyres.", true)]
    [InlineData("Dozens of angry parents blocked the road between Lyon and Paris on Thursday.", true)]
    [InlineData("Landslides triggered by the quake had blocked several roads near Lyon on Monday.", false)]
    [InlineData("The fans blocked the shot in the match in Lyon on Monday.", false)]
    public void Extract_RoadBlocked_IsAProtestUnlessADisasterBlockedIt(string sentence, bool protest) =>
        Assert.Equal(protest, Types(sentence).Contains("protest"));

    [Theory]
    [InlineData("The rebels freed 14 captives near Goma on Wednesday as a goodwill gesture.")]
    [InlineData("Lithuania closed two of its six crossing points on the border on Tuesday.")]
    [InlineData("A fishing boat carrying migrants capsized off Lampedusa on Sunday.")]
    [InlineData("The port authority suspended all traffic through the corridor on Monday.")]
    [InlineData("Eight coaches of an express train derailed near Lyon late on Friday.")]
    public void Extract_ReleaseClosureOrAccident_IsOther(string sentence) => Assert.Equal(["other"], Types(sentence));

    [Theory]
    [InlineData("The United Nations said it was sending drinking water and blankets to Goma.")]
    [InlineData("Japan said it was sending a medical team to Kathmandu.")]
    [InlineData("Brazil said it would send 150 military trainers to Haiti.")]
    public void Extract_AidOrHelpersSentNotForces_IsSupportNotADeployment(string sentence)
    {
        var types = Types(sentence);

        Assert.Contains("offer_support", types);
        Assert.DoesNotContain("deploy", types);
    }

    [Fact]
    public void Extract_ForcesTakingUpPositions_IsADeployment() =>
        Assert.Equal(["deploy"], Types("About 4,000 soldiers took up positions at intersections in Lyon on Friday."));

    [Fact]
    public void Extract_ForcesToBeStationed_IsAPlannedDeployment() =>
        Assert.Equal([("deploy", EventStatus.Planned)], fixture.Pipeline.Extract("The United States will station 500 troops near Lyon.", Published).Events.Select(e => (e.Type, e.Status)));

    [Theory]
    [InlineData("Dock workers in Lyon began a general strike on Monday. The union said it would extend the strike to Marseille on Thursday.")]
    [InlineData("Bus drivers in Lyon staged a 48-hour strike on Monday. The strike was called by the transport union.")]
    [InlineData("Teachers in Lyon went on strike on Monday over pay. Officials said the strikes had closed 200 schools.")]
    [InlineData("Ships in Lyon were stranded by a week-long strike. The union said it would extend the strike to Brest on Thursday.")]
    [InlineData("Ships in Lyon were stranded by a weeklong strike. The union said it would extend the strike to Brest on Thursday.")]
    [InlineData("Ships in Lyon were stranded by a months-long strike. The union said it would extend the strike to Brest on Thursday.")]
    public void Extract_BareStrikeInAnArticleAboutAWalkout_IsTheProtest(string text) =>
        Assert.DoesNotContain("violence", Types(text));

    [Theory]
    [InlineData("Rebels said a strike on their base near Goma killed four fighters.")]
    [InlineData("Dock workers in Lyon began a general strike on Monday. A drone strike hit a depot near Goma on Tuesday.")]
    public void Extract_StrikeInConflictNews_StaysViolence(string text) => Assert.Contains("violence", Types(text));

    [Theory]
    [InlineData("The U.S. State Department said it was \"deeply concerned\" by the sentences handed down in Lyon.")]
    [InlineData("The UN refugee agency said it was “alarmed” by the decision to close the border.")]
    [InlineData("Germany said it was deeply concerned by the detention of the opposition leader.")]
    [InlineData("He said Japan had lodged a strong protest with North Korea through its embassy in Beijing.")]
    public void Extract_ConcernOrProtestOverSomething_IsACriticism(string sentence) => Assert.Contains("criticise", Types(sentence));

    [Theory]
    [InlineData("Germany condemned the attack on the convoy near Goma.", "violence", "country:DE")]
    [InlineData("The European Union said it was deeply concerned by the violence in Lyon.", "violence", "org:european-union")]
    [InlineData("The United Nations urged both sides to end the hostilities near Lyon.", "violence", "org:united-nations")]
    [InlineData("Riot police dispersed the protest in Lyon on Monday.", "protest", "group:riot-police")]
    [InlineData("France condemned the Chadian attack on the border town near Goma.", "violence", "country:FR")]
    [InlineData("President Ana Lima called the storming of parliament in Lyon treasonous.", "violence", "person:ana-lima")]
    [InlineData("The World Health Organization said it was \"appalled\" by the attack on the hospital in Lyon.", "violence", "org:world-health-organization")]
    [InlineData("Germany condemned the “cowardly attack on innocent civilians” in Lyon.", "violence", "country:DE")]
    public void Extract_StanceTowardsAHappeningNamedByANoun_IsNotItsActor(string sentence, string type, string speaker) =>
        Assert.DoesNotContain(fixture.Pipeline.Extract(sentence, Published).Events, e => e.Type == type && e.Actors.Contains(speaker));

    [Theory]
    [InlineData("Rebels attacked a convoy near Goma on Monday.\n\nThe United States said it was deeply concerned by the violence in eastern Congo.", "violence")]
    [InlineData("Rebels attacked a convoy near Goma on Monday.\n\nGermany condemned the attack in a statement on Tuesday.", "violence")]
    [InlineData("Protesters stormed parliament in Lyon on Monday.\n\nPresident Ana Lima called the storming of parliament treasonous.", "violence")]
    [InlineData("Rebels attacked a hospital in Lyon on Monday.\n\nThe World Health Organization said it was “appalled” by the attack.", "violence")]
    [InlineData("Rebels attacked a market in Lyon on Monday.\n\nThe president condemned the \"cowardly attack on innocent civilians\".", "violence")]
    public void Extract_DefiniteHappeningAStanceGovernsAfterItWasTold_IsNoNewEvent(string text, string type) =>
        Assert.Single(fixture.Pipeline.Extract(text, Published).Events, e => e.Type == type);

    [Fact]
    public void Extract_IndefiniteHappeningAStanceGoverns_IsANewEvent() =>
        Assert.Equal(2, fixture.Pipeline.Extract("Rebels attacked a convoy near Goma on Monday. Germany condemned an attack on a school in Lyon on Tuesday.", Published)
            .Events.Count(e => e.Type == "violence"));

    [Theory]
    [InlineData("France condemned the Chadian attack on the border town near Goma.", "violence", "country:TD")]
    [InlineData("Russia vowed to launch an offensive near Lyon.", "violence", "country:RU")]
    public void Extract_ActorNamedAfterTheStanceOrItsOwnPlan_StaysTheActor(string sentence, string type, string actor) =>
        Assert.Contains(fixture.Pipeline.Extract(sentence, Published).Events, e => e.Type == type && e.Actors.Contains(actor));

    [Fact]
    public void Extract_SpeakerTakenUpByAPronoun_IsTheActor() =>
        Assert.Contains(fixture.Pipeline.Extract("France said it sent troops to Mali.", Published).Events,
            e => e.Type == "deploy" && e.Actors.Contains("country:FR"));

    [Theory]
    [InlineData("France said on Wednesday it would send troops to Mali.")]
    [InlineData("France said later on Monday that it would send troops to Mali.")]
    [InlineData("France said last week it would send troops to Mali.")]
    public void Extract_SpeakerTakenUpByAPronounAfterATime_IsTheActor(string sentence) =>
        Assert.Contains(fixture.Pipeline.Extract(sentence, Published).Events, e => e.Type == "deploy" && e.Actors.Contains("country:FR"));

    [Theory]
    [InlineData("Ricardo Anaya, 38, told reporters in Lyon that he knew the mayor.")]
    [InlineData("The 33-year-old Ricardo Anaya told reporters in Lyon that he knew the mayor.")]
    public void Extract_PrivatePersonNamedWithAge_NoStatement(string sentence) => Assert.DoesNotContain("statement", Types(sentence));

    [Fact]
    public void Extract_PrivatePersonLaterBySurname_NoStatement() =>
        Assert.DoesNotContain("statement", Types("Ricardo Anaya, 38, lives in Lyon. Anaya said he knew the mayor."));

    [Fact]
    public void Extract_PersonLeavingSomething_NoWithdrawal() =>
        Assert.DoesNotContain("withdraw", Types("Officer Ana Lima was leaving a bag in the car in Lyon."));
    [Theory]
    [InlineData("The research has revealed widespread discontent in Lyon.")]
    [InlineData("In Lyon, it is planned to open ten new schools.")]
    public void Extract_SpeechVerbWithNobodySpeaking_NoStatement(string sentence) => Assert.DoesNotContain("statement", Types(sentence));

    [Theory]
    [InlineData("She warned that prices in Lyon would rise.")]
    [InlineData("The Lyon Transit Authority announced that prices would rise.")]
    public void Extract_SpeechVerbWithAPronounOrANamedSpeaker_IsAStatement(string sentence) => Assert.Contains("statement", Types(sentence));
    [Theory]
    [InlineData("France began a campaign to invade the enclave near Goma.", "deploy")]
    [InlineData("Rebels took the town near Goma in a bid to invade the valley.", "deploy")]
    public void Extract_MovementAsAnInfinitiveOfPurpose_NoMovement(string sentence, string type) => Assert.DoesNotContain(type, Types(sentence));

    [Theory]
    [InlineData("Defence Minister Ana Lima said the army had been deployed to support police in Lyon.")]
    [InlineData("France sent troops to Chad on Monday to support the government.")]
    public void Extract_SupportAsTheMovementsPurpose_NoOfferOfItsOwn(string sentence) => Assert.DoesNotContain("offer_support", Types(sentence));

    [Fact]
    public void Extract_RequestJoinedToASayingByAnd_IsTheSpeakers() =>
        Assert.Equal(["country:AM"], Assert.Single(fixture.Pipeline.Extract(
            "Armenia said that 49 of its soldiers had been killed near Jermuk and formally asked the CSTO for help.", Published).Events, e => e.Type == "request_support").Actors);

    [Fact]
    public void Extract_CriticismAfterASayingThatReportsAnAttack_IsTheSpeakers() =>
        Assert.Equal(["country:ML"], Assert.Single(fixture.Pipeline.Extract(
            "Mali said that jihadists had attacked an army post near Gao and accused France of supporting them.", Published).Events, e => e.Type == "criticise").Actors);

    [Theory]
    [InlineData("Armenia said that 49 of its soldiers had been killed near Jermuk.", "group:soldiers")]
    [InlineData("Two civilians died near Goma on Monday.", "group:civilians")]
    [InlineData("Three police officers were badly injured in Lyon.", "group:police-officers")]
    public void Extract_SubjectOfADeathOrAPassiveHarm_IsTheTargetNotTheActor(string sentence, string victims)
    {
        var harm = Assert.Single(fixture.Pipeline.Extract(sentence, Published).Events, e => e.Type == "casualties");
        Assert.DoesNotContain(victims, harm.Actors);
        Assert.Contains(victims, harm.Targets);
    }

    [Theory]
    [InlineData("Two soldiers were killed in fighting with rebels near Goma.", "group:soldiers")]
    [InlineData("Sergeant Matt Lima was killed by a bomb near Manbij on Monday.", "person:matt-lima")]
    public void Extract_WhoAHarmBefellBeforeTheAttackThatCausedIt_IsNotItsActor(string sentence, string victim) =>
        Assert.DoesNotContain(fixture.Pipeline.Extract(sentence, Published).Events, e => e.Type == "violence" && e.Actors.Contains(victim));

    [Theory]
    [InlineData("Thousands of residents escaped from the fighting in Goma on Monday.")]
    [InlineData("The fighting displaced 5,000 people near Goma last week.")]
    public void Extract_PeopleEscapingOrDisplacedByFighting_IsAnEvacuation(string sentence) => Assert.Contains("evacuate", Types(sentence));

    [Fact]
    public void Extract_ActiveKilling_KeepsItsSubjectAsTheActor() =>
        Assert.Contains("group:police", Assert.Single(fixture.Pipeline.Extract("Police killed two men in Lyon.", Published).Events, e => e.Type == "casualties").Actors);

    [Fact]
    public void Extract_TwoNamedPeopleKilledInTurn_AreTwoCasualtyEvents() =>
        Assert.Equal(2, fixture.Pipeline.Extract(
            "Sergeant Matt Lima was killed by a bomb near Manbij on Monday.\n\nA US serviceman, Master Sgt Ana Costa of Austin, died alongside him.", Published)
            .Events.Count(e => e.Type == "casualties"));

    [Theory]
    [InlineData("President Ana Lima called the storming of parliament in Lyon treasonous.")]
    [InlineData("The mayor of Lyon called the shelling of the town barbaric.")]
    public void Extract_HappeningCalledByAWordOfCondemnation_IsCriticism(string sentence) => Assert.Contains("criticise", Types(sentence));

    [Theory]
    [InlineData("France requested an emergency meeting of the U.N. Security Council.")]
    [InlineData("Chad requested urgent talks with Sudan on Monday.")]
    public void Extract_RequestForAMeeting_IsAStatementOnly(string sentence) => Assert.Equal(["statement"], Types(sentence));

    [Fact]
    public void Extract_DecisionToSendTroops_IsADeployment() =>
        Assert.Contains("deploy", Types("France defended its decision to send troops to Mali."));

    [Fact]
    public void Extract_PassiveAccusationOfACrime_NoCriticismAndNoViolence() =>
        Assert.Empty(Types("The man is accused of stabbing a guard in Lyon on Monday."));

    [Fact]
    public void Extract_OfficerRelayingAnAccountToPolice_NoStatement() =>
        Assert.DoesNotContain("statement", Types("Officer Ana Lima says the man told police that he lived in Lyon."));
    [Theory]
    [InlineData("France blamed the Chadian government for the attack on the embassy.")]
    [InlineData("France accused Chad of shelling the border town on Monday.")]
    public void Extract_WhatABlameOrAnAccusationIsAbout_OnlyTheCriticism(string sentence) => Assert.Equal(["criticise"], Types(sentence));

    [Fact]
    public void Extract_StateBesideAPersonSpeakerThenAlone_OneStatement() =>
        Assert.Single(fixture.Pipeline.Extract(
            "France wants peace, French Foreign Minister Marc Dufresne said on Monday.\n\nFrance believes the issue is closely connected to security, the minister said.", Published).Events,
            e => e.Type == "statement");

    [Fact]
    public void Extract_SameActorAndPlaceOnTwoWeekdaysWithoutAPublicationDate_TwoEvents() =>
        Assert.Equal(2, fixture.Pipeline.Extract(
            "The Philippines on Sunday accused China of firing water cannon near Manila.\n\nThe Philippines on Monday summoned the Chinese ambassador in Manila to protest.",
            null).Events.Count(e => e.Type == "criticise"));

    [Fact]
    public void Extract_StateAloneThenBesideAPersonSpeaker_OneStatement() =>
        Assert.Single(fixture.Pipeline.Extract(
            "France warns of a new crisis.\n\nFrance wants peace, French Foreign Minister Marc Dufresne said on Monday.", Published).Events,
            e => e.Type == "statement");

    [Theory]
    [InlineData("An awards ceremony was held in Lyon, attended by the mayor and the minister.")]
    [InlineData("The minister attended the inauguration of the bridge in Lyon.")]
    public void Extract_AttendingACeremony_IsNoMeeting(string sentence) => Assert.DoesNotContain("meeting", Types(sentence));

    [Fact]
    public void Extract_SupportSomebodyIsThankedFor_NoOffer() =>
        Assert.DoesNotContain("offer_support", Types("The general thanked the elders of Lyon for their full support to the army."));

    [Theory]
    [InlineData("The weekly has reported that in 2019, Ana Lima, the head of the Chilean senate, stated that Peru had mined the border.", "country:CL")]
    [InlineData("The weekly has reported that the mayor of Lyon, Jean Dupont, said that Paris would pay.", "person:jean-dupont")]
    public void Extract_SpeakerlessReportThatANamedSpeakerSaid_StatementOfTheNamedSpeaker(string sentence, string speaker) =>
        Assert.Contains(speaker, ActorsOf(sentence, "statement"));

    [Theory]
    [InlineData("May has received strong backing from her allies in Europe.", "offer_support")]
    [InlineData("May warned on Monday that troops would be sent to Chad.", "statement")]
    public void Extract_NameLikeAModalBeforeAFiniteVerb_IsNoHypothetical(string sentence, string type) => Assert.Contains(type, Types(sentence));

    [Theory]
    [InlineData("Headline\n\nThe Venezuelan minister held talks with Russia on Monday.\n\nThe Venezuelan minister signed an agreement with South Africa.\n", 2)]
    [InlineData("Headline\n\nThe Venezuelan minister held talks with Russia on Monday.\n\nThe Venezuelan minister signed an agreement with Russia.\n", 1)]
    public void Extract_MeetingWithAnotherState_IsAnotherMeeting(string text, int count) =>
        Assert.Equal(count, fixture.Pipeline.Extract(text, Published).Events.Count(e => e.Type == "meeting"));

    [Theory]
    [InlineData("Police arrested two men in Lyon on Monday, and a court sentenced them to 30 days in jail.", 2)]
    [InlineData("Police arrested two men in Lyon on Monday, and later charged them with theft.", 1)]
    [InlineData("Police arrested two men in Lyon on Monday, and the police charged them with theft.", 1)]
    public void Extract_CoordinatedClauseWithASubjectOfItsOwn_IsAHappeningOfItsOwn(string sentence, int count) =>
        Assert.Equal(count, fixture.Pipeline.Extract(sentence, Published).Events.Count(e => e.Type == "arrest"));

    [Fact]
    public void Extract_HarmToldBeforeNamedWithThe_NoNewCasualtyEvent() =>
        Assert.Single(fixture.Pipeline.Extract(
            "Headline\n\nA soldier was killed in Mali on Monday.\n\nThe dead soldier's commanding officer said he was brave.\n", Published).Events,
            e => e.Type == "casualties");

    [Fact]
    public void Extract_PersonNamedInsideTheQuotation_IsNotTheSpeaker() =>
        Assert.DoesNotContain("person:jean-dupont", Assert.Single(fixture.Pipeline.Extract(
            "The regiment's Commanding Officer said: \u201CJean Dupont was a brave man.\u201D", Published).Events, e => e.Type == "statement").Actors);

    [Theory]
    [InlineData("The charity, which supports families in Lyon, held a dinner on Monday.", "offer_support")]
    [InlineData("The agency, which probes cases of serious injury in Lyon, opened an office.", "casualties")]
    [InlineData("A sailor who captains a ferry to Brest joined the crew.", "transport")]
    [InlineData("Anyone who attacks the convoy near Gao will be punished, the army said.", "violence")]
    public void Extract_TriggerInARelativeClauseInTheSimplePresent_NoEventOfItsType(string sentence, string type) =>
        Assert.DoesNotContain(type, Types(sentence));

    [Theory]
    [InlineData("Those who burned the market in Gao will face the full force of the law, the governor said.", "violence")]
    [InlineData("Anyone who looted shops in Gao last week will be arrested, the governor said.", "violence")]
    public void Extract_TriggerInARelativeClauseOfPeopleInGeneral_NoEventOfItsType(string sentence, string type) =>
        Assert.DoesNotContain(type, Types(sentence));

    [Theory]
    [InlineData("Chad, which deployed troops to Gao on Monday, borders Niger.", "deploy")]
    [InlineData("The mayor of Lyon, who says he was beaten by guards, was released.", "violence")]
    [InlineData("Rebels who burned the market in Gao on Monday were arrested.", "violence")]
    public void Extract_TriggerInARelativeClauseInThePastOrAfterASaying_IsAnEvent(string sentence, string type) =>
        Assert.Contains(type, Types(sentence));

    [Fact]
    public void Extract_SentenceRepeatedLaterOnThePage_OneEvent() =>
        Assert.Single(Types("Headline\n\nTwo tenants have launched a lawsuit against the police over the raid.\n\nResidents were shocked.\n\nShops stayed closed.\n\n"
            + "Trains ran late. Two tenants have launched a lawsuit against the police over the raid.\n"), t => t == "criticise");

    [Theory]
    [InlineData("The two parties failed to reach an agreement in Lyon on Monday.", "meeting")]
    [InlineData("The mayor of Lyon refused to take part in the talks.", "meeting")]
    [InlineData("Rebels near Goma declined to attack the convoy.", "violence")]
    [InlineData("Kinshasa has repeatedly ruled out negotiating with the group in Goma.", "meeting")]
    [InlineData("The president ruled out sending troops to Goma.", "deploy")]
    public void Extract_TriggerAfterARefusalOrARulingOut_NoEventOfItsType(string sentence, string type) => Assert.DoesNotContain(type, Types(sentence));

    [Fact]
    public void Extract_RulingAsAnAdjective_IsStillAHappening() => Assert.Contains("meeting", Types("The ruling party negotiated with the rebels in Goma."));

    [Fact]
    public void Extract_FailedAsAnAdjective_IsStillAHappening() => Assert.Contains("violence", Types("Rebels launched a failed attack on Goma on Monday."));

    [Fact]
    public void Extract_AccordingToAnUnnamedSource_NoStatementByThePersonBefore() =>
        Assert.DoesNotContain("statement", Types("Former minister Ana Lima studied law in Lyon, according to the network."));

    [Theory]
    [InlineData("There were 40 murders in Lyon in 2020, compared with 60 in Marseille.")]
    [InlineData("There have been more shootings in Lyon this year than in any year since 1990.")]
    public void Extract_ExistentialCountThatCompares_NoEvent(string sentence) => Assert.Empty(Types(sentence));

    [Fact]
    public void Extract_ExistentialHappeningWithoutComparison_IsAnEvent() =>
        Assert.Contains("violence", Types("There were shootings in Lyon on Monday night."));
    [Theory]
    [InlineData("The charity was founded in 1990. Volunteers provide transport for patients in Lyon.", "offer_support")]
    [InlineData("The charity was founded in 1990. Volunteers provide transport for patients in Lyon.", "transport")]
    [InlineData("The firm was founded in 1990. The company provides a wide range of help to farmers in Lyon.", "offer_support")]
    [InlineData("The firm was founded in 1990. Since then ICON offers help to farmers in Lyon.", "offer_support")]
    public void Extract_MainClauseInTheSimplePresent_NoEventOfItsType(string text, string type) => Assert.DoesNotContain(type, Types(text));

    [Theory]
    [InlineData("The charity was founded in 1990. Volunteers provided transport for patients in Lyon.", "offer_support")]
    [InlineData("The war began in 2014. Kurdish protests continue in Lyon.", "protest")]
    [InlineData("Volunteers provide transport for patients in Lyon.", "offer_support")]
    public void Extract_PastDatedPluralNounOrLeadInThePresent_IsAnEvent(string text, string type) => Assert.Contains(type, Types(text));

    [Fact]
    public void Extract_DocumentBeforeAReportingVerb_NoStatement() =>
        Assert.DoesNotContain("statement", Types("A man sued the city of Lyon. He was released after an hour, the claim said."));

    [Fact]
    public void Extract_WhatAProtestDemands_OnlyTheProtest() =>
        Assert.DoesNotContain("statement", Types("Millions of South Koreans took to the streets of Seoul to demand the president's ouster."));

    [Fact]
    public void Extract_NewsOutletReporting_NoStatement() =>
        Assert.DoesNotContain("statement", Types("Russian state TV reported that the minister had left Lyon on Monday."));

    [Theory]
    [InlineData("Economist Maria Silva warned on Monday that prices in Lyon would rise.")]
    [InlineData("Environmental expert Hans Hilbers told the broadcaster that trains in Lyon emit less.")]
    [InlineData("Matthieu Prin of London-based BOP Consulting said cities in France had changed.")]
    [InlineData("Maria Silva, the editor of a Lyon football magazine, said the club had changed.")]
    [InlineData("“We played our best game,” said Maria Silva, a guard who scored 30 points in Lyon.")]
    public void Extract_CommentatorQuoted_NoStatement(string sentence) => Assert.DoesNotContain("statement", Types(sentence));

    [Theory]
    [InlineData("Lyon fan Maria Silva said the new stadium was wonderful.")]
    [InlineData("The style looks a little like Charleston, said Maria Silva, a resident since September.")]
    [InlineData("Maria Silva, who lives in Lyon and owns horses nearby, says she buys tickets at the station.")]
    [InlineData("One of the victims, a young woman, Maria Silva, said the fever spread fast in the camp in Lyon.")]
    [InlineData("Maria Silva, an artist who paints in Lyon, said the walls had been painted over.")]
    [InlineData("“They drove away every animal they could find,” said Maria Silva, a village elder in Lyon.")]
    [InlineData("“The thefts hurt our business in Lyon,” said Maria Silva, co-owner of a bakery.")]
    public void Extract_PrivatePersonQuoted_NoStatement(string sentence) => Assert.DoesNotContain("statement", Types(sentence));

    [Theory]
    [InlineData("The judge ordered the four convicts to be sent to the prison in Lyon.", "deploy")]
    [InlineData("In two other cases, dogs in cargo were sent to Japan rather than Lyon.", "deploy")]
    [InlineData("The government intervention in Lyon's economy made the market unequal.", "deploy")]
    [InlineData("The day before she vanished she withdrew $1,273 from her bank account in Lyon.", "withdraw")]
    [InlineData("The UK's departure from the European Union meant Lyon had lost a valuable ally.", "withdraw")]
    public void Extract_MovementWithNoForcesOrMission_NoDeploymentOrWithdrawal(string sentence, string type) => Assert.DoesNotContain(type, Types(sentence));

    [Theory]
    [InlineData("France sent 500 troops to Gao on Monday.", "deploy")]
    [InlineData("Five officers responded to the school in Lyon on Monday.", "deploy")]
    [InlineData("During his service, Sgt Tonroe deployed to Afghanistan many times.", "deploy")]
    [InlineData("Russia invaded Ukraine on Thursday.", "deploy")]
    [InlineData("France recalled its ambassador from Moscow on Monday.", "withdraw")]
    [InlineData("Russian troops withdrew from Kherson on Monday.", "withdraw")]
    public void Extract_MovementOfForcesOrMission_IsADeploymentOrWithdrawal(string sentence, string type) => Assert.Contains(type, Types(sentence));

    [Fact]
    public void Extract_PronounAfterForcesDeployed_IsTheirDeployment() =>
        Assert.Equal(["deploy"], Types("Soldiers stood guard in Almaty on Monday. They also cordoned off the mayor's office in Almaty."));

    [Theory]
    [InlineData("The Daily Beast reported.")]
    [InlineData("Maria Silva said in tears.")]
    public void Extract_SayingWithNoContentInItsSentence_NoStatement(string sentence) => Assert.DoesNotContain("statement", Types(sentence));

    [Fact]
    public void Extract_OfficialQuotedWithATitle_IsAStatement() =>
        Assert.Contains("statement", Types("The mayor of Lyon, Maria Silva, warned on Monday that prices would rise."));
    [Theory]
    [InlineData("Sailor Colin Macy of Lyon is described by the network as a quiet man.")]
    [InlineData("Judge Victor Blake was told that the file would be ready within a week.")]
    public void Extract_SayingInThePassive_NoStatement(string sentence) => Assert.DoesNotContain("statement", Types(sentence));

    [Fact]
    public void Extract_StatementNounOpeningTheSentence_NoStatement() =>
        Assert.DoesNotContain("statement", Types("Broker William Mark Heiden was sued in Lyon in 2016. Claims involving Mr. Heiden have settled for $2 million."));

    [Fact]
    public void Extract_PersonNamedAsAPossessorBeforeASaying_IsNotTheSpeaker() =>
        Assert.DoesNotContain("person:rupert-murdoch", fixture.Pipeline.Extract(
            "Rupert Murdoch's company beat its rivals in Lyon, the board said on Monday.", Published).Events.SelectMany(e => e.Actors));

    [Fact]
    public void Extract_ChargedSomebodyWithAnOffence_OnlyTheCharge() =>
        Assert.DoesNotContain("protest", Types("UEFA charged Liverpool with acts of damage and crowd disturbances in Lyon on Monday."));

    [Theory]
    [InlineData("The government will deploy 500 troops to the border with Chad on Monday, even if the talks succeed.", "deploy")]
    [InlineData("Police in Lyon said the man threatened to stab them.", "violence")]
    public void Extract_PlanDespiteAConditionOrThreatToSomebodysFace_KeepsTheHappening(string sentence, string type) => Assert.Contains(type, Types(sentence));

    [Fact]
    public void Extract_AccusationAndADenialByAnotherSubject_TwoSpeechActs() =>
        Assert.Equal(["criticise", "statement"], Types("Chad accused Sudan of shelling the border post, and Khartoum denied the claim."));

    [Fact]
    public void Extract_ThoseDetainedInALaterSentence_TheArrestToldOnce() =>
        Assert.Equal(["arrest", "statement"], Types("Police detained 40 students in Lyon on Monday. Amnesty International called on the authorities to free all those detained."));

    [Fact]
    public void Extract_HappeningWordQuotedAfterANamingVerb_NoHappening() =>
        Assert.DoesNotContain("violence", Types("The assembly in Lyon voted to open impeachment proceedings, a move the mayor described as a \"constitutional coup\"."));

    [Fact]
    public void Extract_HappeningToldBeforeNamedSomethingInQuotes_ToldOnce() =>
        Assert.Single(Types("Chad sent 300 troops to Gao on Tuesday. The governor of Gao called the deployment \"a military occupation\"."), type => type == "deploy");

    [Fact]
    public void Extract_HappeningCalledSomethingWithoutQuotes_StaysTheHappening() =>
        Assert.Contains("violence", Types("Witnesses in Gao described the attack as a massacre."));

    [Theory]
    [InlineData("Officials met in Lyon on Monday. It supports families affected by cancer in the Western Trust.")]
    [InlineData("Officials met in Lyon on Monday. This new office provides a wide range of services to farmers.")]
    [InlineData("Officials met in Lyon on Monday. The mayor asked about the plan, and the charity provides meals to families.")]
    public void Extract_WhatASubjectDoesAsARule_NoSupportGiven(string text) => Assert.DoesNotContain("offer_support", Types(text));
}
