namespace Dashboard.Core.Time;

/// <summary>
/// How exactly a date is known, after ACLED's time precision codes (1 = day, 2 = week, 3 = month); year is added for
/// expressions such as "in 2014".
/// </summary>
public enum TimePrecision
{
    Day = 1,
    Week = 2,
    Month = 3,
    Year = 4,
}
