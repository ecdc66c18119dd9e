using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using Dashboard.Core.Documents;
using Dashboard.Core.Text;
using Dashboard.Core.Time;

namespace Dashboard.Extraction.Dates;

/// <summary>
/// Stage: finds temporal expressions and normalises them against the publication date ("on Sunday" → the Sunday on or
/// before publication; "last week" → the previous Monday–Sunday; "since 2020" → 2020-01-01 to publication). Absolute
/// dates need no publication date; relative ones are skipped without one. Pure: no clock is read.
/// </summary>
public static partial class DateRecognizer
{
    // Cheap keyword tests that let a passage skip the rules that cannot match it (most passages have no date).
    // Every rule's match holds one of its keywords: a year's first two digits, a month's first three letters, …
    // The patterns spell month and weekday names with a capital and the units in lower case, so those keywords are
    // matched with case ("may", "market" and "today" hold none).
    private static readonly SearchValues<string> Centuries = Keywords("19", "20");
    private static readonly SearchValues<string> Weekdays = Exact("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
    private static readonly SearchValues<string> DayWords = Exact("esterday", "oday", "onight", "omorrow", "ast night", "his morning", "his afternoon", "his evening");
    private static readonly SearchValues<string> PeriodWords = Exact("week", "month", "year");
    private static readonly SearchValues<string> PastWords = Keywords("the past", "the last");
    private static readonly SearchValues<string> WeekendWords = Keywords("weekend");
    private static readonly SearchValues<string> AgoWords = Keywords(" ago");
    private static readonly SearchValues<string> MonthWords = Exact(
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");

    private static readonly Rule[] Rules =
    [
        new(Centuries, IsoDate(), (m, _) => ParseDay(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value)),
        new(MonthWords, DayMonthYear(), (m, p) => DayOfMonth(m, p)),
        new(MonthWords, MonthDayYear(), (m, p) => DayOfMonth(m, p)),
        new(Centuries, MonthYear(), (m, _) => CalendarMath.Month(Int(m.Groups["year"].Value), CalendarWords.Month(m.Groups["month"].Value)) is var month
            && m.Groups["since"].Success ? null : month),
        new(Centuries, SinceYear(), (m, p) => p is { } published && Int(m.Groups["year"].Value) <= published.Year
            ? new DateInterval(new DateOnly(Int(m.Groups["year"].Value), 1, 1), published, TimePrecision.Year) : null),
        new(Centuries, InYear(), (m, _) => CalendarMath.Year(Int(m.Groups["year"].Value))),
        new(Weekdays, Weekday(), (m, p) => WeekdayInterval(m, p)),
        new(DayWords, RelativeDay(), (m, p) => p is { } published ? RelativeDayInterval(m.Groups["word"].Value, published) : null),
        new(PeriodWords, RelativeWeek(), (m, p) => p is { } published ? RelativePeriod(m.Groups["which"].Value, m.Groups["unit"].Value, published) : null),
        new(PastWords, PastPeriod(), (m, p) => p is { } published ? PastPeriodInterval(m, published) : null),
        new(WeekendWords, Weekend(), (m, p) => p is { } published ? WeekendInterval(m.Groups["which"].Value, published) : null),
        new(AgoWords, AgoPeriod(), (m, p) => p is { } published ? PastPeriodInterval(m, published) : null),
        new(MonthWords, InMonth(), (m, p) => p is { } published ? MonthBefore(published, CalendarWords.Month(m.Groups["month"].Value)) : null),
    ];

    /// <summary>
    /// How far from its keyword a rule's match (with its look-around) can reach on either side. A rule's pattern runs on
    /// the keyword's stretch widened by this much, then to whole words, so a word or number cut by the edge is read whole.
    /// With single spaces the furthest reach is under 35 characters ("since September, 2021" back from its year; "in 2014
    /// more residents" on from it); the rest is room for runs of white space.
    /// </summary>
    private const int KeywordReach = MaxExpressionLength / 2;

    /// <summary>No rule matches more than this many characters, which bounds the overlap search.</summary>
    private const int MaxExpressionLength = 120;

    public static IReadOnlyList<TimeExpression> Recognise(PreparedDocument document, DateOnly? published)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;

        // Every match of a rule contains one of its keywords, so each rule's pattern runs only on the stretches around
        // its keywords (found by a vectorised search), merged where they overlap, not over the whole text. A match
        // counts when it lies inside one passage that is not boilerplate.
        var candidates = new List<(TextSpan Span, DateInterval Interval, Passage Passage, int Seq)>();
        foreach (var rule in Rules)
        {
            var all = text.AsSpan();
            var at = all.IndexOfAny(rule.Keywords);
            var (windowStart, windowEnd) = (-1, -1);
            while (at >= 0)
            {
                if (ReferenceEquals(rule.Keywords, Centuries) && !YearAt(text, at))
                {
                    var skip = all[(at + 1)..].IndexOfAny(rule.Keywords);
                    at = skip < 0 ? -1 : at + 1 + skip;
                    continue;
                }

                var start = Math.Max(0, at - KeywordReach);
                while (start > 0 && char.IsLetterOrDigit(text[start - 1]))
                {
                    start--;
                }

                var end = Math.Min(text.Length, at + KeywordReach);
                while (end < text.Length && char.IsLetterOrDigit(text[end]))
                {
                    end++;
                }

                if (windowEnd >= 0 && start <= windowEnd)
                {
                    windowEnd = Math.Max(windowEnd, end);
                }
                else
                {
                    Scan(rule, windowStart, windowEnd);
                    (windowStart, windowEnd) = (start, end);
                }

                var next = all[(at + 1)..].IndexOfAny(rule.Keywords);
                at = next < 0 ? -1 : at + 1 + next;
            }

            Scan(rule, windowStart, windowEnd);
        }

        void Scan(Rule rule, int start, int end)
        {
            if (start < 0)
            {
                return;
            }

            for (var m = rule.Pattern.Match(text, start, end - start); m.Success; m = m.NextMatch())
            {
                var span = TextSpan.FromLength(m.Index, m.Length);
                if (document.PassageAt(span.Start) is { Kind: not PassageKind.Boilerplate } passage && passage.Span.Contains(span)
                    && rule.Resolve(m, published) is { } interval)
                {
                    candidates.Add((span, interval, passage, candidates.Count));
                }
            }
        }

        // Longest first, then earliest; an expression inside a longer one is part of it. Accepted spans are kept
        // ordered so that the overlap test stays logarithmic on huge inputs.
        var found = new List<TimeExpression>();
        var taken = new SortedSet<(int Start, int End)>();
        // Stable: equal spans keep rule order.
        candidates.Sort((x, y) => x.Span.Length != y.Span.Length ? y.Span.Length.CompareTo(x.Span.Length)
            : x.Span.Start != y.Span.Start ? x.Span.Start.CompareTo(y.Span.Start) : x.Seq.CompareTo(y.Seq));
        foreach (var (span, interval, passage, _) in candidates)
        {
            var nearby = taken.GetViewBetween((span.Start - MaxExpressionLength, int.MinValue), (span.End, int.MinValue));
            if (!nearby.Any(t => t.Start < span.End && span.Start < t.End))
            {
                taken.Add((span.Start, span.End));
                found.Add(new TimeExpression(span, span.Slice(text), interval, passage.Id));
            }
        }

        found.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return found;
    }

    private static DateInterval? DayOfMonth(Match m, DateOnly? published)
    {
        var month = CalendarWords.Month(m.Groups["month"].Value);
        var day = Int(m.Groups["day"].Value);
        int year;
        if (m.Groups["year"].Success)
        {
            year = Int(m.Groups["year"].Value);
        }
        else if (published is { } p)
        {
            year = CalendarMath.InferYear(p, month, day);
        }
        else
        {
            return null;
        }

        return day <= DateTime.DaysInMonth(year, month) ? DateInterval.Day(new DateOnly(year, month, day)) : null;
    }

    /// <summary>
    /// "Over the weekend", "at the weekend", "this weekend": the Saturday and Sunday on or before publication (up to the
    /// publication day when it falls on the weekend); "last weekend" on a weekend is the one before. Known to the day,
    /// as a two-day range.
    /// </summary>
    private static DateInterval WeekendInterval(string which, DateOnly published)
    {
        var saturday = CalendarMath.OnOrBefore(published, DayOfWeek.Saturday);
        if (which.Equals("last", StringComparison.OrdinalIgnoreCase) && published.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            saturday = saturday.AddDays(-7);
        }

        var sunday = saturday.AddDays(1);
        return new DateInterval(saturday, sunday > published ? published : sunday, TimePrecision.Day);
    }

    private static DateInterval? WeekdayInterval(Match m, DateOnly? published)
    {
        if (published is not { } p)
        {
            return null;
        }

        var weekday = CalendarWords.Weekday(m.Groups["weekday"].Value);
        var which = m.Groups["which"].Value.ToLowerInvariant();
        var day = which switch
        {
            "next" => CalendarMath.After(p, weekday),
            "this" => CalendarMath.WeekStart(p).AddDays(((int)weekday + 6) % 7),
            "last" when p.DayOfWeek == weekday => p.AddDays(-7),
            _ => CalendarMath.OnOrBefore(p, weekday),
        };
        return which == "since" ? new DateInterval(day, p, TimePrecision.Day) : DateInterval.Day(day);
    }

    private static DateInterval? RelativeDayInterval(string word, DateOnly p) => word.ToLowerInvariant() switch
    {
        "yesterday" or "last night" => DateInterval.Day(p.AddDays(-1)),
        "tomorrow" => DateInterval.Day(p.AddDays(1)),
        _ => DateInterval.Day(p),
    };

    private static DateInterval? RelativePeriod(string which, string unit, DateOnly p)
    {
        which = which.ToLowerInvariant().Replace("earlier ", string.Empty, StringComparison.Ordinal);
        var offset = which switch { "last" => -1, "next" => 1, _ => 0 };
        return unit.ToLowerInvariant() switch
        {
            "week" => which == "this" ? new DateInterval(CalendarMath.WeekStart(p), p, TimePrecision.Week) : CalendarMath.Week(p.AddDays(7 * offset)),
            "month" => which == "this"
                ? new DateInterval(new DateOnly(p.Year, p.Month, 1), p, TimePrecision.Month)
                : CalendarMath.Month(p.AddMonths(offset).Year, p.AddMonths(offset).Month),
            "year" => which == "this" ? new DateInterval(new DateOnly(p.Year, 1, 1), p, TimePrecision.Year) : CalendarMath.Year(p.Year + offset),
            _ => null,
        };
    }

    private static DateInterval PastPeriodInterval(Match m, DateOnly p)
    {
        var count = m.Groups["count"].Success ? NumberWord(m.Groups["count"].Value) : 1;
        var unit = m.Groups["unit"].Value.ToLowerInvariant().TrimEnd('s');
        var days = unit switch { "day" => count, "week" => 7 * count, "month" => 30 * count, _ => 365 * count };
        var precision = unit switch { "day" => TimePrecision.Day, "week" => TimePrecision.Week, "month" => TimePrecision.Month, _ => TimePrecision.Year };
        if (m.Groups["ago"].Success)
        {
            var day = p.AddDays(-days);
            return precision == TimePrecision.Day ? DateInterval.Day(day) : new DateInterval(day, day, precision);
        }

        // "Over the past week" is known to the week: the calendar week that overlaps the last seven days the most.
        return unit == "week" && count == 1 ? CalendarMath.Week(p.AddDays(-4)) : new DateInterval(p.AddDays(-days), p, precision);
    }

    private static DateInterval MonthBefore(DateOnly p, int month)
    {
        var year = month > p.Month ? p.Year - 1 : p.Year;
        return CalendarMath.Month(year, month);
    }

    private static int NumberWord(string word) => word.ToLowerInvariant() switch
    {
        "a" or "an" or "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "few" or "several" => 3,
        var digits => int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 1,
    };

    private static DateInterval? ParseDay(string y, string m, string d) =>
        DateOnly.TryParseExact($"{y}-{m}-{d}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? DateInterval.Day(day) : null;

    private static int Int(string s) => int.Parse(s, CultureInfo.InvariantCulture);

    /// <summary>
    /// Whether a year of four digits starts at <paramref name="at"/> with no letter or digit on either side: every rule
    /// keyed by a year's first two digits matches its year between word boundaries, so "200 people", "20th", "$2,019" or a
    /// phone number open no window ("2019" and the year of "2019-05-20" do). A letter or digit is a word character to the
    /// patterns' <c>\b</c>, so no match is lost.
    /// </summary>
    private static bool YearAt(string text, int at) =>
        (at == 0 || !char.IsLetterOrDigit(text[at - 1])) && at + 4 <= text.Length && char.IsAsciiDigit(text[at + 2]) && char.IsAsciiDigit(text[at + 3])
        && (at + 4 == text.Length || !char.IsLetterOrDigit(text[at + 4]));

    private static SearchValues<string> Keywords(params string[] words) => SearchValues.Create(words, StringComparison.OrdinalIgnoreCase);

    private static SearchValues<string> Exact(params string[] words) => SearchValues.Create(words, StringComparison.Ordinal);

    private sealed record Rule(SearchValues<string> Keywords, Regex Pattern, Func<Match, DateOnly?, DateInterval?> Resolve);

    [GeneratedRegex(@"\b(?<y>(?:19|20)\d{2})-(?<m>\d{2})-(?<d>\d{2})\b")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b(?<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s+" + CalendarWords.MonthPattern + @"(?:,?\s+(?<year>(?:19|20)\d{2}))?\b")]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(CalendarWords.MonthPattern + @"\s+(?<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\b(?:,?\s+(?<year>(?:19|20)\d{2})\b)?")]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"(?<since>since\s+)?\b" + CalendarWords.MonthPattern + @",?\s+(?<year>(?:19|20)\d{2})\b")]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"\b[Ss]ince\s+(?<year>(?:19|20)\d{2})\b")]
    private static partial Regex SinceYear();

    [GeneratedRegex(@"\b(?:[Ii]n|[Dd]uring|[Uu]ntil|[Bb]y|[Ff]rom|[Tt]hrough)\s+(?<year>(?:19|20)\d{2})\b(?!\s*(?:[a-z]+\s)?(?:troops|people|soldiers|dollars|tonnes|tons|km|miles|residents|cases))|\b(?<=[Tt]he\s)(?<year>(?:19|20)\d{2})(?=\s+[A-Z]|\s+(?:election|elections|revolution|war|crisis|protests|uprising|invasion|coup|summit|olympics|referendum|attack|attacks)\b)")]
    private static partial Regex InYear();

    [GeneratedRegex(@"\b(?:(?<which>[Ll]ast|[Tt]his|[Nn]ext|[Ss]ince|[Oo]n|[Bb]y|[Uu]ntil|[Ff]rom)\s+)?" + CalendarWords.WeekdayPattern + @"(?:\s+(?:morning|afternoon|evening|night))?\b")]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\b(?<word>[Yy]esterday|[Tt]oday|[Tt]onight|[Tt]omorrow|[Ll]ast night|[Tt]his (?:morning|afternoon|evening))\b")]
    private static partial Regex RelativeDay();

    [GeneratedRegex(@"\b(?:(?:[Oo]ver|[Aa]t|[Dd]uring)\s+the|(?<which>[Ll]ast|[Tt]his))\s+weekend\b")]
    private static partial Regex Weekend();

    [GeneratedRegex(@"\b(?<which>[Ll]ast|[Tt]his|[Nn]ext|[Ee]arlier this|[Ll]ater this)\s+(?<unit>week|month|year)\b")]
    private static partial Regex RelativeWeek();

    // Two rules, so that the common case scans for "the past"/"the last" and the "… ago" form runs only where " ago" is.
    [GeneratedRegex(@"\b(?:[Oo]ver|[Ii]n|[Dd]uring|[Ff]or)\s+the\s+(?:past|last)\s+(?:(?<count>\d+|two|three|four|five|six|seven|few|several)\s+)?(?<unit>days?|weeks?|months?|years?)\b")]
    private static partial Regex PastPeriod();

    [GeneratedRegex(@"\b(?<count>\d+|a|an|one|two|three|four|five|six|seven|several|a few)\s+(?<unit>days?|weeks?|months?|years?)\s+(?<ago>ago)\b")]
    private static partial Regex AgoPeriod();

    [GeneratedRegex(@"\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Ee]arly|[Ll]ate|[Mm]id-?)\s+" + CalendarWords.MonthPattern + @"\b(?!\s+\d)(?!,?\s+(?:19|20)\d{2})")]
    private static partial Regex InMonth();
}
