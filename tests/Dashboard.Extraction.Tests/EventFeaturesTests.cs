namespace Dashboard.Extraction.Tests;

/// <summary>What the confidence model reads of a candidate, on invented sentences.</summary>
[Collection(PipelineCollection.Name)]
public sealed class EventFeaturesTests(PipelineFixture fixture)
{
    private IReadOnlyList<string> Features(string text, string type) =>
        fixture.Pipeline.ExtractCandidates(text, new DateOnly(2022, 1, 11)).Single(c => c.Event.Type == type).Features;

    [Theory]
    [InlineData("France sent 1,200 soldiers to Niamey on Sunday.", "deploy", "type:deploy")]
    [InlineData("France sent 1,200 soldiers to Niamey on Sunday.", "deploy", "trigger:deploy:sent")]
    [InlineData("France sent 1,200 soldiers to Niamey on Sunday.", "deploy", "actor:deploy:country")]
    [InlineData("France sent 1,200 soldiers to Niamey on Sunday.", "deploy", "amount:deploy")]
    [InlineData("France sent 1,200 soldiers to Niamey on Sunday.", "deploy", "place:deploy:City")]
    [InlineData("France sent 1,200 soldiers to Niamey on Sunday.", "deploy", "date:Stated")]
    [InlineData("France sent 1,200 soldiers to Niamey on Sunday.", "deploy", "lead:deploy")]
    [InlineData("France sent 1,200 soldiers to Niamey on Sunday.", "deploy", "reports:deploy:1")]
    [InlineData("Rebels attacked a village near Goma. The attack on the village near Goma lasted hours.", "violence", "reports:violence:2")]
    [InlineData("Rebels attacked a village near Goma. The attack on the village near Goma lasted hours.", "violence", "reports:2")]
    [InlineData("France sent 1,200 soldiers to Niamey on Sunday.", "deploy", "lead")]
    [InlineData("France sent 1,200 soldiers to Niamey on Sunday.", "deploy", "place:City")]
    [InlineData("France sent 1,200 soldiers to Niamey on Sunday.", "deploy", "targets:some")]
    [InlineData("Headline\n\n“Rebels attacked our village near Goma,” the mayor said.", "violence", "quoted:violence")]
    public void ExtractCandidates_Sentence_HasFeature(string text, string type, string feature) =>
        Assert.Contains(feature, Features(text, type));

    [Fact]
    public void ExtractCandidates_UnquotedHappening_NotQuoted() =>
        Assert.DoesNotContain("quoted:violence", Features("Rebels attacked a village near Goma.", "violence"));

    [Fact]
    public void Extract_CommittedModel_EveryEventHasAProbabilityAndTheModelsThreshold()
    {
        var events = fixture.Pipeline.Extract("France sent 1,200 soldiers to Niamey on Sunday. Police arrested 12 people in Lyon.", new DateOnly(2022, 1, 11)).Events;

        // the threshold the model file gives (its script sets it each time the model is rebuilt)
        var file = Path.Combine(Dashboard.Geo.Data.DataRoot.Locate(null).Value.Path, "models", "event-confidence.tsv");
        var threshold = Dashboard.Extraction.Events.Confidence.EventConfidenceModel.Parse(File.ReadLines(file)).Value.Threshold;
        Assert.Equal(threshold, fixture.Pipeline.Lexicons.Confidence!.Threshold);
        Assert.InRange(threshold, 0.05, 0.95);
        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.InRange(e.Confidence!.Value, 0.001, 0.999));
    }

    [Fact]
    public void ExtractCandidates_SameText_ConfidenceIsTheModelsProbabilityOfTheFeatures()
    {
        var model = fixture.Pipeline.Lexicons.Confidence!;
        var candidate = fixture.Pipeline.ExtractCandidates("France sent 1,200 soldiers to Niamey on Sunday.", new DateOnly(2022, 1, 11)).Single();

        Assert.Equal(Math.Round(model.Probability(candidate.Features), 3), candidate.Event.Confidence);
    }

    [Fact]
    public void Extract_ScoredWithoutFeatureStrings_SameConfidenceAsTheCandidates()
    {
        const string Text = "Rebels attacked a village near Goma on Monday. “We were shelled,” a resident said. Police arrested 12 people in Goma. The attack killed 4 people.";
        var day = new DateOnly(2022, 1, 11);

        var extracted = fixture.Pipeline.Extract(Text, day).Events.Select(e => e.Confidence).ToList();
        var candidates = fixture.Pipeline.ExtractCandidates(Text, day).Select(c => c.Event.Confidence).ToList();

        Assert.True(extracted.Count >= 3, $"{extracted.Count} events");
        Assert.Equal(candidates, extracted);
    }

    [Fact]
    public void Extract_CreditLineBetweenEvents_EventsNumberedInOrder()
    {
        var events = fixture.Pipeline.Extract("France sent 1,200 soldiers to Niamey. Jane Smith contributed to this report. Police arrested 12 people in Lyon.", new DateOnly(2022, 1, 11)).Events;

        Assert.Equal(["deploy", "arrest"], events.Select(e => e.Type));

        Assert.Equal(Enumerable.Range(1, events.Count).Select(i => $"e{i}"), events.Select(e => e.Id));
    }
}
