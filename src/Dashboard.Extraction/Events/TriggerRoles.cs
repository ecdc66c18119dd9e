using System.Text.RegularExpressions;
using Dashboard.Core.Text;

namespace Dashboard.Extraction.Events;

/// <summary>
/// Triggers that fill a role inside another trigger's phrase and tell no happening of their own: the offence a charge
/// names ("charged with murder in the stabbing death of…" is the charge, not a killing told here), and what a request or
/// an offer asks for or offers ("a request to meet", "asked Oslo to send troops", "offered to mediate": the meeting and
/// the sending have not happened).
/// </summary>
internal static partial class TriggerRoles
{
    /// <summary>How far (in characters) a request or an offer reaches to the infinitive it governs.</summary>
    private const int ComplementReach = 80;

    /// <summary>Removes the triggers that only name an offence or the object of a request or an offer.</summary>
    public static void RemoveDependents(string text, TextSpan sentence, List<(string Type, string Status, TextSpan Span)> triggers)
    {
        if (triggers.Count == 0)
        {
            return;
        }

        foreach (var charge in Charge().EnumerateMatches(text.AsSpan(sentence.Start, sentence.Length)))
        {
            var from = sentence.Start + charge.Index + charge.Length;
            var until = OffenceEnd(text, from, sentence.End);
            triggers.RemoveAll(t => t.Type is not "arrest" && t.Span.Start >= from && t.Span.Start < until);
        }

        triggers.RemoveAll(t => IsComplement(text, sentence, t, triggers));
    }

    /// <summary>
    /// Whether a trigger is the infinitive a request or an offer governs in its clause: "request to meet", "asked Oslo to
    /// send troops", "pledged to deliver".
    /// </summary>
    private static bool IsComplement(string text, TextSpan sentence, (string Type, string Status, TextSpan Span) trigger, List<(string Type, string Status, TextSpan Span)> triggers)
    {
        if (!AfterTo(text, sentence.Start, trigger.Span.Start))
        {
            return false;
        }

        foreach (var g in triggers)
        {
            if ((g.Type == "request_support" || g.Status == "offered") && g.Span.End <= trigger.Span.Start
                && trigger.Span.Start - g.Span.End <= ComplementReach
                && text.AsSpan(g.Span.End, trigger.Span.Start - g.Span.End).IndexOfAny(';', '.') < 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool AfterTo(string text, int floor, int at)
    {
        var end = at;
        while (end > floor && text[end - 1] == ' ')
        {
            end--;
        }

        return end - 2 >= floor && text.AsSpan(end - 2, 2).Equals("to", StringComparison.OrdinalIgnoreCase)
            && (end - 2 == floor || !char.IsLetter(text[end - 3]));
    }

    /// <summary>Where the offence a charge names ends: at a word that opens another clause ("after", "when", "police said") or a semicolon.</summary>
    private static int OffenceEnd(string text, int from, int sentenceEnd)
    {
        var m = OffenceBreak().Match(text, from, sentenceEnd - from);
        return m.Success ? m.Index : sentenceEnd;
    }

    /// <summary>The words that introduce the offence of a charge, a conviction or a suspicion.</summary>
    [GeneratedRegex(@"\b(?:charged\s+with|convicted\s+of|acquitted\s+of|guilty\s+of|suspicion\s+of|charges?\s+(?:of|including|that\s+include)|counts?\s+of|(?:indicted|sentenced)\s+(?:for|on))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Charge();

    [GeneratedRegex(@";|\b(?:after|when|which|who|where|following|because|before|while|since|during|but|said|says|according)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OffenceBreak();
}
