using Dashboard.Core.Time;

namespace Dashboard.Extraction.Dates;

/// <summary>
/// The day an undated article gives at its top ("LOS ANGELES, April 05, 2018 (GLOBE NEWSWIRE) --", "16:14, UK, Thursday 05
/// April 2018"): with no publication date known, relative dates ("on Tuesday", "last week") resolve against it, as a
/// reader of the article would (issue 12: "resolve against the publication date, or the dateline").
/// </summary>
public static class Dateline
{
    /// <summary>How far into the text (in characters) a dateline's date may start.</summary>
    public const int Reach = 200;

    /// <summary>The first full date among the first <see cref="Reach"/> characters, or null.</summary>
    public static DateOnly? Day(IReadOnlyList<TimeExpression> dates)
    {
        ArgumentNullException.ThrowIfNull(dates);
        TimeExpression? first = null;
        foreach (var d in dates)
        {
            if (d.Span.Start < Reach && d.Interval.Precision == TimePrecision.Day && d.Interval.IsSingleDay
                && (first is null || d.Span.Start < first.Span.Start))
            {
                first = d;
            }
        }

        return first?.Interval.Start;
    }
}
