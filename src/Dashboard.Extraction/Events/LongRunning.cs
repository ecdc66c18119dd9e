using System.Buffers;
using System.Text.RegularExpressions;
using Dashboard.Core.Text;

namespace Dashboard.Extraction.Events;

/// <summary>
/// A sentence in the perfect that spans a stretch of years is background, not a happening (POLICY.md: background, and
/// generic or habitual statements): "Greece has been hit by increasingly severe wildfires in recent summers", "the two
/// neighbours have traded accusations for years", "the countries have disputed the delta since the 19th century". The
/// perfect alone stays news ("troops have arrived in Gao"), and so does a perfect counted from a date ("has killed 63
/// people since Monday").
/// </summary>
internal static partial class LongRunning
{
    /// <summary>Whether the sentence has a verb in the perfect and a stretch of years, months or centuries.</summary>
    public static bool Spans(string text, TextSpan sentence)
    {
        var stretch = text.AsSpan(sentence.Start, sentence.Length);
        return stretch.IndexOfAny(Units) >= 0 && Stretch().IsMatch(stretch) && Perfect().IsMatch(stretch);
    }

    /// <summary>The words every stretch of <see cref="Stretch"/> has, searched first: most sentences have none.</summary>
    private static readonly SearchValues<string> Units = SearchValues.Create(["years", "decades", "generations", "centur", "summers", "winters", "months", "past"], StringComparison.Ordinal);

    [GeneratedRegex(@"\b(?:has|have|had)\s+(?:long\s+|also\s+|repeatedly\s+)?(?:been\s+)?[a-z]+(?:ed|en|ung|ought|un)\b")]
    private static partial Regex Perfect();

    [GeneratedRegex(@"\b(?:for|over)\s+(?:many\s+|several\s+|the\s+past\s+|the\s+last\s+)?(?:years|decades|generations|centuries)\b|\bin\s+recent\s+(?:years|decades|summers|winters|months)\b|\bsince\s+the\s+\d{1,2}(?:st|nd|rd|th)\s+century\b|\bin\s+the\s+past(?=\s*[,.;])|\bfor\s+(?:years|decades)\b")]
    private static partial Regex Stretch();
}
