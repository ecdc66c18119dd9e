using System.Buffers;
using System.Text.RegularExpressions;
using Dashboard.Core.Text;

namespace Dashboard.Extraction.Events;

/// <summary>
/// A clause in the perfect that spans a stretch of years is background, not a happening (POLICY.md: background, and
/// generic or habitual statements): "Greece has been hit by increasingly severe wildfires in recent summers", "the two
/// neighbours have traded accusations for years", "For decades, the countries have disputed the delta". The perfect alone
/// stays news ("troops have arrived in Gao"), and so do a perfect counted from a date ("has killed 63 people since
/// Monday"), a stretch in another clause ("recaptured the town, which had been held by rebels for years") and a record
/// ("have been killed in the worst flooding in recent decades"). A stretch may be counted looking back ("for more than 17
/// years", "over the past three years", "for two decades", "for months", "in the past decade"; a perfect counted from a
/// year stays news, as the annotators read it: "the coalition that has fought IS since 2014"); a bare count of years is a
/// term, not a span the happening has filled ("has jailed the activist for five years", "has pledged €50m over three
/// years" stay news).
/// </summary>
internal static partial class LongRunning
{
    /// <summary>How far before a stretch a superlative makes it a record, not a span of time ("the deadliest … in recent years").</summary>
    private const int RecordReach = 40;

    /// <summary>
    /// The stretch of the sentence told as background: from the verb in the perfect to the end of the stretch of time
    /// after it in the same clause, or from an opening stretch ("For years, …") to the end of the sentence; empty where
    /// there is none.
    /// </summary>
    public static TextSpan Background(string text, TextSpan sentence)
    {
        var stretch = text.AsSpan(sentence.Start, sentence.Length);
        if (stretch.IndexOfAny(Units) < 0)
        {
            return default;
        }

        foreach (var time in Stretch().EnumerateMatches(stretch))
        {
            if (time.Index == 0)
            {
                // "For decades, the two countries have disputed…"
                return Perfect().IsMatch(stretch[time.Length..]) ? sentence : default;
            }

            var before = stretch[..time.Index];
            if (Superlative().IsMatch(before[Math.Max(0, before.Length - RecordReach)..]))
            {
                continue;
            }

            // the last verb in the perfect before the stretch, with no clause break between
            var clause = before.LastIndexOfAny(ClauseBreaks) + 1;
            var perfect = -1;
            foreach (var verb in Perfect().EnumerateMatches(before[clause..]))
            {
                perfect = clause + verb.Index;
            }

            if (perfect >= 0)
            {
                return new TextSpan(sentence.Start + perfect, sentence.Start + time.Index + time.Length);
            }
        }

        return default;
    }

    /// <summary>The words every stretch of <see cref="Stretch"/> has, searched first: most sentences have none.</summary>
    private static readonly SearchValues<string> Units = SearchValues.Create(["years", "decade", "generations", "centur", "summers", "winters", "months", "past"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<char> ClauseBreaks = SearchValues.Create(",;:");

    [GeneratedRegex(@"\b(?:has|have|had)\s+(?:long\s+|also\s+|repeatedly\s+)?(?:been\s+)?[a-z]+(?:ed|en|ung|ought|un)\b")]
    private static partial Regex Perfect();

    [GeneratedRegex(@"\b(?:for|over)\s+(?:many\s+|several\s+|the\s+past\s+|the\s+last\s+)?(?:years|decades|generations|centuries|months)\b|\b(?:for|over)\s+(?:more\s+than|over|nearly|almost|the\s+past|the\s+last)\s+(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|a\s+few)\s+(?:years|decades|generations|centuries)\b|\bfor\s+(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|a\s+few)\s+(?:decades|generations|centuries)\b|\bin\s+recent\s+(?:years|decades|summers|winters|months)\b|\bsince\s+the\s+\d{1,2}(?:st|nd|rd|th)\s+century\b|\bin\s+the\s+past(?=\s*[,.;])|\b(?:for|over|in)\s+(?:more\s+than\s+a|over\s+a|nearly\s+a|almost\s+a|the\s+past|the\s+last|a)\s+decade\b", RegexOptions.IgnoreCase)]
    private static partial Regex Stretch();

    [GeneratedRegex(@"\b(?:[a-z]+est|most|first|worst)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Superlative();
}
