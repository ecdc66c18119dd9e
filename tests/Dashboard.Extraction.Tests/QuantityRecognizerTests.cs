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
        ["dollars"] = "money", ["man"] = "people",
    }, new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["sent"] = "troops", ["killed"] = "people" });

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
    [InlineData("She filed a $3 million lawsuit.", "$3 million=3000000 [-, -] money")]
    [InlineData("Tariffs hit US$50 billion of goods.", "US$50 billion=50000000000 [-, -] money")]
    [InlineData("At least $US4.5 billion was stolen.", "At least $US4.5 billion=4500000000 [4500000000, -] money")]
    [InlineData("It will transfer about $555-million to insurers.", "about $555-million=~555000000 [-, -] money")]
    [InlineData("Lyon paid £12m for him, and €3bn went to Lille.", "£12m=12000000 [-, -] money | €3bn=3000000000 [-, -] money")]
    [InlineData("Seventy soldiers and sixteen people left.", "Seventy soldiers=70 [-, -] troops | sixteen people=16 [-, -] people")]
    [InlineData("Twenty-five soldiers left.", "Twenty-five soldiers=25 [-, -] troops")]
    [InlineData("A 12m boat carried 40people in the 1990s.", "")]
    [InlineData("In 2014 the revolution began.", "")]
    [InlineData("A dozen soldiers left, and a hundred people stayed.", "A dozen soldiers=12 [-, -] troops | a hundred people=100 [-, -] people")]
    [InlineData("The A320 carried 150 people.", "150 people=150 [-, -] people")]
    [InlineData("Often ten soldiers and hundreds of protesters met.", "ten soldiers=10 [-, -] troops | hundreds of protesters=~? [200, 999] people")]
    [InlineData("The score was 3-1 after 90 minutes.", "")]
    [InlineData("The number sent in would probably be about 2500, but could go higher.", "about 2500=~2500 [-, -] troops")]
    [InlineData("The number of soldiers deployed was 1,200.", "1,200=1200 [-, -] troops")]
    [InlineData("The death toll rose to 43 on Monday.", "43=43 [-, -] people")]
    [InlineData("The number killed stood at more than 30.", "more than 30=30 [30, -] people")]
    [InlineData("The number of visitors was 300.", "")]
    [InlineData("The number sent rose to 40 kilometres.", "")]
    [InlineData("Officials counted 40, then 50.", "")]
    [InlineData("On March 10, soldiers on patrol stopped them.", "")]
    [InlineData("About 200 U.S. troops left.", "About 200 U.S. troops=~200 [-, -] troops")]
    [InlineData("The number of Russian troops was 2,500.", "2,500=2500 [-, -] troops")]
    [InlineData("Death toll rises to 43", "43=43 [-, -] people")]
    [InlineData("The number killed was put at about 30.", "about 30=~30 [-, -] people")]
    [InlineData("They sent 2,000 U.S. soldiers.", "2,000 U.S. soldiers=2000 [-, -] troops")]
    [InlineData("\"We lost 40.\" Soldiers arrived.", "")]
    [InlineData("Britain offered two C-17 cargo planes.", "two C-17 cargo planes=2 [-, -] aircraft")]
    [InlineData("It bought S-400 systems and MiG-29 jets.", "")]
    [InlineData("Police held a 46-year-old man and two people.", "two people=2 [-, -] people")]
    [InlineData("A two-year term for 20 soldiers.", "20 soldiers=20 [-, -] troops")]
    [InlineData("A 10-member team of soldiers arrived.", "")]
    [InlineData("Three men were hurt, and two were killed.", "two=2 [-, -] people")]
    [InlineData("All three were killed in the raid.", "three=3 [-, -] people")]
    [InlineData("In 2014 two were killed.", "")]
    [InlineData("It sent at least 40 soldiers.", "at least 40 soldiers=40 [40, -] troops")]
    [InlineData("It sent upwards of 40 soldiers.", "upwards of 40 soldiers=40 [40, -] troops")]
    [InlineData("It sent in excess of 40 soldiers.", "in excess of 40 soldiers=40 [40, -] troops")]
    [InlineData("It sent close to 40 soldiers.", "close to 40 soldiers=40 [-, 40] troops")]
    [InlineData("It sent as many as 40 soldiers.", "as many as 40 soldiers=40 [-, 40] troops")]
    [InlineData("It sent fewer than 40 soldiers.", "fewer than 40 soldiers=40 [-, 40] troops")]
    [InlineData("It sent just under 40 soldiers.", "just under 40 soldiers=40 [-, 40] troops")]
    [InlineData("It sent ALMOST 40 soldiers.", "ALMOST 40 soldiers=40 [-, 40] troops")]
    [InlineData("It sent around\t40 soldiers.", "around\t40 soldiers=~40 [-, -] troops")]
    [InlineData("It sent roughly 40 soldiers.", "roughly 40 soldiers=~40 [-, -] troops")]
    [InlineData("It sent some 40 soldiers.", "some 40 soldiers=~40 [-, -] troops")]
    [InlineData("It sent approximately 40 soldiers.", "approximately 40 soldiers=~40 [-, -] troops")]
    [InlineData("It sent an estimated 40 soldiers.", "an estimated 40 soldiers=~40 [-, -] troops")]
    [InlineData("It sent underestimated 40 soldiers.", "40 soldiers=40 [-, -] troops")]
    [InlineData("It sent over-40 soldiers.", "40 soldiers=40 [-, -] troops")]
    [InlineData("Il a envoyé à peu près 40 soldats, about 40 soldiers.", "about 40 soldiers=~40 [-, -] troops")]
    public void Recognise_Sentence_FindsAmountUnitAndBounds(string sentence, string expected)
    {
        var found = Recognizer.Recognise(DocumentPreparer.Prepare(sentence));
        Assert.Equal(expected, string.Join(" | ", found.Select(q => $"{q.Surface}={q}")));
    }
}
