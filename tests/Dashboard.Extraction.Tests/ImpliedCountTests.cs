using Dashboard.Core.Events;

namespace Dashboard.Extraction.Tests;

/// <summary>
/// The count a casualty or arrest report implies without a number, on invented sentences: "type=count" of the events
/// that count people, in text order ("-" for none).
/// </summary>
[Collection(PipelineCollection.Name)]
public sealed class ImpliedCountTests(PipelineFixture fixture)
{
    [Theory]
    [InlineData("A young woman was killed in Lyon on Monday.", "casualties=1")]
    [InlineData("Police arrested a 46-year-old man in Lyon.", "arrest=1")]
    [InlineData("Police arrested a man and a woman in Lyon.", "arrest=2")]
    [InlineData("One soldier died in Lyon on Monday.", "casualties=1")]
    [InlineData("The man was treated for injuries in Lyon.", "casualties=1")]
    [InlineData("Police arrested three men in Lyon.", "arrest=3")]
    [InlineData("Three of the gunmen were killed in Lyon, and two were arrested.", "casualties=3 arrest=2")]
    [InlineData("Police arrested protesters in Lyon, an official said.", "arrest=-")]
    [InlineData("Protesters were injured in Lyon after a long march through the city centre and an officer was seen.", "casualties=-")]
    public void Extract_SingularPersonBesideTheTrigger_CountsThem(string sentence, string expected) =>
        Assert.Equal(expected, string.Join(' ', fixture.Pipeline.Extract(sentence, new DateOnly(2022, 1, 11)).Events
            .Where(e => e.Type is "casualties" or "arrest")
            .Select(e => $"{e.Type}={(e.Quantities.Count == 0 ? "-" : e.Quantities.Sum(q => q.Value ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture))}")));

    [Fact]
    public void Extract_StatedNumberRetoldInTheSingular_KeepsTheStatedNumber()
    {
        var e = Assert.Single(fixture.Pipeline.Extract("Police arrested two men in Lyon on Monday. One man was arrested at his home in Lyon.", new DateOnly(2022, 1, 11)).Events,
            x => x.Type == "arrest" && x.Quantities.Any(q => q.Value == 2));
        Assert.DoesNotContain(e.Quantities, q => q.Value == 1);
    }
}
