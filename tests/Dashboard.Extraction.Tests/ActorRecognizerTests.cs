using Dashboard.Core.Events;

namespace Dashboard.Extraction.Tests;

/// <summary>Actors from invented sentences: "id/kind/country/role×mentions", in order of first mention.</summary>
[Collection(PipelineCollection.Name)]
public sealed class ActorRecognizerTests(PipelineFixture fixture)
{
    [Fact]
    public void Recognise_TitledPersonLaterMr_IsOnePersonWithRoleAndAffiliation()
    {
        var actors = Actors("French President Jean Dupont arrived. Mr Dupont said the talks went well.");
        var person = Assert.Single(actors, a => a.Kind == ActorKind.Person);
        Assert.Equal("person:jean-dupont", person.Id);
        Assert.Equal("President", person.Role);
        Assert.Equal("FR", person.Country);
        Assert.Equal(2, person.Mentions.Count);
    }

    [Fact]
    public void Recognise_RoleWithAdjective_RefersToTheOnePersonWithThatRole()
    {
        var actors = Actors("Brazilian President Ana Souza spoke. Later the Brazilian leader left.");
        Assert.Equal(2, Assert.Single(actors, a => a.Kind == ActorKind.Person).Mentions.Count);
    }

    [Theory]
    [InlineData("Around 300 people protested in Lyon on Saturday.", true)]
    [InlineData("Hundreds rallied outside the embassy in Lyon.", true)]
    [InlineData("Around 300 people attended the concert in Lyon.", false)]
    public void Recognise_PeopleBeforeAProtestVerb_AreProtesters(string text, bool protesters) =>
        Assert.Equal(protesters, Actors(text).Any(a => a.Id == "group:protesters" && a.Role == "protesters"));

    [Theory]
    [InlineData("Candidate Ricardo Anaya spoke in Lyon.", "person:ricardo-anaya")]
    [InlineData("NDP Leader Wab Kinew spoke in Lyon.", "person:wab-kinew")]
    [InlineData("Ricardo Anaya, the former minister, spoke in Lyon.", "person:ricardo-anaya")]
    public void Recognise_GivenNameAndSurnameWithoutTitle_IsAPerson(string text, string id) =>
        Assert.Contains(Actors(text), a => a.Id == id && a.Kind == ActorKind.Person);

    [Theory]
    [InlineData("Tural Qasimli, a columnist, was jailed in Lyon.", "person:tural-qasimli")]
    [InlineData("Ramil Huseynli, the head of the union, spoke in Lyon.", "person:ramil-huseynli")]
    [InlineData("Vugar Mammadli, who runs a newspaper, left Lyon.", "person:vugar-mammadli")]
    [InlineData("Anar Guliyev, 41, was detained in Lyon.", "person:anar-guliyev")]
    [InlineData("Police detained journalist Elnur Safarli in Lyon.", "person:elnur-safarli")]
    [InlineData("Wab Kinew, the NDP leader, spoke in Lyon.", "person:wab-kinew")]
    [InlineData("Wab Kinew, the party's deputy leader, spoke in Lyon.", "person:wab-kinew")]
    public void Recognise_UnlistedNameDescribedAsAPerson_IsAPerson(string text, string id) =>
        Assert.Contains(Actors(text), a => a.Id == id && a.Kind == ActorKind.Person);

    [Theory]
    [InlineData("Tural Qasimli was jailed in Lyon.")]
    [InlineData("The Kanal Zorba, a newspaper, closed in Lyon.")]
    [InlineData("Kanal Zorba, the bridge over the river, closed in Lyon.")]
    [InlineData("Police detained journalists in Green Valley, a suburb of Lyon.")]
    public void Recognise_UnlistedNameWithoutDescriptionOrEnglishWords_IsNoPerson(string text) =>
        Assert.DoesNotContain(Actors(text), a => a.Kind == ActorKind.Person);

    [Fact]
    public void Recognise_SurnameAloneAfterTheFullName_IsThatPerson() =>
        Assert.Equal(2, Assert.Single(Actors("Ricardo Anaya spoke in Lyon. Later Anaya left."), a => a.Id == "person:ricardo-anaya").Mentions.Count);

    [Fact]
    public void Recognise_HyphenatedSurnameAloneOrAfterATitle_IsThatPerson() =>
        Assert.Equal(3, Assert.Single(Actors("Chief John Odigie-Oyegun spoke in Lyon. Later Oyegun left. Chief Oyegun said nothing."), a => a.Kind == ActorKind.Person).Mentions.Count);

    [Fact]
    public void Recognise_FirstNameOfATitledPersonNotAListedGivenName_IsThatPerson() =>
        Assert.Equal(2, Assert.Single(Actors("Former Prime Minister Mahathir Mohamad spoke in Lyon. Mahathir said the party would appeal."), a => a.Kind == ActorKind.Person).Mentions.Count);

    [Fact]
    public void Recognise_ListedGivenNameAloneAfterTheFullName_IsNotThatPerson() =>
        Assert.Single(Assert.Single(Actors("Prime Minister Charlie Evans spoke in Lyon. Charlie said the party would appeal."), a => a.Kind == ActorKind.Person).Mentions);

    [Theory]
    [InlineData("The US Justice Department said the money was stolen in Lyon.")]
    [InlineData("The Deputy National Publicity Secretary of the party spoke in Lyon.")]
    public void Recognise_TitleBeforeAnOrganisationOrALongerTitle_IsNoPerson(string text) =>
        Assert.DoesNotContain(Actors(text), a => a.Kind == ActorKind.Person);

    [Fact]
    public void Recognise_SurnameSharedByTwoPeople_IsNeither() =>
        Assert.All(Actors("Ricardo Anaya and Maria Anaya spoke in Lyon. Later Anaya left.").Where(a => a.Kind == ActorKind.Person), a => Assert.Single(a.Mentions));

    [Theory]
    [InlineData("The report came out on Tuesday Morning in Lyon.")]
    [InlineData("Students of George Washington University marched in Lyon.")]
    public void Recognise_GivenNameInADateOrAnOrganisation_IsNoPerson(string text) =>
        Assert.DoesNotContain(Actors(text), a => a.Kind == ActorKind.Person);

    [Theory]
    [InlineData("Kyrgyzstan asked a Moscow-led security bloc for help. The Collective Security Treaty Organization agreed.", "org:collective-security-treaty-organization", 2)]
    [InlineData("Rebels fought a London-led alliance. NATO met. The CSTO did not.", "org:nato", 2)]
    [InlineData("Rebels fought the London-led coalition. NATO met.", "org:nato", 1)]
    [InlineData("A Paris-led mission left. NATO and the CSTO met.", "org:nato", 1)]
    public void Recognise_LedDescription_IsAMentionOfTheOneOrganisationTheLeaderBelongsTo(string text, string id, int mentions) =>
        Assert.Equal(mentions, Assert.Single(Actors(text), a => a.Id == id).Mentions.Count);

    [Theory]
    [InlineData("Kenyan Deputy Defence Minister Sultan Mwangi spoke. Later Lieutenant General Mwangi left.", "person:sultan-mwangi", "Deputy Defence Minister", 2)]
    [InlineData("Colonel General Ivan Petrov arrived.", "person:ivan-petrov", "Colonel General", 1)]
    public void Recognise_TitlesInARow_AreOneRoleBeforeTheName(string text, string id, string role, int mentions)
    {
        var person = Assert.Single(Actors(text), a => a.Kind == ActorKind.Person);
        Assert.Equal((id, role, mentions), (person.Id, person.Role, person.Mentions.Count));
    }

    [Theory]
    [InlineData("The law was signed by the president. On Monday troops left.")]
    [InlineData("Officials met the Secretary General. European Union leaders arrived.")]
    public void Recognise_TitleAtTheEndOfASentence_NamesNoOneInTheNext(string text) =>
        Assert.DoesNotContain(Actors(text), a => a.Kind == ActorKind.Person);

    [Fact]
    public void Recognise_NameStopsBeforeACountryAdjective()
    {
        var actors = Actors("Talks with Defence Minister Omar Haddad Egyptian officials ended.");
        Assert.Contains(actors, a => a.Id == "person:omar-haddad");
    }

    [Fact]
    public void Recognise_MetonymsAndAdjectives_AreCountryActorsButLiteralPlacesAreNot()
    {
        var actors = Actors("Madrid said Spanish ships would sail to Italy.");
        Assert.Contains(actors, a => a.Id == "country:ES" && a.Mentions.Count == 2);
        Assert.DoesNotContain(actors, a => a.Id == "country:IT");
    }

    [Theory]
    [InlineData("George W. Bush visited the troops.", "person:george-w-bush", null)]
    [InlineData("Police said Paris M. Jones was arrested.", "person:paris-m-jones", null)]
    [InlineData("Cleve R. Wootson Jr. wrote the story.", "person:cleve-r-wootson-jr", null)]
    [InlineData("President George W. Bush said the war was over.", "person:george-w-bush", "President")]
    [InlineData("Brigadier General Mansur M. Dan-Ali said troops were ready.", "person:mansur-m-dan-ali", "Brigadier General")]
    public void Recognise_NameWithAMiddleInitial_IsOnePerson(string sentence, string id, string? role) =>
        Assert.Contains(Actors(sentence), a => a.Id == id && a.Role == role);

    [Theory]
    [InlineData("Crowds in Washington D.C. were calm.")]
    [InlineData("It was the end of World War I. The Allies won.")]
    [InlineData("He read Plan B. Then he left.")]
    public void Recognise_InitialsThatAreNoMiddleName_MakeNoPerson(string sentence) =>
        Assert.DoesNotContain(Actors(sentence), a => a.Kind == ActorKind.Person);

    [Theory]
    [InlineData("The Washington Post reported that talks had failed.", "country:US")]
    [InlineData("Police clashed with protesters in Lima, France 24 reported.", "country:FR")]
    [InlineData("Voice of America said ten people died.", "country:US")]
    public void Recognise_PlaceInsideAnOutletsName_IsNoStateActing(string sentence, string id) =>
        Assert.DoesNotContain(Actors(sentence), a => a.Id == id);

    [Fact]
    public void Recognise_PlaceInsideAGovernmentBodysName_IsTheStateActing() =>
        Assert.Contains(Actors("The U.S. State Department said it was concerned."), a => a.Id == "country:US");

    [Theory]
    [InlineData("The European Union will deploy monitors along the border.", "org:european-union")]
    [InlineData("The EU imposed sanctions on Chad.", "org:european-union")]
    public void Recognise_UnionOfStatesNamedAsActing_IsAnOrganisation(string sentence, string id) =>
        Assert.Contains(Actors(sentence), a => a.Id == id && a.Kind == ActorKind.Organisation);

    [Fact]
    public void Recognise_UnionOfStatesAsAPlace_IsNoActor() =>
        Assert.DoesNotContain(Actors("Protesters gathered in cities across the EU."), a => a.Id == "org:european-union");

    [Theory]
    [InlineData("The Economic Community of West African States condemned the coup.", "org:economic-community-of-west-african-states")]
    [InlineData("ECOWAS threatened to use force.", "org:economic-community-of-west-african-states")]
    [InlineData("SADC sent a mission to Maputo.", "org:southern-african-development-community")]
    public void Recognise_RegionalOrganisation_IsAnOrganisation(string sentence, string id) =>
        Assert.Contains(Actors(sentence), a => a.Id == id && a.Kind == ActorKind.Organisation);

    [Fact]
    public void Recognise_RightsGroups_IsAGroupActor() =>
        Assert.Contains(Actors("Rights groups have raised concerns about the police in Lyon."), a => a.Id == "group:rights-groups");

    [Theory]
    [InlineData("Videos posted on social media showed tanks in Lyon.")]
    [InlineData("Mass media in Lyon ignored the march.")]
    [InlineData("Armenia asked the alliance for military assistance.")]
    [InlineData("Hundreds of people rallied outside the government building in Lyon.")]
    [InlineData("Gunmen set fire to a police station in Lyon.")]
    public void Recognise_PhraseHoldingAGroupNounThatNamesNoActor_IsNoGroup(string sentence) =>
        Assert.DoesNotContain(Actors(sentence), a => a.Kind == ActorKind.Group && a.Id is not ("group:gunmen" or "group:protesters"));

    [Fact]
    public void Recognise_AllianceByAcronym_IsAnOrganisation()
    {
        var actors = Actors("NATO warned of consequences.");
        Assert.Contains(actors, a => a.Kind == ActorKind.Organisation && a.Name == "NATO");
    }

    [Theory]
    [InlineData("Russia on Tuesday said it would impose duties on imports from China.", "country:RU")]
    [InlineData("The United States last week imposed duties on imports from China.", "country:US")]
    [InlineData("Kenya yesterday denied sending troops to Goma.", "country:KE")]
    [InlineData("Ethiopia late Sunday night accused Eritrea of massing troops.", "country:ET")]
    public void Recognise_StateBeforeATimeAndAVerb_IsAnActor(string text, string id) => Assert.Contains(Actors(text), a => a.Id == id);

    [Theory]
    [InlineData("Nigeria's presidency condemned the killings in Jos.", "country:NG")]
    [InlineData("Ukraine's seaports authority suspended all traffic through the corridor.", "country:UA")]
    public void Recognise_StateWithAnInstitutionAfterItsPossessive_IsAnActor(string text, string id) => Assert.Contains(Actors(text), a => a.Id == id);

    [Fact]
    public void Recognise_StateAfterInAndBeforeATime_IsNoActor() =>
        Assert.DoesNotContain(Actors("Protesters gathered in Lyon on Tuesday said the police."), a => a.Id.StartsWith("country:", StringComparison.Ordinal));

    private IReadOnlyList<Actor> Actors(string text) => fixture.Pipeline.Extract(text).Actors;
}
