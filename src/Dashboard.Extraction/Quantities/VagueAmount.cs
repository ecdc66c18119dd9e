namespace Dashboard.Extraction.Quantities;

/// <summary>Whether a vague amount written in words ("tens of thousands") is the range a quantity carries.</summary>
public static class VagueAmount
{
    public static bool Matches(string? words, double? min, double? max) =>
        words is not null && NumberWords.Vague.TryGetValue(words.Trim(), out var range) && range.Min == min && range.Max == max;
}
