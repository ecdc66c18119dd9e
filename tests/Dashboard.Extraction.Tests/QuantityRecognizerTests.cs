using Dashboard.Extraction.Prepare;
using Dashboard.Extraction.Quantities;

namespace Dashboard.Extraction.Tests;

/// <summary>One-line cases: a sentence → "surface=value [min, max] unit", with a small unit list of the lexicon's form.</summary>
public sealed class QuantityRecognizerTests
{
    private static readonly QuantityRecognizer Recognizer = new(new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["paratroopers"] = "troops", ["troops"] = "troops", ["soldiers"] = "troops", ["people"] = "people",
        ["protesters"] = "people", ["transport planes"] = "aircraft", ["planes"] = "aircraft", ["tanks"] = "vehicles",
        ["dollars"] = "money",
    });

    [Theory]
    [InlineData("Russia sent about 2,500 paratroopers.", "about 2,500 paratroopers=~2500 [-, -] troops")]
    [InlineData("It readied more than 75 transport planes.", "more than 75 transport planes=75 [75, -] aircraft")]
    [InlineData("So far, just over 2000 troops have arrived.", "just over 2000 troops=2000 [2000, -] troops")]
    [InlineData("He massed tens of thousands of troops there.", "tens of thousands of troops=~? [20000, 99999] troops")]
    [InlineData("More than 160 people have died.", "More than 160 people=160 [160, -] people")]
    [InlineData("Nearly 6,000 people were detained.", "Nearly 6,000 people=6000 [-, 6000] people")]
    [InlineData("Police held 300 protesters.", "300 protesters=300 [-, -] people")]
    [InlineData("Twenty tanks crossed.", "Twenty tanks=20 [-, -] vehicles")]
    [InlineData("It costs 2.5 million dollars.", "2.5 million dollars=2500000 [-, -] money")]
    [InlineData("They sent 2,000 more soldiers.", "2,000 more soldiers=2000 [-, -] troops")]
    [InlineData("In 2014 the revolution began.", "")]
    [InlineData("The score was 3-1 after 90 minutes.", "")]
    public void Recognise_Sentence_FindsAmountUnitAndBounds(string sentence, string expected)
    {
        var found = Recognizer.Recognise(DocumentPreparer.Prepare(sentence));
        Assert.Equal(expected, string.Join(" | ", found.Select(q => $"{q.Surface}={q}")));
    }
}
