using System.Text.RegularExpressions;
using Dashboard.Core.Text;

namespace Dashboard.Extraction.Events;

/// <summary>
/// Where a person lives is no place of a happening: "Gino Bassett, 56, of the 6100 block of South Ingleside Avenue, is
/// charged…", "a 36-year-old sergeant, John Dunbar of Austin, Texas, died…", "Skripal, who lived in Moscow and was
/// visiting her father in Salisbury". News names a private person with an age and a home; the happening is told
/// elsewhere in the sentence or the article.
/// </summary>
internal static partial class ResidencePlaces
{
    /// <summary>How far before a place mention the words that make it a home are looked for.</summary>
    private const int Reach = 90;

    /// <summary>Whether the place mention is somebody's home: after an age and "of", or after "who lives in".</summary>
    internal static bool IsResidence(string text, TextSpan sentence, TextSpan mention)
    {
        var from = Math.Max(sentence.Start, mention.Start - Reach);
        if (mention.Start <= from)
        {
            return false;
        }

        var before = text.AsSpan(from, mention.Start - from);
        return AfterAge().IsMatch(before) || AfterLives().IsMatch(before);
    }

    /// <summary>", 56, of [the 6100 block of] [South] …" or "36-year-old [Sgt] John Dunbar of [Austin, ]…" right before the place.</summary>
    [GeneratedRegex(@"(?:\b\d{1,3},\s+|\b\d{1,3}-year-old\s+(?:[A-Z][\w'’-]*\.?\s+){1,5})of\s+(?:the\s+\d[\d,]*\s+block\s+of\s+)?(?:[A-Z][\w'’.-]*,?\s+){0,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex AfterAge();

    /// <summary>"who lives in [the] …", "who lived in …", "who resides in …" right before the place.</summary>
    [GeneratedRegex(@"\bwho\s+(?:lives|lived|resides|resided|has\s+lived)\s+in\s+(?:the\s+)?(?:[A-Z][\w'’.-]*,?\s+){0,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex AfterLives();
}
