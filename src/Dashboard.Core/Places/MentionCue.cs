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

    /// <summary>A name inside an organisation's or outlet's name ("Washington" in "Washington Post").</summary>
    Embedded,

    /// <summary>A shared boundary ("Poland's border with Belarus", "the Belarus border").</summary>
    Border,

    /// <summary>A facility, street or landmark the gazetteer lacks ("Tahrir Square").</summary>
    Landmark,
}
