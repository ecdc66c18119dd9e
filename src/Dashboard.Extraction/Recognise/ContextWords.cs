using System.Collections.Frozen;

namespace Dashboard.Extraction.Recognise;

/// <summary>
/// Closed-class English words the recogniser reads context from. These are grammar, not knowledge about places, so
/// they live in code; open-class lists (names, titles, head nouns) are lexicon files.
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

    /// <summary>Verbs whose subject is an actor, so that a place name before them stands for a government ("Madrid said").</summary>
    public static readonly FrozenSet<string> ActorVerbs = FrozenSet.ToFrozenSet(
        ["said", "says", "say", "told", "tells", "urged", "urges", "warned", "warns", "sent", "sends", "offered", "offers", "announced", "announces",
         "accused", "accuses", "agreed", "agrees", "denied", "denies", "claimed", "claims", "rejected", "rejects", "condemned", "condemns",
         "called", "calls", "demanded", "demands", "insisted", "insists", "threatened", "threatens", "supported", "supports", "backed", "backs",
         "tolerated", "tolerates", "responded", "responds", "argued", "argues", "signed", "signs", "imposed", "imposes", "deployed", "deploys",
         "launched", "launches", "refused", "refuses", "believes", "believed", "described", "describes", "blamed", "blames", "hopes", "fears",
         "wants", "wanted", "sought", "seeks", "vowed", "vows", "pledged", "pledges", "asked", "asks", "expelled", "expels", "recalled",
         "sanctioned", "invaded", "invades", "attacked", "attacks", "has", "had", "will", "would", "could", "should", "must", "can", "cannot",
         "plans", "planned", "intends", "decided", "decides", "helped", "helps", "tried", "tries", "began", "begins", "stood", "watched",
         "hosted", "hosts", "recognised", "recognized", "voted", "votes", "negotiated", "retaliated", "won", "lost", "beat", "defeated"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Participles that make "X-…" stand for X's government or forces ("a Paris-led mission", "Kremlin-backed media",
    /// "a Tehran-funded militia"), not for the place.
    /// </summary>
    public static readonly FrozenSet<string> ActorCompounds = FrozenSet.ToFrozenSet(
        ["led", "backed", "brokered", "sponsored", "allied", "aligned", "funded", "installed", "imposed", "friendly", "controlled",
         "supported", "armed", "trained", "appointed", "organised", "organized", "mediated", "drafted", "owned"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns after an adjective of a country that make it locate something ("Kenyan cities", "French soil").</summary>
    public static readonly FrozenSet<string> LocatingNouns = FrozenSet.ToFrozenSet(
        ["city", "cities", "town", "towns", "village", "villages", "region", "regions", "capital", "border", "borders", "coast", "coastline",
         "soil", "territory", "territories", "province", "provinces", "airspace", "waters", "port", "ports", "country", "countryside",
         "mainland", "island", "islands", "state", "states", "republic", "republics", "frontier", "side", "enclave", "exclave", "steppe"],
        StringComparer.OrdinalIgnoreCase);
}
