using Dashboard.Core.Events;
using Dashboard.Core.Text;

namespace Dashboard.Extraction.Events.Confidence;

/// <summary>
/// What the confidence model knows of a candidate: binary features named "kind:value" (type, status, the kind of its
/// first actor and its role, targets, place precision, how it is dated, amounts, how many sentences tell it, lead,
/// inside a quotation, the trigger word, where in the article, the article's mix of types, sentence length). Crossed
/// with the type where a cue means different things for different types (an actor-less statement, a place-less
/// meeting), and then also given uncrossed (how many sentences tell it, lead, targets, place precision), so that a type
/// rarely seen with a cue in training still gets the cue's general weight. Only what the rules already computed is read:
/// no second pass over the text.
/// </summary>
internal static class EventFeatures
{
    private static readonly string[] Conflict = ["violence", "casualties", "deploy", "build_up", "withdraw"];

    /// <param name="draft">The first report of the event (the one the event takes its fields from).</param>
    /// <param name="reports">How many sentences tell the event.</param>
    /// <param name="text">The document's text.</param>
    /// <param name="passageIndex">Where the first report's passage stands among the document's passages.</param>
    /// <param name="roles">Group and organisation kinds by actor id (military, civilians, organisation:political…).</param>
    /// <param name="mix">How many reports of each type the document has, before merging.</param>
    public static IReadOnlyList<string> Of(
        EventDraft draft, int reports, string text, int passageIndex, IReadOnlyDictionary<string, string> roles, IReadOnlyDictionary<string, int> mix)
    {
        var list = new FeatureList();
        Emit(draft, reports, text, passageIndex, roles, mix, list);
        return list.Features;
    }

    /// <summary>
    /// Gives the features, in the order <see cref="Of"/> lists them, to a sink: the pipeline's scorer reads them from a
    /// buffer on the stack, so that scoring every event allocates no feature strings.
    /// </summary>
    public static void Emit<TSink>(
        EventDraft draft, int reports, string text, int passageIndex, IReadOnlyDictionary<string, string> roles, IReadOnlyDictionary<string, int> mix, TSink sink)
        where TSink : IFeatureSink
    {
        var t = draft.Type;
        Span<char> buffer = stackalloc char[160];
        void Put(Span<char> b, ReadOnlySpan<char> kind, ReadOnlySpan<char> value, bool crossed)
        {
            // "kind:value" or "kind:type:value"; a feature too long for the buffer (a very long trigger) is made on the heap.
            var length = kind.Length + 1 + (crossed ? t.Length + 1 : 0) + value.Length;
            var target = length <= b.Length ? b[..length] : new char[length];
            kind.CopyTo(target);
            var at = kind.Length;
            target[at++] = ':';
            if (crossed)
            {
                t.AsSpan().CopyTo(target[at..]);
                at += t.Length;
                target[at++] = ':';
            }

            value.CopyTo(target[at..]);
            sink.Add(target);
        }

        Put(buffer, "type", t, crossed: false);
        Put(buffer, "status", draft.Status.ToString(), crossed: true);
        var actor = draft.Actors.Count == 0 ? "none" : Kind(draft.Actors[0]);
        Put(buffer, "actor", actor, crossed: false);
        Put(buffer, "actor", actor, crossed: true);
        if (draft.Actors.Count > 0 && roles.TryGetValue(draft.Actors[0], out var role))
        {
            Put(buffer, "role", role, crossed: false);
        }

        var targets = draft.Targets.Count > 0 ? "some" : "none";
        Put(buffer, "targets", targets, crossed: false);
        Put(buffer, "targets", targets, crossed: true);
        var place = draft.Place is { } p ? p.Precision.ToString() : "none";
        Put(buffer, "place", place, crossed: false);
        Put(buffer, "place", place, crossed: true);
        Put(buffer, "date", draft.When is null ? "none" : draft.Basis.ToString(), crossed: false);
        if (draft.Quantities.Count > 0)
        {
            Put(buffer, "amount", t, crossed: false);
        }

        var told = reports switch { >= 3 => "3+", 2 => "2", 1 => "1", _ => reports.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        Put(buffer, "reports", told, crossed: false);
        Put(buffer, "reports", told, crossed: true);
        if (draft.Lead)
        {
            sink.Add("lead");
            Put(buffer, "lead", t, crossed: false);
        }

        var sentence = draft.Evidence.Span;
        if (Quoted(text, sentence, draft.Trigger))
        {
            Put(buffer, "quoted", t, crossed: false);
        }

        if (draft.Trigger.Length > 0 && draft.Trigger.End <= text.Length)
        {
            Span<char> word = draft.Trigger.Length <= 64 ? stackalloc char[draft.Trigger.Length] : new char[draft.Trigger.Length];
            text.AsSpan(draft.Trigger.Start, draft.Trigger.Length).ToLowerInvariant(word);
            Put(buffer, "trigger", word, crossed: true);
        }

        Put(buffer, "position", passageIndex switch { <= 1 => "0-1", <= 4 => "2-4", <= 9 => "5-9", _ => "10+" }, crossed: false);
        var all = 0;
        foreach (var (_, count) in mix)
        {
            all += count;
        }

        var share = all == 0 ? 0 : (double)mix.GetValueOrDefault(t) / all;
        Put(buffer, "share", share < 0.15 ? "low" : share < 0.4 ? "mid" : "high", crossed: true);
        var conflict = 0;
        foreach (var c in Conflict)
        {
            conflict += mix.GetValueOrDefault(c);
        }

        Put(buffer, "conflict", conflict == 0 ? "0" : conflict <= 2 ? "1-2" : "3+", crossed: true);
        Put(buffer, "events", all switch { <= 2 => "1-2", <= 5 => "3-5", <= 10 => "6-10", _ => "11+" }, crossed: false);
        var words = Words(text, sentence);
        Put(buffer, "length", words switch { < 12 => "short", < 30 => "mid", _ => "long" }, crossed: false);
    }

    /// <summary>"country", "org", "person", "group" from an actor id ("group:troops:FR").</summary>
    private static string Kind(string id)
    {
        var colon = id.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? "other" : id[..colon];
    }

    /// <summary>Whether the trigger stands inside a quotation: an odd number of quotation marks before it in its sentence.</summary>
    private static bool Quoted(string text, TextSpan sentence, TextSpan trigger)
    {
        if (trigger.Length == 0 || trigger.Start < sentence.Start || trigger.Start > text.Length)
        {
            return false;
        }

        var (open, close, straight) = (0, 0, 0);
        for (var i = sentence.Start; i < trigger.Start; i++)
        {
            switch (text[i])
            {
                case '“':
                    open++;
                    break;
                case '”':
                    close++;
                    break;
                case '"':
                    straight++;
                    break;
            }
        }

        return open > close || straight % 2 == 1;
    }

    private static int Words(string text, TextSpan sentence)
    {
        var (count, inWord) = (0, false);
        for (var i = sentence.Start; i < sentence.End && i < text.Length; i++)
        {
            var letter = char.IsLetterOrDigit(text[i]);
            count += letter && !inWord ? 1 : 0;
            inWord = letter;
        }

        return count;
    }
}
