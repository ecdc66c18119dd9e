using System.Text.Json;

namespace Dashboard.Cli.Commands;

/// <summary>The texts of a JSON-lines file of articles (<c>{"id": …, "text": …}</c>, as GeoWebNews), by id.</summary>
internal static class GoldTexts
{
    public static Dictionary<string, string> Read(string path)
    {
        var byId = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path).Where(l => l.Length > 0))
        {
            using var row = JsonDocument.Parse(line);
            if (row.RootElement.TryGetProperty("id", out var id) && row.RootElement.TryGetProperty("text", out var text) && text.GetString() is { Length: > 0 } t)
            {
                byId[id.GetString()!] = t;
            }
        }

        return byId;
    }

    /// <summary>
    /// The annotated articles of a folder of POLICY.md files or of a span-form file (<c>gold-spans</c>), as JSON
    /// documents the caller disposes.
    /// </summary>
    public static IEnumerable<JsonDocument> Annotations(string source) =>
        (Directory.Exists(source)
            ? Directory.GetFiles(source, "*.json").Order(StringComparer.Ordinal).Select(File.ReadAllText)
            : File.ReadLines(source).Where(l => l.Length > 0))
        .Select(json => JsonDocument.Parse(json));

    /// <summary>The annotated happenings of each article of <paramref name="source"/> whose text is in <paramref name="texts"/>.</summary>
    public static IEnumerable<(string Id, List<GoldHappening> Gold)> Happenings(string source, IReadOnlyDictionary<string, string> texts)
    {
        foreach (var gold in Annotations(source))
        {
            using (gold)
            {
                var root = gold.RootElement;
                if (!root.TryGetProperty("id", out var idElement) || idElement.GetString() is not { } id || !texts.TryGetValue(id, out var text)
                    || !root.TryGetProperty("events", out var events) || events.ValueKind != JsonValueKind.Array)
                {
                    continue;
                }

                yield return (id, events.EnumerateArray().Select(e => GoldHappening.Read(e, text)).ToList());
            }
        }
    }
}
