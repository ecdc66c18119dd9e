using Dashboard.Extraction.Events;

namespace Dashboard.Extraction.Tests;

public sealed class LatinWordsTests
{
    [Theory]
    [InlineData("Police detained 12 pro-government men.", "Police|detained|pro-government|men")]
    [InlineData("  -- a-b -c d- ", "a-b|c|d-")]
    [InlineData("Zürich's 3rd", "Z|rich|s|rd")]
    [InlineData("", "")]
    [InlineData("42, 17.", "")]
    public void Enumerate_Text_YieldsRunsOfAsciiLettersAndHyphens(string text, string expected)
    {
        var words = new List<string>();
        foreach (var (index, length) in new LatinWords(text))
        {
            words.Add(text.Substring(index, length));
        }

        Assert.Equal(expected, string.Join('|', words));
    }
}
