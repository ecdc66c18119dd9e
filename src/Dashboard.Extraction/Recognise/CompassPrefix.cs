namespace Dashboard.Extraction.Recognise;

/// <summary>
/// A capitalised compass word before a place's name ("West Wales", "Eastern Ghouta", "South Venezuela"): part of the
/// mention (the part of the place the text means), resolved as the place after it when the whole is no gazetteer name.
/// </summary>
internal static class CompassPrefix
{
    private static readonly string[] Points = ["North", "South", "East", "West", "Central"];

    /// <summary>Whether <paramref name="word"/> is a capitalised compass word ("West", "Eastern", "North-West", "Northeastern", "Central").</summary>
    public static bool Is(ReadOnlySpan<char> word)
    {
        foreach (var point in Points)
        {
            if (word.StartsWith(point, StringComparison.Ordinal))
            {
                var rest = word[point.Length..];
                return rest.IsEmpty || rest is "ern" or "-East" or "-West" or "east" or "west" or "-Eastern" or "-Western" or "eastern" or "western";
            }
        }

        return false;
    }

    /// <summary>The place's name after a leading compass word and one space ("Wales" of "West Wales"), or null.</summary>
    public static string? Rest(string surface)
    {
        var space = surface.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && space < surface.Length - 1 && Is(surface.AsSpan(0, space)) ? surface[(space + 1)..] : null;
    }
}
