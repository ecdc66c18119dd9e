using System.Text;

namespace Dashboard.Extraction.Tests;

/// <summary>Whatever the input, the pipeline returns spans inside the text whose slice is the surface.</summary>
[Collection(PipelineCollection.Name)]
public sealed class RobustnessTests(PipelineFixture fixture)
{
    private static readonly string[] Fragments =
    [
        "Paris", "paris", "PARIS", " ", "\n", "\n\n", "'s", "’s", "-", "–", ".", ",", "U.S.", "St.", "Mr", "the", "border",
        "with", "Russia", "Ukraine", "Sr.", "\u0000", "\uFFFD", "🙂", "\uD83D", "ß", "İstanbul", "Côte d’Ivoire", "New", "York",
        "of", "University", "Square", "Kazakh", "in", "\t", "\r\n", "Москва", "北京", "Alma", "Ata", "x", "A", "Z", "'", "\"",
    ];

    [Fact]
    public void Extract_RandomAndAdversarialText_SpansLieInsideAndMatchSurfaces()
    {
        var random = new Random(20221109);
        for (var round = 0; round < 400; round++)
        {
            var builder = new StringBuilder();
            var pieces = random.Next(1, 60);
            for (var i = 0; i < pieces; i++)
            {
                builder.Append(Fragments[random.Next(Fragments.Length)]);
                if (random.Next(3) > 0)
                {
                    builder.Append(' ');
                }
            }

            AssertWellFormed(builder.ToString());
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u0000\u0001\u0002 binary \u00ff\u00fe")]
    [InlineData("Москва и Санкт-Петербург — крупнейшие города России.")]
    [InlineData("北京是中国的首都。")]
    [InlineData("'s 's ’s - – .. St. St. Mr. U.S.")]
    [InlineData("Officials met in Lyon on Monday. The mayor asked about the plan, and the charity provides meals to families.")]
    public void Extract_OddInput_DoesNotThrow(string text) => AssertWellFormed(text);

    [Fact]
    public void Extract_OneMegabyte_Completes()
    {
        // A megabyte is some fifty long articles in one document, with three places in every sentence: about as much
        // of such text as the store extracts in one piece within its budget, and enough to show a quadratic stage.
        const string paragraph = "Officials in Nairobi said talks with Ethiopia's government would resume in Addis Ababa next week.";
        var text = new StringBuilder(1_000_200);
        for (var i = 0; text.Length < 1_000_000; i++)
        {
            text.Append("Report ").Append(i).Append(": ").Append(paragraph).Append("\n\n");
        }

        var result = fixture.Pipeline.Extract(text.ToString());
        Assert.True(result.Places.Count > 10_000);
    }

    private void AssertWellFormed(string text)
    {
        var result = fixture.Pipeline.Extract(text);
        foreach (var place in result.Places)
        {
            var span = place.Mention.Span;
            Assert.InRange(span.Start, 0, text.Length);
            Assert.InRange(span.End, span.Start, text.Length);
            Assert.Equal(place.Mention.Surface, text[span.Start..span.End]);
            Assert.NotNull(result.Document.Passages.SingleOrDefault(p => p.Id == place.Mention.PassageId));
        }
    }
}
