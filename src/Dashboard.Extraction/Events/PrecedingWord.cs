namespace Dashboard.Extraction.Events;

/// <summary>The word that ends just before a position of the text: what the event rules look at to read a trigger's left context.</summary>
internal static class PrecedingWord
{
    /// <summary>
    /// The word (letters, hyphens, apostrophes) ending just before <paramref name="at"/> after spaces, not before
    /// <paramref name="floor"/>; empty (start = end) where punctuation comes first.
    /// </summary>
    public static (int Start, int End) Of(string text, int floor, int at)
    {
        var end = at;
        while (end > floor && text[end - 1] == ' ')
        {
            end--;
        }

        var start = end;
        while (start > floor && (char.IsLetter(text[start - 1]) || text[start - 1] is '-' or '\'' or '\u2019'))
        {
            start--;
        }

        return (start, end);
    }
}
