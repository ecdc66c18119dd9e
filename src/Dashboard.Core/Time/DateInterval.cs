using System.Globalization;

namespace Dashboard.Core.Time;

/// <summary>An inclusive range of calendar days, with the precision it is known to.</summary>
public readonly record struct DateInterval
{
    public DateInterval(DateOnly start, DateOnly end, TimePrecision precision)
    {
        if (end < start)
        {
            throw new ArgumentException($"Interval ends ({end:yyyy-MM-dd}) before it starts ({start:yyyy-MM-dd}).", nameof(end));
        }

        Start = start;
        End = end;
        Precision = precision;
    }

    public DateOnly Start { get; }

    public DateOnly End { get; }

    public TimePrecision Precision { get; }

    public static DateInterval Day(DateOnly day) => new(day, day, TimePrecision.Day);

    public bool IsSingleDay => Start == End;

    /// <summary>"2022-01-09", or "2022-01-03/2022-01-09" for a span (ISO 8601 interval).</summary>
    public override string ToString() => IsSingleDay
        ? Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{Start:yyyy-MM-dd}/{End:yyyy-MM-dd}");
}
