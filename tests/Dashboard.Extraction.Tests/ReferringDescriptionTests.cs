using Dashboard.Core.Events;

namespace Dashboard.Extraction.Tests;

/// <summary>
/// Definite descriptions that refer back to an actor named before ("the alliance", "the junta", "the helicopters"), on
/// invented texts: "actor id × mentions" after the text, or the event's actors.
/// </summary>
[Collection(PipelineCollection.Name)]
public sealed class ReferringDescriptionTests(PipelineFixture fixture)
{
    [Theory]
    [InlineData("NATO met in Lyon. The alliance condemned the attack.", "org:nato", 2)]
    [InlineData("The CSTO met in Lyon. The bloc sent peacekeepers.", "org:collective-security-treaty-organization", 2)]
    [InlineData("Hamas fired rockets at Lyon. The militants also attacked a post.", "org:hamas", 2)]
    [InlineData("The Rapid Support Forces seized Lyon. The paramilitary group denied looting.", "org:rapid-support-forces", 2)]
    [InlineData("Amnesty International visited Lyon. The group said 12 people were held.", "org:amnesty-international", 2)]
    [InlineData("Russian troops arrived in Lyon. The troops will guard the airport.", "group:troops:RU", 2)]
    [InlineData("Two Belarusian military helicopters entered Poland. The helicopters left an hour later.", "country:BY", 2)]
    [InlineData("Belarusian helicopters entered Poland. The two helicopters left an hour later.", "country:BY", 2)]
    [InlineData("Mali's military rulers detained a minister. The junta accused him of plotting.", "country:ML", 3)]
    [InlineData("Mali's junta expelled an envoy.", "country:ML", 2)]
    public void Recognise_DescriptionAfterItsAntecedent_IsAMentionOfIt(string text, string id, int mentions) =>
        Assert.Equal(mentions, Assert.Single(Actors(text), a => a.Id == id).Mentions.Count);

    [Theory]
    [InlineData("The alliance met in Lyon.", ActorKind.Organisation)]
    [InlineData("A group of tourists arrived in Lyon. The group left on Monday.", ActorKind.Organisation)]
    [InlineData("Amnesty International visited Lyon. A group of tourists arrived. The group left on Monday.", ActorKind.Organisation)]
    [InlineData("The helicopters landed in Lyon.", ActorKind.Country)]
    [InlineData("The junta accused the minister of plotting.", ActorKind.Country)]
    public void Recognise_DescriptionWithoutAnAntecedentOfItsKind_RefersToNothing(string text, ActorKind kind) =>
        Assert.DoesNotContain(Actors(text), a => a.Kind == kind && a.Mentions.Any(m => text[m.Start..m.End] is "alliance" or "group" or "helicopters" or "junta"));

    [Fact]
    public void Recognise_AntecedentFarBeforeTheDescription_IsNotReferredTo()
    {
        var text = "NATO met in Lyon. " + string.Concat(Enumerable.Repeat("The weather in Lyon was mild and the roads were quiet all day. ", 30)) + "The alliance left.";
        Assert.Single(Assert.Single(Actors(text), a => a.Id == "org:nato").Mentions);
    }

    [Fact]
    public void Recognise_HardwareMarkedByAnotherCountryLater_RefersToTheLastOne()
    {
        var actors = Actors("Belarusian helicopters entered Poland. Polish helicopters followed them. The helicopters left.");
        Assert.Equal(2, Assert.Single(actors, a => a.Id == "country:PL").Mentions.Count);
        Assert.Single(Assert.Single(actors, a => a.Id == "country:BY").Mentions);
    }

    [Fact]
    public void Extract_HardwareReferredToWithTheSayersCountryAfter_IsTheHardwaresCountry()
    {
        var events = fixture.Pipeline.Extract(
            "Two Belarusian military helicopters violated Polish airspace on Monday. The helicopters crossed into Poland near the village of Hajnowka, the Polish army said.",
            new DateOnly(2022, 1, 11)).Events;
        Assert.Contains(events, e => e.Type == "deploy" && e.Actors.Contains("country:BY") && !e.Actors.Contains("country:PL"));
    }

    [Fact]
    public void Extract_JuntaAfterTheStateWasNamed_IsTheStatesAct() =>
        Assert.Contains(
            fixture.Pipeline.Extract("Malian soldiers detained the prime minister on Monday. The junta accused him of plotting a coup.", new DateOnly(2022, 1, 11)).Events,
            e => e.Type == "criticise" && e.Actors.Contains("country:ML"));

    private IReadOnlyList<Actor> Actors(string text) => fixture.Pipeline.Extract(text).Actors;
}
