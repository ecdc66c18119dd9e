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

    [Fact]
    public void Triggers_EveryForm_AppearsOnce()
    {
        // event-triggers.txt promises one line per form: a second line for a form is silently dropped by the loader.
        var forms = File.ReadLines(Path.Combine(fixture.Root.Path, "lexicons", "event-triggers.txt"))
            .Where(line => line.Length > 0 && line[0] != '#')
            .Select(line => line.Split('\t')[0].ToLowerInvariant());

        Assert.Empty(forms.GroupBy(f => f).Where(g => g.Count() > 1).Select(g => g.Key));
    }
}
