namespace Dashboard.Extraction.Events;

/// <summary>Where clauses break in a stretch of words: at a comma, semicolon or full stop, but not at the comma or point of a number.</summary>
internal static class Clauses
{
    /// <summary>Whether a comma, semicolon or full stop stands in these words, other than in a number ("9,000", "7.8").</summary>
    public static bool Broken(ReadOnlySpan<char> words)
    {
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i] is ',' or ';' or '.' && !(words[i] != ';' && i > 0 && i + 1 < words.Length && char.IsAsciiDigit(words[i - 1]) && char.IsAsciiDigit(words[i + 1])))
            {
                return true;
            }
        }

        return false;
    }
}
