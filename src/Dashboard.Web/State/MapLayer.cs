namespace Dashboard.Web.State;

/// <summary>The map's switchable layers, named as in the <c>layers=</c> parameter.</summary>
public static class MapLayer
{
    public const string Events = "events";
    public const string Mentions = "mentions";
    public const string Areas = "areas";
    public const string Arrows = "arrows";

    public static IReadOnlyList<string> All { get; } = [Events, Arrows, Areas, Mentions];
}
