using System.Collections.Frozen;

namespace Dashboard.Extraction.Recognise;

/// <summary>
/// Closed-class English words the recogniser reads context from. These are grammar, not knowledge about places, so
/// they live in code; open-class lists (names, titles, head nouns, actor verbs, locating nouns) are lexicon files.
/// </summary>
internal static class ContextWords
{
    /// <summary>Lower-case words allowed inside a multi-word name ("Bosnia and Herzegovina", "Rio de Janeiro").</summary>
    public static readonly FrozenSet<string> Connectors = FrozenSet.ToFrozenSet(
        ["of", "and", "de", "du", "da", "do", "dos", "das", "del", "della", "la", "le", "les", "los", "las", "el", "al", "upon", "on", "the", "am", "an", "der", "den", "van", "von", "y", "e", "sur"],
        StringComparer.Ordinal);

    /// <summary>Prepositions that put the following name at a location.</summary>
    public static readonly FrozenSet<string> Locative = FrozenSet.ToFrozenSet(
        ["in", "at", "near", "from", "to", "outside", "inside", "into", "across", "around", "towards", "toward", "throughout", "via", "through", "between", "within", "off", "beyond", "north", "south", "east", "west", "of"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Days and months: capitalised, never places in running text ("Thursday", "March").</summary>
    public static readonly FrozenSet<string> Calendar = FrozenSet.ToFrozenSet(
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May",
         "June", "July", "August", "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
         "Sep", "Sept", "Oct", "Nov", "Dec", "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun"],
        StringComparer.Ordinal);

    /// <summary>Abbreviations that end in a period inside a name ("St. Louis", "Mt. Everest", "Ft. Worth").</summary>
    public static readonly FrozenSet<string> NameAbbreviations = FrozenSet.ToFrozenSet(["St", "Mt", "Ft", "Pt", "Ste"], StringComparer.Ordinal);
}
