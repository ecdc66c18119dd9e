using Dashboard.Core.Geography;
using Dashboard.Core.Places;

namespace Dashboard.Extraction.Tests;

/// <summary>
/// One-line cases from a sentence to the mentions found: "surface/cue/literal" joined by " | ", in text order.
/// The sentences are invented for the purpose; none comes from a benchmark or the demo corpus.
/// </summary>
[Collection(PipelineCollection.Name)]
public sealed class RecognitionCaseTests(PipelineFixture fixture)
{
    [Theory]
    [InlineData("Troops arrived in Lyon on Friday.", "Lyon/Name/True")]
    [InlineData("Madrid said it would send aid.", "Madrid/Metonymy/False")]
    [InlineData("Rebels fought a Tehran-backed militia in Yemen.", "Tehran/Metonymy/False | Yemen/Name/True")]
    [InlineData("Troops flew from Moscow-Vnukovo airport.", "Moscow/Name/True | Vnukovo/Name/True")]
    [InlineData("Protesters gathered in Nairobi, Kenya.", "Nairobi/Name/True | Kenya/Name/True")]
    [InlineData("The Brazilian delegation met Peruvian officials.", "Brazilian/Demonym/False | Peruvian/Demonym/False")]
    [InlineData("She spoke to The Washington Post about it.", "Washington/Embedded/False")]
    [InlineData("Cleve R. Wootson Jr., The Washington Post March 31, 2018.", "Washington/Embedded/False")]
    [InlineData("Police said Paris M. Jones was arrested.", "")]
    [InlineData("Families in West Wales were told.", "West Wales/Name/True")]
    [InlineData("Rain fell in Western Australia.", "Western Australia/Name/True")]
    [InlineData("Sydney J. Harris wrote the letter.", "")]
    [InlineData("He flew to Paris. M. Dupont said nothing.", "Paris/Name/True")]
    [InlineData("Protesters marched in Washington D.C. on Sunday.", "Washington D.C./Name/True")]
    [InlineData("Police clashed with protesters in Lima, France 24 reported.", "Lima/Name/True | France/Embedded/False")]
    [InlineData("Voice of America said ten people died.", "America/Embedded/False")]
    [InlineData("The Islamic State of Iraq and Syria claimed the attack.", "Iraq/Embedded/False | Syria/Embedded/False")]
    [InlineData("Clashes killed 27 people in Nigeria's central Plateau state.", "Nigeria/Name/True | Plateau state/Name/True")]
    [InlineData("Displaced families sheltered in Abagana on Friday.", "Abagana/Name/True")] // a district seat GeoNames gives no population
    [InlineData("Abagana welcomed the displaced families.", "")] // …which, like a small town, needs a locative cue
    [InlineData("Turkana county commissioner Julius Kavita said six died.", "Turkana county/Name/False")]
    [InlineData("The UN Mission in South Sudan sheltered 3,000 civilians in Wau.", "South Sudan/Embedded/False | Wau/Name/True")]
    [InlineData("The U.S. State Department said it was concerned.", "U.S./StateBody/False")]
    [InlineData("The Kenyan Ministry of Defence said troops would stay.", "Kenyan/Demonym/False")]
    [InlineData("Italian Prime Minister Sergio Fabbri visited.", "Italian/Demonym/False")]
    [InlineData("President Jordan Miller spoke on Thursday.", "")]
    [InlineData("Villages in northern Nigeria and eastern Europe flooded.", "Nigeria/Name/True | eastern Europe/Name/True")]
    [InlineData("Guards stood on Tahrir Square for hours.", "Tahrir Square/Landmark/True")]
    [InlineData("Flights between the US and the UK resumed.", "US/Name/True | UK/Name/True")]
    [InlineData("The UK signed the deal.", "UK/Metonymy/False")]
    [InlineData("Forces massed along Poland's border with Belarus.", "Poland/Name/True | Poland's border with Belarus/Border/True | Belarus/Name/True")]
    [InlineData("Shelling near the Armenia-Azerbaijan border continued.", "Armenia/Name/True | Armenia-Azerbaijan border/Border/True | Azerbaijan/Name/True")]
    [InlineData("Rain fell over Alma-Ata all week.", "Alma-Ata/Name/True")]
    [InlineData("A Turkish-backed militia advanced.", "Turkish/Demonym/False")]
    [InlineData("Talks at the University of Geneva ended.", "University of Geneva/Landmark/True")]
    [InlineData("The NATO summit opened.", "")]
    [InlineData("Troops were seen in Novoozernoye on Monday.", "Novoozernoye/Name/True")]
    [InlineData("Novoozernoye was quiet.", "")]
    [InlineData("They met the Secretary General. Moscow said nothing.", "Moscow/Metonymy/False")]
    [InlineData("“We will win the cup,” Ana Lima said.", "")]
    [InlineData("Flights to Jordan Syria and Iraq stopped.", "Jordan/Name/True | Syria/Name/True | Iraq/Name/True")]
    [InlineData("Chad blamed Niger for the attack.", "Chad/Metonymy/False | Niger/Metonymy/False")]
    [InlineData("The president called on Niger to act.", "Niger/Metonymy/False")]
    [InlineData("Chad, a close ally of Niger, condemned the attack.", "Chad/Metonymy/False | Niger/Name/True")]
    [InlineData("Chad's defence ministry denied the report.", "Chad/Metonymy/False")]
    [InlineData("Chad and Niger also voiced concern over the raid.", "Chad/Metonymy/False | Niger/Metonymy/False")]
    [InlineData("Chad formally requested help.", "Chad/Metonymy/False")]
    [InlineData("Chad's coast guard detained two boats.", "Chad/Metonymy/False")]
    [InlineData("Nigeria cut electricity supplies to Niger.", "Nigeria/Metonymy/False | Niger/Name/True")]
    [InlineData("Fighting in Chad also continued.", "Chad/Name/True")]
    [InlineData("Benin and Chad have also promised to send police.", "Benin/Metonymy/False | Chad/Metonymy/False")]
    [InlineData("Officers landed in Port-au-Prince on Tuesday.", "Port-au-Prince/Name/True")]
    [InlineData("The rally in Aix-en-Provence drew crowds.", "Aix-en-Provence/Name/True")]
    [InlineData("Chad's border with Niger was closed.", "Chad/Name/True | Chad's border with Niger/Border/True | Niger/Name/True")]
    [InlineData("Chad sent troops to its border with Niger.", "Chad/Metonymy/False | its border with Niger/Border/True | Niger/Name/True")]
    [InlineData("Rebels invaded Niger in May.", "Niger/Name/True")]
    [InlineData("France imposed sanctions on Niger.", "France/Metonymy/False | Niger/Metonymy/False")]
    [InlineData("Chad and Niger pledged troops.", "Chad/Metonymy/False | Niger/Metonymy/False")]
    [InlineData("Chad, Niger and Mali condemned the attack.", "Chad/Metonymy/False | Niger/Metonymy/False | Mali/Metonymy/False")]
    [InlineData("Flights between Chad and Niger resumed.", "Chad/Name/True | Niger/Name/True")]
    [InlineData("Chad closed its border with Niger.", "Chad/Metonymy/False | its border with Niger/Border/True | Niger/Name/True")]
    [InlineData("Ana Lima, an organiser in Lyon, called the verdict unfair.", "Lyon/Name/True")]
    public void Recognise_Sentence_FindsExpectedMentions(string sentence, string expected)
    {
        var places = fixture.Pipeline.Extract(sentence).Places;
        var actual = string.Join(" | ", places.Select(p => $"{p.Mention.Surface}/{p.Mention.Cue}/{p.Mention.Literal}"));
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("Fighting spread to Georgia, where Tbilisi imposed a curfew.", "Georgia", "GE")]
    [InlineData("Storms hit Atlanta and then Georgia's coast near Savannah.", "Georgia", "US")]
    [InlineData("He flew from Paris to Lyon.", "Paris", "FR")]
    [InlineData("The mayor of Paris, Texas, spoke.", "Paris", "US")]
    [InlineData("Jobs moved from states such as Oregon or Washington.", "Washington", "US")]
    [InlineData("The EU imposed sanctions.", "EU", null)]
    [InlineData("Belarus and Poland traded accusations. Minsk denied that its aircraft had entered Polish airspace near Warsaw.", "Minsk", "BY")]
    public void Resolve_AmbiguousName_UsesDocumentContext(string sentence, string surface, string? country)
    {
        var place = fixture.Pipeline.Extract(sentence).Places.First(p => p.Mention.Surface == surface);
        Assert.Equal(country, place.Choice?.Country);
    }

    [Theory]
    [InlineData("Jobs moved from states such as Oregon or Washington.", "Washington", "admin:US.WA")]
    [InlineData("The EU imposed sanctions.", "EU", "region:curated-european-union")]
    [InlineData("Storms crossed the Atlantic.", "Atlantic", "feature:atlantic-ocean")]
    [InlineData("New troops arrived near Novoozernoye.", "Novoozernoye", "gn:7025405")]
    [InlineData("Families in West Wales were told.", "West Wales", "admin:GB.WLS")]
    [InlineData("Mines in South Venezuela closed.", "South Venezuela", "country:VE")]
    [InlineData("Displaced families sheltered in Abagana on Friday.", "Abagana", "gn:2353122")] // a seat GeoNames gives no population
    public void Resolve_Name_ChoosesTheExpectedEntry(string sentence, string surface, string id) =>
        Assert.Equal(id, fixture.Pipeline.Extract(sentence).Places.First(p => p.Mention.Surface == surface).Choice?.Id);

    [Fact]
    public void Resolve_Mention_KeepsRunnerUpCandidatesWithScores()
    {
        var place = fixture.Pipeline.Extract("They met in Springfield.").Places.Single();
        Assert.NotNull(place.Choice);
        Assert.NotEmpty(place.Alternatives);
        Assert.All(place.Alternatives, a => Assert.True(a.Score <= place.Choice.Score));
    }

    [Fact]
    public void Resolve_Border_IsALineBetweenTheTwoCountries()
    {
        var border = fixture.Pipeline.Extract("Troops massed along Poland's border with Belarus.").Places.Single(p => p.Mention.Cue == MentionCue.Border);
        Assert.Equal(PlaceKind.Border, border.Kind);
        Assert.Equal(GeometryKind.Line, border.Choice?.Geometry);
        Assert.Equal("border:BY-PL", border.Choice?.Id);
    }
}
