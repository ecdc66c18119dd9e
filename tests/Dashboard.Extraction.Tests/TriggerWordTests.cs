using Dashboard.Extraction.Events;

namespace Dashboard.Extraction.Tests;

/// <summary>
/// The gate in front of the trigger lexicon's phrase look-ups (<see cref="Lexicons.TriggerWord"/>): every phrase the event
/// rules' word scan can read must pass it, or the phrase would never be found.
/// </summary>
[Collection(PipelineCollection.Name)]
public sealed class TriggerWordTests(PipelineFixture fixture)
{
    [Fact]
    public void MayContinueWith_EveryReadablePhraseOfTheLexicon_Passes()
    {
        var actors = fixture.Pipeline.Lexicons.Actors;
        var phrases = actors.Triggers.Keys.Where(form => form.Contains(' ', StringComparison.Ordinal) && Readable(form)).ToList();
        Assert.NotEmpty(phrases);
        var blocked = phrases.Where(form => form.Split(' ') is var parts
            && !(actors.TriggerWords.TryGetValue(parts[0], out var role) && role.MayContinueWith(parts[1]))).ToList();
        Assert.Empty(blocked);
    }

    [Theory]
    [InlineData("took", "to", true)]
    [InlineData("TOOK", "To", true)]
    [InlineData("took", "the", false)]
    [InlineData("deployed", "to", false)]
    public void MayContinueWith_NextWord_AsTheLexiconHasIt(string first, string next, bool expected)
    {
        var words = fixture.Pipeline.Lexicons.Actors.TriggerWords;
        Assert.Equal(expected, words.TryGetValue(first, out var role) && role.MayContinueWith(next));
    }

    /// <summary>Whether the scan reads the form as its own words ("took to the streets"; not "teachers' strike").</summary>
    private static bool Readable(string form)
    {
        var words = new List<string>();
        foreach (var (index, length) in new LatinWords(form))
        {
            words.Add(form.Substring(index, length));
        }

        return string.Join(' ', words) == form;
    }
}
