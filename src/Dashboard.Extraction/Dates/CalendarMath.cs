using Dashboard.Core.Time;

namespace Dashboard.Extraction.Dates;

/// <summary>Date arithmetic relative to a publication date; weeks run Monday to Sunday (ISO 8601).</summary>
internal static class CalendarMath
{
    /// <summary>The most recent <paramref name="day"/> on or before <paramref name="reference"/>.</summary>
    public static DateOnly OnOrBefore(DateOnly reference, DayOfWeek day) =>
        reference.AddDays(-(((int)reference.DayOfWeek - (int)day + 7) % 7));

    /// <summary>The first <paramref name="day"/> strictly after <paramref name="reference"/>.</summary>
    public static DateOnly After(DateOnly reference, DayOfWeek day)
    {
        var delta = ((int)day - (int)reference.DayOfWeek + 7) % 7;
        return reference.AddDays(delta == 0 ? 7 : delta);
    }

    public static DateOnly WeekStart(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    public static DateInterval Week(DateOnly anyDay)
    {
        var start = WeekStart(anyDay);
        return new DateInterval(start, start.AddDays(6), TimePrecision.Week);
    }

    public static DateInterval Month(int year, int month) =>
        new(new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)), TimePrecision.Month);

    public static DateInterval Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), TimePrecision.Year);

    /// <summary>
    /// The year of a day-and-month written without one: the latest such day on or before a week after publication
    /// ("on December 30" in an article of 3 January is last year's), unless the day falls within
    /// <see cref="FutureReach"/> days after publication, where news announces what is coming ("the drills will run from
    /// Feb. 10" in an article of 18 January; "talks on January 5" in an article of 28 December is next year's).
    /// </summary>
    public static int InferYear(DateOnly published, int month, int day)
    {
        for (var year = published.Year; year <= published.Year + 1; year++)
        {
            var ahead = new DateOnly(year, month, Math.Min(day, DateTime.DaysInMonth(year, month))).DayNumber - published.DayNumber;
            if (ahead is >= 0 and <= FutureReach)
            {
                return year;
            }
        }

        var candidate = new DateOnly(published.Year, month, Math.Min(day, DateTime.DaysInMonth(published.Year, month)));
        return candidate > published.AddDays(7) ? published.Year - 1 : published.Year;
    }

    /// <summary>
    /// How many days after publication a day-and-month may lie and still be read as coming (planned exercises, a summit
    /// next month): six weeks. Farther ahead, news almost always means the past ("resumed March 9" in January: last March).
    /// </summary>
    private const int FutureReach = 42;
}
