using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Dashboard.Core.Events;
using Dashboard.Core.Text;

namespace Dashboard.Extraction.Events;

/// <summary>
/// Who speaks in a sentence rather than acting in its happening: the subject of a reporting verb that comes before the
/// happening ("Officer Ana Lima says the suspect was arrested": Lima reports the arrest, she did not make it), and private
/// people, whom news style names with their age ("Rui Costa, 38, told reporters…", "a 33-year-old resident said").
/// </summary>
internal static partial class Speakers
{
    /// <summary>
    /// Removes from a happening's actors those that only speak: actors before a reporting verb that stands before the
    /// trigger, unless a pronoun right after the verb takes them up as the doer ("Police said they arrested two men").
    /// </summary>
    public static void RemoveReporters(
        string text,
        TextSpan trigger,
        List<(string Type, string Status, TextSpan Span)> triggers,
        FrozenSet<string> reportingVerbs,
        List<(string Id, ActorKind Kind, TextSpan Span)> actors,
        TextSpan sentence,
        List<string> sources)
    {
        if (sources.Count == 0)
        {
            return;
        }

        var reporting = reportingVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
        TextSpan? verb = null;
        foreach (var t in triggers)
        {
            if (t.Type == "statement" && t.Span.End <= trigger.Start && reporting.Contains(text.AsSpan(t.Span.Start, t.Span.Length)))
            {
                verb = t.Span;
            }
        }

        if (verb is not { } said || PronounAfter().IsMatch(text.AsSpan(said.End, Math.Min(PronounReach, sentence.End - said.End))))
        {
            return;
        }

        sources.RemoveAll(id => actors.Exists(a => a.Id == id && sentence.Contains(a.Span) && a.Span.End <= said.Start)
            && !actors.Exists(a => a.Id == id && sentence.Contains(a.Span) && a.Span.Start >= said.End && a.Span.End <= trigger.Start));
    }

    /// <summary>The role events give a person named as a private individual.</summary>
    public const string PrivateRole = "private";

    /// <summary>Whether a person is named as a private individual: with an age after the name (", 38,") or before it ("33-year-old").</summary>
    public static bool IsPrivatePerson(string text, TextSpan name)
    {
        var before = Math.Max(0, name.Start - AgeReach);
        return AgeAfter().IsMatch(text.AsSpan(name.End, Math.Min(AgeReach, text.Length - name.End)))
            || AgeBefore().IsMatch(text.AsSpan(before, name.Start - before));
    }

    /// <summary>How far after a reporting verb a pronoun subject is looked for.</summary>
    private const int PronounReach = 16;

    /// <summary>How far around a name an age is looked for.</summary>
    private const int AgeReach = 32;

    [GeneratedRegex(@"\A\s*(?:that\s+)?(?:it|they|he|she|we|its|their|his|her)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PronounAfter();

    [GeneratedRegex(@"\A\s*,\s*\d{1,3}\s*,")]
    private static partial Regex AgeAfter();

    [GeneratedRegex(@"\b\d{1,3}-year-old\s+(?:[a-z]+\s+){0,2}\z")]
    private static partial Regex AgeBefore();
}
