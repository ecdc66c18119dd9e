using System.Text.RegularExpressions;
using Dashboard.Core.Documents;
using Dashboard.Core.Places;
using Dashboard.Core.Text;

namespace Dashboard.Extraction.Events;

/// <summary>
/// The place an article's dateline names ("WINNIPEG —", "SEOUL, South Korea (CNN) -", "Kuala Lumpur:", "By Ann Lee.
/// BOSTON (Reuters) -"): where the story was filed, and so where what it reports being said or done without a place of
/// its own most likely was. A dateline opens the first paragraph of text, the standfirst or the body (after a byline at most), and is written in
/// capitals, or followed by its region or agency and a dash, colon or the date.
/// </summary>
internal static partial class DatelinePlace
{
    /// <summary>How far into the first body paragraph (in characters) the dateline's place may start (a byline before it).</summary>
    private const int Reach = 80;

    /// <summary>
    /// The dateline's place and its whole header, up to the dash or colon ("SEOUL, South Korea (CNN) -"), so that the
    /// region it names is no place the first sentence states either.
    /// </summary>
    /// <summary>
    /// Whether the dateline only says where the story was filed: nothing else the article names lies in the dateline's
    /// country, while it names places of another country more than once ("DUBAI, Sept 21 (Reuters) - Iranian security
    /// forces opened fire…" about Mashhad and Tehran). A story from Paris that names Lyon happened around its dateline.
    /// </summary>
    public static bool FiledOnly((ResolvedPlace Place, TextSpan Header) dateline, IReadOnlyList<ResolvedPlace> places)
    {
        ArgumentNullException.ThrowIfNull(places);
        if (dateline.Place.Choice?.Country is not { } home)
        {
            return false;
        }

        var elsewhere = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var p in places)
        {
            if (dateline.Header.Contains(p.Mention.Span) || p.Choice?.Country is not { } country)
            {
                continue;
            }

            if (country == home)
            {
                return false;
            }

            elsewhere[country] = elsewhere.GetValueOrDefault(country) + 1;
        }

        return elsewhere.Values.Any(n => n >= ElsewhereMentions);
    }

    /// <summary>
    /// How often the article must name places of one other country (names and adjectives) for its dateline to be only
    /// where it was filed: twice, so that a local story naming one foreign country ("smugglers crossing from Spain" under
    /// a Grenoble dateline) keeps its dateline.
    /// </summary>
    private const int ElsewhereMentions = 2;

    public static (ResolvedPlace Place, TextSpan Header)? Header(string text, PreparedDocument document, IReadOnlyList<ResolvedPlace> places)
    {
        var body = document.Passages.FirstOrDefault(p => p.Kind is PassageKind.Body or PassageKind.Standfirst);
        if (body is null)
        {
            return null;
        }

        ResolvedPlace? first = null;
        foreach (var p in places)
        {
            var start = p.Mention.Span.Start;
            if (start >= body.Span.Start && start < body.Span.End && (first is null || start < first.Mention.Span.Start))
            {
                first = p;
            }
        }

        if (first is not { Choice: not null, Mention.Literal: true } || first.Mention.Span.Start - body.Span.Start > Reach)
        {
            return null;
        }

        var span = first.Mention.Span;
        var opening = text.AsSpan(body.Span.Start, span.Start - body.Span.Start).Trim();
        if (opening.Length > 0 && !Byline().IsMatch(opening))
        {
            return null;
        }

        var surface = text.AsSpan(span.Start, span.Length);
        var capitals = surface.Length >= 4 && !surface.ContainsAnyInRange('a', 'z') && surface.ContainsAnyInRange('A', 'Z');
        var after = After().Match(text, span.End, Math.Min(60, body.Span.End - span.End));
        return after.Success ? (first, new TextSpan(span.Start, after.Index + after.Length))
            : capitals ? (first, span)
            : null;
    }

    /// <summary>A byline before the dateline: "By Ann Lee." or "By Ann Lee and Bo Wu, Associated Press".</summary>
    [GeneratedRegex(@"^By\s[^\n]{2,70}[.,]?$")]
    private static partial Regex Byline();

    /// <summary>What follows a dateline's place: its region or agency, then a dash or colon, or a comma and the month.</summary>
    [GeneratedRegex(@"^(,\s*[A-Z][\w.]*(\s[A-Z][\w.]*){0,2})?(\s*\([^()\n]{1,40}\))?\s*(—|–|--|-|:)|^,\s*(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)")]
    private static partial Regex After();
}
