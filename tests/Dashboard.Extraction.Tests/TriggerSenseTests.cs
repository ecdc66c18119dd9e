namespace Dashboard.Extraction.Tests;

/// <summary>
/// Trigger words in the sense event-triggers.txt gives them, on invented sentences: a word used in another sense tells
/// no happening, and some phrases have a type of their own.
/// </summary>
[Collection(PipelineCollection.Name)]
public sealed class TriggerSenseTests(PipelineFixture fixture)
{
    private static readonly DateOnly Published = new(2022, 1, 11);

    private IReadOnlyList<string> Types(string text) =>
        [.. fixture.Pipeline.Extract(text, Published).Events.Select(e => e.Type).Order(StringComparer.Ordinal)];

    [Theory]
    [InlineData("The mayor is seeking a second term in Lyon.", "request_support")]
    [InlineData("The talks contributed to stability in Lyon.", "offer_support")]
    [InlineData("France and Chad are reinforcing their friendship in Lyon.", "deploy")]
    [InlineData("The accused was in court in Lyon on Monday.", "criticise")]
    [InlineData("A search and rescue team from Lyon found the hikers.", "evacuate")]
    [InlineData("The army has a supporting role in Lyon.", "offer_support")]
    [InlineData("Medics were rendering aid in Lyon.", "offer_support")]
    [InlineData("He was talking about the economy in Lyon.", "meeting")]
    [InlineData("The mayor has no say in Lyon.", "statement")]
    [InlineData("Migrants with an asylum claim wait in Lyon.", "statement")]
    [InlineData("The funds will be used to fight corruption in Lyon.", "violence")]
    [InlineData("France and Chad welcome and support the notable improvement in the situation in Lyon.", "offer_support")]
    [InlineData("France supported the idea of a new bridge in Lyon.", "offer_support")]
    [InlineData("Supporters sang as the mayor entered the courtroom in Lyon.", "deploy")]
    [InlineData("More than 800 migrants are entering France each day.", "deploy")]
    [InlineData("The camp in Lyon is surrounded by high fences.", "deploy")]
    [InlineData("The officer in Lyon gained combat experience and combat skills.", "violence")]
    [InlineData("Troops killed dozens of rebels and destroyed their depots, their trucks and their fortifications near Goma.", "build_up")]
    [InlineData("The court dismissed the charges against the mayor of Lyon.", "criticise")]
    [InlineData("The officer in Lyon took a shooting stance at the range.", "violence")]
    [InlineData("Tourists visited a shooting range near Lyon.", "violence")]
    [InlineData("The first sentence of the report on Lyon was long.", "arrest")]
    [InlineData("The patient regained consciousness in a hospital in Lyon.", "violence")]
    [InlineData("The report on Lyon has missing pages.", "casualties")]
    [InlineData("The mayor of Lyon is backing down on the tax.", "offer_support")]
    [InlineData("The coach agrees with the mayor of Lyon that the park needs trees.", "meeting")]
    [InlineData("The singer left hospital in Lyon on Monday.", "withdraw")]
    [InlineData("A pep talk before the race in Lyon helped the rider.", "meeting")]
    [InlineData("The widow set up a support group in Lyon.", "offer_support")]
    [InlineData("The mayor of Lyon shot down rumours of a new tax.", "violence")]
    [InlineData("The minister shot down the idea of a tunnel under Lyon.", "violence")]
    [InlineData("Strikes in Lyon hurt sales and growth last year.", "casualties")]
    [InlineData("Absent teachers in Lyon hurt student learning.", "casualties")]
    [InlineData("“I am hurt because nobody in Lyon called,” she said.", "casualties")]
    [InlineData("The day before she vanished, she withdrew money from a bank in Lyon.", "withdraw")]
    [InlineData("The mayor of Lyon withdrew his candidacy on Monday.", "withdraw")]
    [InlineData("It was gathered that the victims in Lyon were mostly women.", "protest")]
    [InlineData("March was another volatile month for the markets in Lyon.", "protest")]
    [InlineData("Markets in Lyon closed higher on Monday.", "other")]
    [InlineData("Two defenders from Lyon will be charged with guarding the striker.", "arrest")]
    [InlineData("The mayor of Lyon was charged with overseeing the new tram line.", "arrest")]
    [InlineData("The shortage is forcing employers in Lyon to offer incentives to attract workers.", "offer_support")]
    [InlineData("The agency in Lyon offers sports journalism trainings on request.", "offer_support")]
    [InlineData("Russia has few means of pressure on Lyon except its gas supplies.", "offer_support")]
    [InlineData("Many of these land disputes have been fought in the courts of Lyon.", "violence")]
    [InlineData("Firefighters were fighting fires in Lyon overnight.", "violence")]
    [InlineData("The mayor praised the role of Lyon in the fight against terrorism.", "violence")]
    [InlineData("The fire crews arrived in Lyon at dawn.", "deploy")]
    [InlineData("The trade delegation arrives in Lyon on Monday.", "deploy")]
    [InlineData("The bank in Lyon asked customers for their email address.", "meeting")]
    [InlineData("The driver fled the scene of the crash in Lyon.", "evacuate")]
    [InlineData("The city started a project to combat graffiti in Lyon.", "violence")]
    [InlineData("School transportation costs in Lyon rose by a third.", "transport")]
    [InlineData("The murder rate in Lyon fell by a third last year.", "casualties")]
    [InlineData("The murder tally in Lyon last year was lower than in Paris.", "casualties")]
    [InlineData("Doctors in Lyon study the leading causes of death among older people.", "casualties")]
    [InlineData("Fans captured video of the singer in Lyon on Monday.", "violence")]
    [InlineData("The two clubs struck a record $90 million deal in Lyon on Monday.", "violence")]
    [InlineData("Firefighters were fighting two apartment fires in Lyon overnight.", "violence")]
    [InlineData("The horse went on to deny the trainer Bob Baffert a second win in Lyon.", "statement")]
    [InlineData("The mayor of Lyon is going to fight for more funding.", "violence")]
    [InlineData("The firm in Lyon offered products and services to farmers.", "offer_support")]
    [InlineData("The senators in Lyon killed the bill on Monday.", "casualties")]
    [InlineData("The charity in Lyon addressed the health needs of mothers.", "meeting")]
    [InlineData("In his statement of claim accusing police of misconduct, the man alleges he was hurt in Lyon.", "statement")]
    [InlineData("The mayor of Lyon sent a message to his followers on Monday.", "deploy")]
    [InlineData("In a letter sent to the mayor of Lyon, the minister explained his plan.", "deploy")]
    [InlineData("The minister of Lyon vowed to rescue the economy.", "evacuate")]
    [InlineData("The singer turned in Lyon to acknowledge them.", "statement")]
    [InlineData("The champion will defend his title in Lyon on Sunday.", "statement")]
    [InlineData("The record demonstrates the talents of the young pianist from Lyon.", "protest")]
    [InlineData("The companies feared the influence the students of Lyon have amassed.", "build_up")]
    [InlineData("The team from Lyon advances to the final on Sunday.", "deploy")]
    [InlineData("Half of the people in Lyon attended school up to the ninth grade.", "meeting")]
    [InlineData("The two men from Lyon have pleaded not guilty to murder.", "request_support")]
    [InlineData("Nomar Mazara added two hits in Lyon on Monday.", "statement")]
    [InlineData("Three bedrooms in Lyon occupy the top floor.", "deploy")]
    [InlineData("Trump's plan intensified the biggest trade battle since World War II.", "violence")]
    [InlineData("A century later, these blocks in Lyon hosted a variety of light industrial uses.", "meeting")]
    [InlineData("The race in Lyon will have a stand-alone qualifying session.", "meeting")]
    [InlineData("Adams was sent off for a poor tackle in Lyon.", "deploy")]
    [InlineData("Engineers installed a collector on the prototype string deployed off the coast of Brest.", "deploy")]
    [InlineData("The second half captures all the excitement and energy of a concert in Lyon.", "violence")]
    [InlineData("Having sent the matter to Ambassador Thomas, the mayor of Lyon waited.", "deploy")]
    [InlineData("The services in Lyon help settle insurance claims.", "statement")]
    [InlineData("I address you today on a matter of great importance for Lyon.", "meeting")]
    [InlineData("The speech in Lyon was captured on video by a bystander.", "violence")]
    [InlineData("He was charged with possession of an offensive weapon in Lyon.", "violence")]
    [InlineData("The game in Lyon wound down with no further goals.", "casualties")]
    [InlineData("The man from Lyon was granted permission to appeal.", "offer_support")]
    [InlineData("The chiefs in Lyon have positioned themselves as custodians of the land.", "build_up")]
    [InlineData("The law in Lyon protects landed resources.", "deploy")]
    [InlineData("The mayor of Lyon said the case was withdrawn on Monday.", "withdraw")]
    [InlineData("The mayor of Lyon said the charges had been quietly withdrawn.", "withdraw")]
    [InlineData("The minister in Lyon is fighting work-related cancer.", "violence")]
    [InlineData("The actress from Lyon tweeted her support of a conspiracy theory.", "offer_support")]
    [InlineData("The state fund of Lyon was set up by the mayor in 2009.", "offer_support")]
    [InlineData("Two ministers in Lyon were poised to support the motion.", "offer_support")]
    [InlineData("The chef in Lyon participated in a dining experiment.", "meeting")]
    [InlineData("Police in Lyon refused to comment on the case.", "criticise")]
    [InlineData("China vowed to fight the new tariffs at any cost.", "violence")]
    [InlineData("Both chiefs in Lyon agree that the train is a good alternative to the plane.", "meeting")]
    [InlineData("The mayor of Lyon voiced backing for the view that taxes are too high.", "offer_support")]
    [InlineData("Women in Lyon won voting rights in 1944.", "other")]
    [InlineData("Shares of the bank in Lyon fell to a record low on Monday.", "violence")]
    [InlineData("The carmaker took control of a start-up in Lyon on Monday.", "violence")]
    [InlineData("The bank in Lyon has been the subject of many investigations and fines.", "other")]
    [InlineData("The minister of Chad was asked about the plan on Monday.", "request_support")]
    [InlineData("Protesters in Lyon called on the mayor to resign on Monday.", "request_support")]
    [InlineData("The mayor of Lyon asked the reporters to leave the room.", "request_support")]
    [InlineData("The costs of the bridge in Lyon overran the budget.", "violence")]
    [InlineData("One video from Lyon showed fighters picking up a guardrail.", "build_up")]
    public void Extract_TriggerWordInAnotherSense_NoEventOfItsType(string sentence, string type) =>
        Assert.DoesNotContain(type, Types(sentence));

    [Theory]
    [InlineData("Rebels shot down a helicopter near Goma.", "violence")]
    [InlineData("Five people were hurt in Lyon on Monday.", "casualties")]
    [InlineData("France withdrew its troops from Mali on Monday.", "withdraw")]
    [InlineData("Protesters gathered that morning in Lyon.", "protest")]
    [InlineData("The government sought help from France on Monday.", "request_support")]
    [InlineData("France expelled two Russian diplomats on Monday.", "criticise")]
    [InlineData("Officers found weapons during a police raid in Lyon.", "deploy")]
    [InlineData("The city lost a legal fight with Texas in Austin.", "criticise")]
    [InlineData("A man was vandalising cars in Lyon.", "violence")]
    [InlineData("Four officers responded to the school in Lyon.", "deploy")]
    [InlineData("The mayor of Lyon took aim at the minister on Monday.", "criticise")]
    [InlineData("The mayor of Lyon faulted the minister on Monday.", "criticise")]
    [InlineData("The city of Lyon sued the minister on Monday.", "criticise")]
    [InlineData("Russian troops entered the town of Gomel on Monday.", "deploy")]
    [InlineData("The town of Goma is surrounded by government forces.", "deploy")]
    [InlineData("The soldier was embedded with French special forces in Gao.", "deploy")]
    [InlineData("An awards ceremony was held in Lyon on Monday.", "other")]
    [InlineData("The president signed a decree in Lyon on Monday.", "other")]
    [InlineData("The mayor of Lyon disbanded the commission on Monday.", "other")]
    [InlineData("Blogger Anar Guliyev, who is serving a five-year sentence in Lyon, wrote a letter.", "arrest")]
    [InlineData("Ricardo Anaya is serving a prison term in Lyon.", "arrest")]
    [InlineData("France backed the president's plan on Monday.", "offer_support")]
    [InlineData("Chad has received strong backing from France.", "offer_support")]
    [InlineData("Military operations were continuing near Goma on Monday.", "violence")]
    [InlineData("Two fishermen went missing off Brest on Monday.", "casualties")]
    [InlineData("The troops were withdrawn from Gao on Monday.", "withdraw")]
    [InlineData("French troops landed in Gao on Monday.", "deploy")]
    [InlineData("Russian troops have positioned tanks near the border with Ukraine.", "build_up")]
    [InlineData("Rebels captured the town of Goma on Monday.", "violence")]
    [InlineData("Government forces recaptured the town of Goma on Monday.", "violence")]
    [InlineData("The army regained most of the villages near Goma on Monday.", "violence")]
    [InlineData("The two clubs struck a deal in Lyon on Monday.", "meeting")]
    [InlineData("The two clubs struck a record $90 million deal in Lyon on Monday.", "meeting")]
    [InlineData("The fire claimed three lives in Lyon on Monday.", "casualties")]
    [InlineData("Police captured the two suspects in Lyon on Monday.", "arrest")]
    [InlineData("The two inmates and their accomplice have been captured in Lyon.", "arrest")]
    [InlineData("The president denied the report on Monday.", "statement")]
    [InlineData("Students took to the streets of Lyon on Monday.", "protest")]
    [InlineData("Thousands of protesters demonstrated in Lyon on Monday.", "protest")]
    [InlineData("The mayor of Lyon complained to the minister on Monday.", "criticise")]
    [InlineData("The regulator fined the bank of Lyon on Monday.", "criticise")]
    [InlineData("The European Union imposed sanctions on Belarus on Monday.", "criticise")]
    [InlineData("President Petro Poroshenko enacted the law in Kyiv on Monday.", "other")]
    [InlineData("The mayor of Lyon pleaded not guilty on Monday.", "statement")]
    [InlineData("Police closed the road near Lyon on Monday.", "other")]
    [InlineData("The sheriff's office in Lyon is asking the public to look out for two men.", "request_support")]
    [InlineData("The man was charged with murdering his neighbour in Lyon on Monday.", "arrest")]
    [InlineData("The overnight closure of the A417 near Gloucester will last a week.", "other")]
    [InlineData("Chad closed its borders with Sudan on Monday.", "other")]
    [InlineData("Rights groups in Lyon made allegations of fraud against the mayor.", "criticise")]
    [InlineData("The trade dispute between France and Chad escalated on Monday.", "criticise")]
    [InlineData("The regulator opened an investigation into the bank of Lyon on Monday.", "other")]
    [InlineData("Parliament voted on the budget in Lyon on Monday.", "other")]
    [InlineData("The council of Lyon elected a new mayor on Monday.", "other")]
    [InlineData("The mayor of Lyon resigned on Monday.", "other")]
    [InlineData("A court in Lyon ruled that the contract was void.", "other")]
    [InlineData("A jury in Lyon awarded the artists $6 million.", "other")]
    [InlineData("The mayor opened a new hospital in Lyon on Monday.", "other")]
    [InlineData("The carmaker acquired a start-up from Lyon on Monday.", "other")]
    [InlineData("Thieves stole three paintings from a museum in Lyon.", "other")]
    [InlineData("A fire broke out in a warehouse in Lyon on Monday.", "other")]
    [InlineData("The festival in Lyon was postponed on Monday.", "other")]
    [InlineData("The army ousted the president of Chad on Monday.", "other")]
    [InlineData("The president of Chad phoned the president of France on Monday.", "meeting")]
    [InlineData("A delegation from Chad arrived in Paris on Monday.", "meeting")]
    [InlineData("The government of Chad imposed a curfew in N'Djamena on Monday.", "other")]
    [InlineData("The carmaker made 300 job cuts at its plant in Lyon on Monday.", "other")]
    [InlineData("France imposed an arms embargo on Chad on Monday.", "criticise")]
    [InlineData("The mayor of Lyon went on trial for fraud on Monday.", "arrest")]
    [InlineData("Gunmen assassinated the mayor of Gao on Monday.", "violence")]
    [InlineData("Rebel forces took control of the airport in Goma on Monday.", "violence")]
    [InlineData("Chad severed diplomatic ties with Sudan on Monday.", "criticise")]
    [InlineData("Troops in Chad were put on alert on Monday.", "build_up")]
    [InlineData("A typhoon hit the coast near Manila on Monday.", "other")]
    [InlineData("The new border rules took effect in Chad on Monday.", "other")]
    [InlineData("Chad asked France to send troops on Monday.", "request_support")]
    [InlineData("The government of Chad called on the African Union to deploy peacekeepers on Monday.", "request_support")]
    [InlineData("Chad appealed to France for military help on Monday.", "request_support")]
    [InlineData("The government of Chad asked the United Nations for humanitarian aid on Monday.", "request_support")]
    [InlineData("Rebels seized the airport in Gao on Monday.", "violence")]
    [InlineData("Police seized 40 rifles in Gao on Monday.", "other")]
    [InlineData("Rebels took control of Gao on Monday.", "violence")]
    [InlineData("Gao fell to the rebels on Monday.", "violence")]
    [InlineData("Rebels overran an army base near Gao on Monday.", "violence")]
    [InlineData("Soldiers repelled an attack on Gao on Monday.", "violence")]
    public void Extract_PhraseOrFormWithATypeOfItsOwn_IsThatType(string sentence, string type) =>
        Assert.Equal([type], Types(sentence));

    [Fact]
    public void Extract_AttackLaunched_IsTheAttack() =>
        Assert.Contains("violence", Types("Rebels launched an attack on the town of Goma on Monday."));

    [Theory]
    [InlineData("Russia launched a missile strike on Kyiv on Monday.", "violence")]
    [InlineData("Rebels launched an offensive near Goma on Monday.", "violence")]
    [InlineData("The company launched a new phone in Lyon on Monday.", "other")]
    public void Extract_Launched_IsTheHappeningItsObjectNamesOrElseOther(string sentence, string type) =>
        Assert.Equal([type], Types(sentence));

    [Fact]
    public void Extract_SupportForAnActorsAction_IsAnOfferOfSupport() =>
        Assert.Contains("offer_support", Types("France supported the deployment of troops in Mali."));

    [Fact]
    public void Extract_ExpelledDiplomats_NoArrest() => Assert.DoesNotContain("arrest", Types("France expelled two Russian diplomats on Monday."));

    [Fact]
    public void Extract_StatementAsADocument_NoStatement() =>
        Assert.DoesNotContain("statement", Types("The mayor of Lyon left the gift out of his financial disclosure statements."));

    [Fact]
    public void Extract_HappeningThatCanBe_NoEvent() => Assert.Empty(Types("Troops can be sent to Chad."));

    [Theory]
    [InlineData("Police recovered 86 assorted firearms in Lyon on Monday.")]
    [InlineData("Customs officers seized 40 pistols and 300 cartridges at the port of Lyon.")]
    public void Extract_WeaponsRecoveredOrSeized_IsOther(string sentence) => Assert.Contains("other", Types(sentence));

    [Theory]
    [InlineData("The officer recovered from gun wounds in Lyon.")]
    [InlineData("The rebels seized the moment in Lyon.")]
    public void Extract_RecoveredOrSeizedWithoutAWeapon_IsNoOther(string sentence) => Assert.DoesNotContain("other", Types(sentence));

    [Theory]
    [InlineData("French troops arrived in Gao on Monday.")]
    [InlineData("Two police officers then arrived at the station in Lyon.")]
    public void Extract_ForcesOrPoliceArriving_IsADeployment(string sentence) => Assert.Contains("deploy", Types(sentence));

    [Theory]
    [InlineData("More than 9,000 flights arrived at the airport in Lyon last year.")]
    [InlineData("Shipments of solar panels to Lyon grew by a third.")]
    [InlineData("The firm will transfer its pension obligations to an insurer in Lyon.")]
    [InlineData("The couple set sail from Brest on Monday.")]
    [InlineData("The dog bit a flight attendant in Lyon.")]
    public void Extract_TransportWithNothingCarried_IsNoTransport(string sentence) => Assert.DoesNotContain("transport", Types(sentence));

    [Theory]
    [InlineData("Russian planes flew 300 troops to Gao on Monday.")]
    [InlineData("Two ships transported weapons to the port of Tartus on Monday.")]
    [InlineData("Helicopters flew food aid to the villages near Goma on Monday.")]
    public void Extract_TransportCarryingForcesWeaponsOrAid_IsATransport(string sentence) => Assert.Contains("transport", Types(sentence));

    [Theory]
    [InlineData("Russian troops are advancing on the town of Goma.", "deploy")]
    [InlineData("Russia has massed 100,000 troops near the border with Ukraine.", "build_up")]
    [InlineData("Rebels captured the town of Goma on Monday.", "violence")]
    [InlineData("Rebels fight government troops near Goma.", "violence")]
    public void Extract_FormBoundToForcesWithForcesNamed_IsItsType(string sentence, string type) => Assert.Contains(type, Types(sentence));

    [Theory]
    [InlineData("The United States imposed tariffs on Chinese steel on Monday.")]
    [InlineData("Beijing announced import duties on $3 billion of American goods on Monday.")]
    [InlineData("Russia retaliated against France on Monday.")]
    [InlineData("The mayor of Lyon said the new tax was unfair.")]
    [InlineData("The former president and her lawyers refused to attend the trial in Lyon.")]
    [InlineData("The senator called the new plan the dumbest possible way to help Lyon.")]
    [InlineData("The party in Lyon said the order was an abuse of power.")]
    public void Extract_TradeSanctionRetaliationOrReproach_IsCriticism(string sentence) => Assert.Contains("criticise", Types(sentence));

    [Theory]
    [InlineData("The mayor of Lyon praised the firefighters on Monday.")]
    [InlineData("The club apologised to the fans of Lyon on Monday.")]
    [InlineData("The governor lauded the grassroots programme of Lyon.")]
    [InlineData("The party released a communique in Lyon on Monday.")]
    public void Extract_PraiseApologyOrCommunique_IsAStatement(string sentence) => Assert.Contains("statement", Types(sentence));

    [Fact]
    public void Extract_ToFundAProject_IsAnOfferOfSupport() => Assert.Contains("offer_support", Types("The European Union agreed to fund the new hospital in Lyon."));

    [Fact]
    public void Extract_AgreeingThatSomethingIsSo_IsAStatement() =>
        Assert.Contains("statement", Types("The mayor of Lyon agreed that the train is a good alternative to the plane."));

    private const string MatchReport =
        "The coach praised his striker after the league match in Lyon. The squad has scored 40 goals this season. ";

    [Theory]
    [InlineData(MatchReport + "It was a three-run blast that won the game.", "violence")]
    [InlineData(MatchReport + "Both games were hard fought battles.", "violence")]
    [InlineData(MatchReport + "The club is left with seven players due to injuries.", "casualties")]
    public void Extract_PlayWordsInASportsReport_NoViolenceOrCasualties(string text, string type) => Assert.DoesNotContain(type, Types(text));

    [Theory]
    [InlineData("A blast hit the market in Goma on Monday.", "violence")]
    [InlineData(MatchReport + "Fans stabbed a steward outside the stadium.", "violence")]
    public void Extract_ConflictWordsOutsidePlay_KeepTheirType(string text, string type) => Assert.Contains(type, Types(text));
}
