using Dashboard.Extraction.Events;

namespace Dashboard.Extraction.Tests;

/// <summary>The place a dateline names, from invented article openings.</summary>
[Collection(PipelineCollection.Name)]
public sealed class DatelinePlaceTests(PipelineFixture fixture)
{
    [Theory]
    [InlineData("GRENOBLE — Police arrested two men on Monday.", "Grenoble")]
    [InlineData("GRENOBLE, France (AP) - Police arrested two men on Monday.", "Grenoble")]
    [InlineData("Grenoble: Police arrested two men on Monday.", "Grenoble")]
    [InlineData("Grenoble, Jan. 10 - Police arrested two men on Monday.", "Grenoble")]
    [InlineData("By Ana Lima. GRENOBLE (Reuters) - Police arrested two men on Monday.", "Grenoble")]
    [InlineData("GRENOBLE The mayor said on Monday that two men were arrested.", "Grenoble")]
    [InlineData("Grenoble police arrested two men on Monday.", null)]
    [InlineData("Police in Grenoble arrested two men on Monday.", null)]
    [InlineData("Spain said on Monday that police in Grenoble had arrested two men.", null)]
    public void Header_ArticleOpening_ThePlaceOfItsDatelineOrNone(string opening, string? expected)
    {
        var result = fixture.Pipeline.Extract("Headline\n\n" + opening + "\n", new DateOnly(2022, 1, 11));

        Assert.Equal(expected, DatelinePlace.Header(result.Document.Text, result.Document, result.Places)?.Place.Choice?.Name);
    }

    [Theory]
    [InlineData("DUBAI, Sept 21 (Reuters) - Iranian security forces fired on protesters in Mashhad and Tehran.", true)]
    [InlineData("PARIS, Jan 10 (Reuters) - Police arrested two men in Lyon and Marseille on Monday.", false)]
    [InlineData("PARIS, Jan 10 (Reuters) - Police arrested two men who had crossed from Spain on Monday.", false)]
    [InlineData("DUBAI, Sept 21 (Reuters) - Police arrested two men on Monday.", false)]
    public void FiledOnly_DatelineAndThePlacesOfTheArticle_WhetherOnlyWhereItWasFiled(string opening, bool expected)
    {
        var result = fixture.Pipeline.Extract("Headline\n\n" + opening + "\n", new DateOnly(2022, 1, 11));
        var header = DatelinePlace.Header(result.Document.Text, result.Document, result.Places);

        Assert.NotNull(header);
        Assert.Equal(expected, DatelinePlace.FiledOnly(header.Value, result.Places));
    }

    [Fact]
    public void Extract_LeadFiledFromAnotherCountry_IsNotPlacedAtTheDateline() =>
        Assert.DoesNotContain(
            fixture.Pipeline.Extract("Headline\n\nDUBAI, Sept 21 (Reuters) - Iranian security forces fired on protesters on Wednesday.\n\nThree people were killed in Mashhad.\n", new DateOnly(2022, 9, 21)).Events,
            e => e.Place?.Choice?.Name == "Dubai");
}
