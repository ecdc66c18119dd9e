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
        var t = draft.Type;
        var features = new List<string>(24)
        {
            "type:" + t,
            $"status:{t}:{draft.Status}",
        };
        var actor = draft.Actors.Count == 0 ? "none" : Kind(draft.Actors[0]);
        features.Add($"actor:{actor}");
        features.Add($"actor:{t}:{actor}");
        if (draft.Actors.Count > 0 && roles.TryGetValue(draft.Actors[0], out var role))
        {
            features.Add($"role:{role}");
        }

        var targets = draft.Targets.Count > 0 ? "some" : "none";
        features.Add($"targets:{targets}");
        features.Add($"targets:{t}:{targets}");
        var place = draft.Place is { } p ? p.Precision.ToString() : "none";
        features.Add($"place:{place}");
        features.Add($"place:{t}:{place}");
        features.Add($"date:{(draft.When is null ? "none" : draft.Basis.ToString())}");
        if (draft.Quantities.Count > 0)
        {
            features.Add($"amount:{t}");
        }

        var told = reports >= 3 ? "3+" : reports.ToString(System.Globalization.CultureInfo.InvariantCulture);
        features.Add($"reports:{told}");
        features.Add($"reports:{t}:{told}");
        if (draft.Lead)
        {
            features.Add("lead");
            features.Add($"lead:{t}");
        }

        var sentence = draft.Evidence.Span;
        if (Quoted(text, sentence, draft.Trigger))
        {
            features.Add($"quoted:{t}");
        }

        if (draft.Trigger.Length > 0 && draft.Trigger.End <= text.Length)
        {
            features.Add($"trigger:{t}:{draft.Trigger.Slice(text).ToLowerInvariant()}");
        }

        features.Add("position:" + passageIndex switch { <= 1 => "0-1", <= 4 => "2-4", <= 9 => "5-9", _ => "10+" });
        var all = mix.Values.Sum();
        var share = all == 0 ? 0 : (double)mix.GetValueOrDefault(t) / all;
        features.Add($"share:{t}:{(share < 0.15 ? "low" : share < 0.4 ? "mid" : "high")}");
        var conflict = Conflict.Sum(c => mix.GetValueOrDefault(c));
        features.Add($"conflict:{t}:{(conflict == 0 ? "0" : conflict <= 2 ? "1-2" : "3+")}");
        features.Add("events:" + all switch { <= 2 => "1-2", <= 5 => "3-5", <= 10 => "6-10", _ => "11+" });
        var words = Words(text, sentence);
        features.Add("length:" + words switch { < 12 => "short", < 30 => "mid", _ => "long" });
        return features;
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
