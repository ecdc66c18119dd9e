namespace Dashboard.Core.Events;

/// <summary>
/// Where an event's date comes from, so an analyst can tell a stated date from an inferred one.
/// </summary>
public enum DateBasis
{
    /// <summary>The event's own clause says when ("on Sunday", "over the past week").</summary>
    Stated = 0,

    /// <summary>An earlier sentence of the same paragraph, or an earlier event the sentence refers to ("Following the protests, …").</summary>
    Carried = 1,

    /// <summary>
    /// The article's news day (the day its dated happenings most often fall on): used for an undated lead, a report
    /// attributed to a source ("…, the agency said") and a state at the time of writing ("still", "increasingly").
    /// </summary>
    NewsDay = 2,
}
