namespace Dashboard.Extraction.Tests;

/// <summary>An article without a publication date resolves its relative dates against the day its dateline gives.</summary>
[Collection(PipelineCollection.Name)]
public sealed class DatelineTests(PipelineFixture fixture)
{
    private string? ArrestDate(string text, DateOnly? published = null) =>
        Assert.Single(fixture.Pipeline.Extract(text, published).Events, e => e.Type == "arrest").When?.ToString();

    [Fact]
    public void Extract_UndatedArticleWithADateline_TuesdayIsTheTuesdayBeforeIt() =>
        Assert.Equal("2018-04-03", ArrestDate("WASHINGTON, April 5, 2018 (Reuters) - Police arrested two men in Baltimore on Tuesday."));

    [Fact]
    public void Extract_PublicationDateGiven_WinsOverTheDateline() =>
        Assert.Equal("2018-04-10", ArrestDate("WASHINGTON, April 5, 2018 (Reuters) - Police arrested two men in Baltimore on Tuesday.", new DateOnly(2018, 4, 12)));

    [Fact]
    public void Extract_FullDateDeepInTheText_IsNoDateline() =>
        Assert.Null(ArrestDate(new string('x', 10) + " " + string.Concat(Enumerable.Repeat("The city council met to discuss the budget. ", 6))
            + "The report was published on April 5, 2018.\n\nPolice arrested two men in Baltimore on Tuesday."));
}
