using System.Buffers;
using System.Text.RegularExpressions;
using Dashboard.Core.Documents;
using Dashboard.Core.Events;
using Dashboard.Core.Text;
using Dashboard.Core.Time;

namespace Dashboard.Extraction.Events;

/// <summary>
/// When an event happened: the date of the trigger's clause, or, for a sentence that gives none, a date carried from
/// the happening it refers to or an earlier sentence, or the article's news day (see <see cref="DateBasis"/>).
/// </summary>
internal static partial class EventDates
{
    /// <summary>
    /// The date of the trigger's clause; where the sentence reports the same kind of happening in two clauses with two
    /// dates ("Ankara last week called…, and Turkey warned on Friday…"), the most precise of them, then the latest,
    /// among those within a week of the trigger's own (a clause years apart tells another happening).
    /// </summary>
    internal static DateInterval? DateOfType(
        string text, TextSpan sentence, (string Type, string Status, TextSpan Span) trigger,
        List<(string Type, string Status, TextSpan Span)> triggers, List<TimeExpression> dates, TextSpan? dateline = null)
    {
        var when = ClauseDate(text, sentence, trigger.Span, dates, dateline);
        foreach (var other in triggers)
        {
            if (other.Type == trigger.Type && other.Span != trigger.Span && sentence.Contains(other.Span) && ClauseDate(text, sentence, other.Span, dates, dateline) is { } alternative
                && (when is not { } current || (Near(alternative, current)
                    && (alternative.Precision < current.Precision || (alternative.Precision == current.Precision && alternative.End > current.End)))))
            {
                when = alternative;
            }
        }

        return when;
    }

    /// <summary>Whether two dates of one sentence can be the same happening's: within a week of each other.</summary>
    private static bool Near(DateInterval a, DateInterval b) =>
        a.Start.DayNumber >= b.Start.DayNumber - 7 && a.End.DayNumber <= b.End.DayNumber + 7;

    /// <summary>
    /// The date of a sentence that gives none: the earlier happening an opening "Following the protests," refers to;
    /// else the last date of an earlier sentence in the passage (not one inside a relative clause), which news carries
    /// forward ("On Sunday, … . The ministry said …"); else, for a lead, a report attributed to a source or a state at
    /// the time of writing, the article's news day.
    /// </summary>
    internal static (DateInterval? When, DateBasis Basis) Undated(
        string text, Passage passage, TextSpan sentence, List<TimeExpression> dates, string? anchor, List<EventDraft> earlier,
        DateInterval? newsDay, bool lede)
    {
        // The happening referred to is the last of its type whose own clause dates it, else the last dated at all.
        if (anchor is not null && (earlier.FindLast(d => d.Type == anchor && d.When is not null && d.Basis == DateBasis.Stated)
            ?? earlier.FindLast(d => d.Type == anchor && d.When is not null)) is { } referred)
        {
            return (referred.When, DateBasis.Carried);
        }

        for (var i = dates.Count - 1; i >= 0; i--)
        {
            var d = dates[i];
            if (d.Span.End <= sentence.Start && !IsGloss(text, d) && !InRelativeClause(text, passage.Span.Start, d.Span.Start))
            {
                return (d.Interval, DateBasis.Carried);
            }
        }

        var words = text.AsSpan(sentence.Start, sentence.Length);
        if (newsDay is not null && (lede || (words.ContainsAny(AttributionWords) && Attributed().IsMatch(words))
            || (words.ContainsAny(StateWords) && CurrentState().IsMatch(words))))
        {
            return (newsDay, DateBasis.NewsDay);
        }

        return (null, DateBasis.Stated);
    }

    /// <summary>
    /// The article's news day: the day (within the week before publication) its day-precise dates name most often,
    /// the latest on a tie; none without a publication date or such a date.
    /// </summary>
    internal static DateInterval? NewsDay(string text, IReadOnlyList<TimeExpression> dates, DateOnly? published)
    {
        if (published is not { } day)
        {
            return null;
        }

        var counts = new Dictionary<DateOnly, int>();
        foreach (var d in dates)
        {
            var i = d.Interval;
            if (i.Precision == TimePrecision.Day && i.Start == i.End && i.Start <= day && i.Start >= day.AddDays(-7) && !IsGloss(text, d))
            {
                counts[i.Start] = counts.GetValueOrDefault(i.Start) + 1;
            }
        }

        DateOnly? best = null;
        foreach (var (date, count) in counts)
        {
            if (best is not { } b || count > counts[b] || (count == counts[b] && date > b))
            {
                best = date;
            }
        }

        return best is { } newsDay ? DateInterval.Day(newsDay) : null;
    }

    /// <summary>A date in brackets is a gloss of the one before it ("on Friday (Saturday local time)"), not a date of its own.</summary>
    private static bool IsGloss(string text, TimeExpression d) => d.Span.Start > 0 && text[d.Span.Start - 1] == '(';

    /// <summary>Whether a position lies inside a relative clause of its sentence (", which … over the past week").</summary>
    private static bool InRelativeClause(string text, int floor, int at)
    {
        var start = at;
        while (start > floor && !(text[start - 1] is '.' or '!' or '?' && start < text.Length && char.IsWhiteSpace(text[start])))
        {
            start--;
        }

        var opener = -1;
        foreach (var m in RelativeAnywhere().EnumerateMatches(text.AsSpan(start, at - start)))
        {
            opener = start + m.Index + m.Length;
        }

        return opener >= 0 && text.IndexOf(',', opener, at - opener) < 0;
    }

    /// <summary>The date of the trigger's clause (not one of a relative clause such as ", which … in 2014"), if it has one.</summary>
    private static DateInterval? ClauseDate(string text, TextSpan sentence, TextSpan trigger, List<TimeExpression> dates, TextSpan? dateline)
    {
        var clause = Clause(text, sentence, trigger);
        // A date in brackets right after another is a gloss of it ("on Friday (Saturday local time)"), not a second date.
        // The dateline's date ("BAMAKO, 14 January 2025 (Al Jazeera) - … stormed a mine on Monday") is when the story was
        // filed: another date of the clause is the happening's, and the filing date only where the clause gives none.
        TimeExpression? inClause = null;
        var filed = false;
        foreach (var d in dates)
        {
            if (!clause.Contains(d.Span) || IsGloss(text, d))
            {
                continue;
            }

            var filing = OfDateline(text, d, dateline);
            if (inClause is null || (filed && !filing) || (filed == filing && Math.Abs(d.Span.Start - trigger.Start) < Math.Abs(inClause.Span.Start - trigger.Start)))
            {
                (inClause, filed) = (d, filing);
            }
        }

        if (inClause is not null)
        {
            return inClause.Interval;
        }

        // "The protests, which began over prices, grew over the past week": the main clause resumes after the
        // relative clause's closing comma, and its date belongs to the trigger.
        return ResumedClause(text, sentence, clause) is { } resumed && dates.FirstOrDefault(d => resumed.Contains(d.Span)) is { } later
            ? later.Interval
            : null;
    }

    /// <summary>
    /// The date of a planned happening told by a bare weekday ("will visit Adre on Thursday", "is due to meet on Friday"):
    /// the recogniser reads a weekday as the last one on or before publication, but what is planned comes after it, so
    /// such a day before publication moves a week on (to the first one after publication). Any other date is kept.
    /// </summary>
    internal static DateInterval? Ahead(EventDraft draft, TextSpan sentence, List<TimeExpression> dates, DateOnly? published)
    {
        if (draft.Status != EventStatus.Planned || draft.When is not { Precision: TimePrecision.Day } when || when.Start != when.End
            || published is not { } p || when.Start >= p || when.Start < p.AddDays(-6))
        {
            return draft.When;
        }

        foreach (var d in dates)
        {
            // (after the trigger: "said on Tuesday it would pay" dates the saying, not the payment)
            if (sentence.Contains(d.Span) && d.Span.Start >= draft.Trigger.End && d.Interval == when && BareWeekday().IsMatch(d.Surface))
            {
                return DateInterval.Day(when.Start.AddDays(7));
            }
        }

        return draft.When;
    }

    /// <summary>A weekday with nothing that ties it to the past or the next week: "Thursday", "on Friday morning".</summary>
    [GeneratedRegex(@"^(?:(?:on|by|from|until)\s+)?" + Dates.CalendarWords.WeekdayPattern + @"(?:\s+(?:" + Dates.TimeAdverbials.PartsOfDay + @"))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BareWeekday();

    /// <summary>How far after the dateline's place its date may begin ("ADRE, Chad, 14 October 2025 (DW) -").</summary>
    private const int DatelineDateReach = 30;

    /// <summary>
    /// Whether a date is the dateline's: it begins within the dateline, or after its place with only commas and
    /// capitalised words between (a region or country: "BAMAKO, 14 January 2025", "ADRE, Chad, 14 October 2025").
    /// </summary>
    private static bool OfDateline(string text, TimeExpression date, TextSpan? dateline)
    {
        if (dateline is not { } header || date.Span.Start < header.Start || date.Span.Start > header.End + DatelineDateReach)
        {
            return false;
        }

        var gap = date.Span.Start <= header.End ? [] : text.AsSpan(header.End, date.Span.Start - header.End);
        var wordStart = true;
        foreach (var c in gap)
        {
            if (wordStart && char.IsLetter(c) && !char.IsUpper(c) || !(char.IsLetter(c) || c is ',' or ' ' or '.'))
            {
                return false; // a lower-case word or other punctuation: the sentence has begun
            }

            wordStart = c is ' ' or ',';
        }

        return true;
    }

    /// <summary>When the clause ends at a relative clause (", which …,"), the stretch after that clause's comma.</summary>
    private static TextSpan? ResumedClause(string text, TextSpan sentence, TextSpan clause)
    {
        if (clause.End >= sentence.End || !RelativeOpener().IsMatch(text.AsSpan(clause.End, sentence.End - clause.End)))
        {
            return null;
        }

        var comma = text.IndexOf(',', clause.End + 1, sentence.End - clause.End - 1);
        if (comma < 0)
        {
            return null;
        }

        var end = sentence.End;
        foreach (var m in ClauseBreak().EnumerateMatches(text.AsSpan(comma + 1, sentence.End - comma - 1)))
        {
            end = comma + 1 + m.Index;
            break;
        }

        return new TextSpan(comma + 1, end);
    }

    /// <summary>The part of the sentence around the trigger, cut at relative and subordinate clause openers.</summary>
    private static TextSpan Clause(string text, TextSpan sentence, TextSpan trigger)
    {
        var start = sentence.Start;
        var end = sentence.End;
        foreach (var m in ClauseBreak().EnumerateMatches(text.AsSpan(sentence.Start, sentence.Length)))
        {
            var at = sentence.Start + m.Index;
            if (at >= trigger.End && at < end)
            {
                end = at;
            }
            else if (at + m.Length <= trigger.Start && at > start)
            {
                start = at;
            }
        }

        return new TextSpan(start, end);
    }

    [GeneratedRegex(@"(?:,\s*(?:which|who|whom|where|while|when|although|though)\b|\bafter\b|\bbefore\b|;)")]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"^,\s*(?:which|who|whom|whose)\b")]
    private static partial Regex RelativeOpener();

    [GeneratedRegex(@",\s*(?:which|who|whom|whose|where)\b")]
    private static partial Regex RelativeAnywhere();

    private static readonly SearchValues<string> AttributionWords = SearchValues.Create(["said", "says", "report", "told", "announced", "according"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> StateWords = SearchValues.Create(["still", "increasingly", "now", "currently", "continu", "remain"], StringComparison.OrdinalIgnoreCase);

    /// <summary>A report attributed to a source: "…, Reuters said", "the army said it had…", "according to…".</summary>
    [GeneratedRegex(@"\b(?:said|says|reported|reports|told|announced|according\s+to)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Attributed();

    /// <summary>A state at the time of writing: "were still", "increasingly", "now", "continue to".</summary>
    [GeneratedRegex(@"\b(?:still|increasingly|now|currently|continu(?:e|es|ed|ing)|remain(?:s|ed|ing)?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CurrentState();
}
