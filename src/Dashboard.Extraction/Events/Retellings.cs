namespace Dashboard.Extraction.Events;

/// <summary>What the retelling rules ask of a happening's first report.</summary>
internal static class Retellings
{
    /// <summary>
    /// Whether the happening was first told in the lead by generic groups only ("Police arrested two people suspected
    /// of…", "Troops were sent to…"): the lead sums up the news without names, so the body's nearby report of the same
    /// type, at an agreeing place, that names who it was ("Detectives arrested the suspects at a home in X", "Y was
    /// charged with…") retells it rather than telling another.
    /// </summary>
    internal static bool GroupInTheLead(EventDraft first) =>
        first.Lead && first.Actors.Count > 0 && first.Actors.All(Generic);

    /// <summary>Whether the word ending at <paramref name="end"/> grades a charge ("second degree rape"): no further happening.</summary>
    internal static bool DegreeOfACharge(string text, int end, int sentenceEnd)
    {
        const string degree = " degree";
        return end + degree.Length <= sentenceEnd && text.AsSpan(end, degree.Length).Equals(degree, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A generic group with no country ("group:police", "group:troops"): nobody in particular.</summary>
    internal static bool Generic(string id) =>
        id.StartsWith("group:", StringComparison.Ordinal) && id.IndexOf(':', "group:".Length) < 0;
}
