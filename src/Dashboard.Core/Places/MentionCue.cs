namespace Dashboard.Core.Places;

/// <summary>Why the recogniser took a span for a place.</summary>
public enum MentionCue
{
    /// <summary>A place name ("Nairobi").</summary>
    Name,

    /// <summary>An adjective or demonym ("Russian", "Kenyans").</summary>
    Demonym,

    /// <summary>A language named after a people ("English").</summary>
    Language,

    /// <summary>A name standing for a government or institution ("Madrid said").</summary>
    Metonymy,

    /// <summary>
    /// A name inside the name of an outlet, company, party, team or other body that is not the state ("Washington" in
    /// "Washington Post", "France" in "France 24"): neither a place nor the state acting.
    /// </summary>
    Embedded,

    /// <summary>A shared boundary ("Poland's border with Belarus", "the Belarus border").</summary>
    Border,

    /// <summary>A facility, street or landmark the gazetteer lacks ("Tahrir Square").</summary>
    Landmark,

    /// <summary>
    /// A name inside the name of a government body or armed force ("U.S." in "U.S. State Department", "Kenya" in "Kenya
    /// Defence Forces"): the state acting through it, not a place.
    /// </summary>
    StateBody,
}
