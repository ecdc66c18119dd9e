using System.Text.Json;

namespace Dashboard.Cli.Tests;

/// <summary>The invented crisis sets of tests/gold-events/invented and their second annotation: every quoted sentence stands in its article, so each happening can be scored.</summary>
public sealed class InventedGoldTests
{
    [Theory]
    [InlineData("crisis", "crisis-gold")]
    [InlineData("crisis2", "crisis2-gold")]
    [InlineData("crisis3", "crisis3-gold")]
    [InlineData("crisis4", "crisis4-gold")]
    [InlineData("crisis5", "crisis5-gold")]
    [InlineData("crisis5", "crisis5-second")]
    [InlineData("crisis6", "crisis6-gold")]
    [InlineData("crisis7", "crisis7-gold")]
    [InlineData("crisis8", "crisis8-gold")]
    [InlineData("crisis9", "crisis9-gold")]
    [InlineData("crisis10", "crisis10-gold")]
    [InlineData("crisis11", "crisis11-gold")]
    [InlineData("crisis12", "crisis12-gold")]
    [InlineData("crisis13", "crisis13-gold")]
    [InlineData("crisis14", "crisis14-gold")]
    [InlineData("crisis15", "crisis15-gold")]
    [InlineData("crisis16", "crisis16-gold")]
    [InlineData("crisis17", "crisis17-gold")]
    [InlineData("crisis18", "crisis18-gold")]
    public void InventedSet_EveryEvidenceAndRetelling_StandsInItsArticle(string set, string annotation)
    {
        var folder = Invented();
        var texts = File.ReadLines(Path.Combine(folder, $"{set}-texts.jsonl")).Where(l => l.Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement)
            .ToDictionary(e => e.GetProperty("id").GetString()!, e => e.GetProperty("text").GetString()!, StringComparer.Ordinal);
        var gold = File.ReadLines(Path.Combine(folder, $"{annotation}.jsonl")).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement).ToList();

        Assert.Equal(texts.Keys.Order(StringComparer.Ordinal), gold.Select(g => g.GetProperty("id").GetString()!).Order(StringComparer.Ordinal));
        var missing = (
            from article in gold
            let text = texts[article.GetProperty("id").GetString()!]
            from happening in article.GetProperty("events").EnumerateArray()
            from sentence in Quoted(happening)
            where !text.Contains(sentence, StringComparison.Ordinal)
            select $"{article.GetProperty("id").GetString()}: {sentence}").ToList();
        Assert.Empty(missing);
    }

    private static IEnumerable<string> Quoted(JsonElement happening)
    {
        yield return happening.GetProperty("evidence").GetString()!;
        if (happening.TryGetProperty("also", out var also))
        {
            foreach (var sentence in also.EnumerateArray())
            {
                yield return sentence.GetString()!;
            }
        }
    }

    internal static string Invented()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "gold-events", "invented");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("tests/gold-events/invented not found above the test's folder.");
    }
}
