using System.Text.Json;
using Dashboard.Core.Text;

namespace Dashboard.Cli.Commands;

/// <summary>One annotated happening as the pairing needs it: its type and where its sentences stand in the text.</summary>
internal sealed record GoldHappening(string Type, IReadOnlyList<TextSpan> Spans)
{
    /// <summary>From an event of either form: with "spans", the span form; otherwise a POLICY.md event.</summary>
    public static GoldHappening Read(JsonElement g, string text) => g.TryGetProperty("spans", out _) ? FromSpans(g, text.Length) : FromPolicy(g, text);

    /// <summary>From an event of a POLICY.md file: its evidence and the sentences that retell it (<c>also</c>), located in the text.</summary>
    public static GoldHappening FromPolicy(JsonElement g, string text)
    {
        var sentences = new List<string> { g.GetProperty("evidence").GetString() ?? string.Empty };
        if (g.TryGetProperty("also", out var also) && also.ValueKind == JsonValueKind.Array)
        {
            sentences.AddRange(also.EnumerateArray().Select(a => a.GetString()).OfType<string>());
        }

        return new GoldHappening(g.GetProperty("type").GetString() ?? "other", sentences.Select(s => GoldSentences.Locate(text, s)).OfType<TextSpan>().ToList());
    }

    /// <summary>From the span form ({"type": "...", "spans": [[start, end], …]}), which quotes no text.</summary>
    public static GoldHappening FromSpans(JsonElement g, int textLength)
    {
        var t = g.TryGetProperty("type", out var type) && type.GetString() is { Length: > 0 } name ? name : "other";
        var list = new List<TextSpan>();
        if (!g.TryGetProperty("spans", out var spans) || spans.ValueKind != JsonValueKind.Array)
        {
            return new GoldHappening(t, list);
        }

        foreach (var span in spans.EnumerateArray())
        {
            if (span.ValueKind == JsonValueKind.Array && span.GetArrayLength() == 2 && span[0].TryGetInt32(out var start) && span[1].TryGetInt32(out var end)
                && start >= 0 && end > start && end <= textLength)
            {
                list.Add(new TextSpan(start, end));
            }
        }

        return new GoldHappening(t, list);
    }
}
