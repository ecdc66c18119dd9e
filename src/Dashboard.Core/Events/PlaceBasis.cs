namespace Dashboard.Core.Events;

/// <summary>
/// Where an event's place comes from, so an analyst can tell a place the sentence gives from one inferred from the text
/// around it.
/// </summary>
public enum PlaceBasis
{
    /// <summary>The event's own sentence says where it happened ("troops arrived in Lyon").</summary>
    Stated = 0,

    /// <summary>
    /// The sentence says where nothing happened ("the minister said…", "there", "the protests"): the place the text around
    /// it is set in: a city or region its sentence names, else the article's dateline, else a country its sentence names,
    /// the last place named before it, or the country the article is about.
    /// </summary>
    Context = 1,
}
