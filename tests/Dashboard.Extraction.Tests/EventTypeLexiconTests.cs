namespace Dashboard.Extraction.Tests;

/// <summary>The event types of event-types.tsv against the triggers that produce them.</summary>
[Collection(PipelineCollection.Name)]
public sealed class EventTypeLexiconTests(PipelineFixture fixture)
{
    [Fact]
    public void Types_EveryTriggerType_HasAnEntryWithAReadableLabel()
    {
        var types = fixture.Pipeline.Lexicons.Actors.Types;
        var produced = fixture.Pipeline.Lexicons.Actors.Triggers.Values.Select(t => t.Type).Where(t => t != "none").Distinct();

        Assert.All(produced, t => Assert.True(types.Contains(t), $"{t} has no line in event-types.tsv"));
        Assert.All(types.All, t => Assert.NotEqual(t.Name, t.Label));
    }
}
