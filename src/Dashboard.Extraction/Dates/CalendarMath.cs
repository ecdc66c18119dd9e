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
    /// The year of a day-and-month written without one: the publication year, unless that puts it more than a week
    /// after publication, when news means last year's ("on December 30" in an article of 3 January).
    /// </summary>
    public static int InferYear(DateOnly published, int month, int day)
    {
        var year = published.Year;
        return DateOnly.TryParse($"{year:D4}-{month:D2}-{Math.Min(day, 28):D2}", System.Globalization.CultureInfo.InvariantCulture, out var candidate)
            && candidate > published.AddDays(7) ? year - 1 : year;
    }
}
