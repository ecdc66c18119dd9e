using System.Globalization;
using System.Text.RegularExpressions;

namespace Dashboard.Store.Ingest;

/// <summary>
/// The publication date a document states about itself, if any: an HTML meta or time element, or a full date near the
/// top of the text ("10 January 2022", "January 10, 2022", "2022-01-10").
/// </summary>
public static partial class StatedDate
{
    private static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    public static DateOnly? Find(string content, bool isHtml)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (isHtml && HtmlDate().Match(content) is { Success: true } meta && Iso(meta.Groups["iso"].Value) is { } fromMeta)
        {
            return fromMeta;
        }

        var head = content.Length > 1500 ? content[..1500] : content;
        var match = TextDate().Match(head);
        if (!match.Success)
        {
            return null;
        }

        if (match.Groups["iso"].Success)
        {
            return Iso(match.Groups["iso"].Value);
        }

        var month = Array.IndexOf(Months, (match.Groups["m1"].Success ? match.Groups["m1"] : match.Groups["m2"]).Value.ToLowerInvariant()) + 1;
        var day = int.Parse(match.Groups["d1"].Success ? match.Groups["d1"].Value : match.Groups["d2"].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(match.Groups["y1"].Success ? match.Groups["y1"].Value : match.Groups["y2"].Value, CultureInfo.InvariantCulture);
        return month > 0 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    private static DateOnly? Iso(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    [GeneratedRegex("""(?:(?:property|name|itemprop)\s*=\s*["'](?:article:published_time|datePublished|pubdate|date|DC\.date)["'][^>]*content\s*=\s*["']|<time[^>]*datetime\s*=\s*["']|"datePublished"\s*:\s*")(?<iso>\d{4}-\d{2}-\d{2})""", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlDate();

    [GeneratedRegex(@"\b(?:(?<iso>(?:19|20)\d{2}-[01]\d-[0-3]\d)|(?<d1>[0-3]?\d)\s+(?<m1>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?<y1>(?:19|20)\d{2})|(?<m2>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?<d2>[0-3]?\d),?\s+(?<y2>(?:19|20)\d{2}))\b", RegexOptions.IgnoreCase)]
    private static partial Regex TextDate();
}
