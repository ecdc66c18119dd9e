using System.Globalization;
using System.Text.Json;

namespace Dashboard.Cli.Commands;

/// <summary>
/// <c>gold-spans GOLD_DIR --texts FILE.jsonl --out FILE.jsonl</c>: writes annotations of every happening (POLICY.md
/// files, which quote their sentences) in the span form, which quotes no text: one line per article,
/// <c>{"id", "events": [{"type", "actors", "targets", "place", "date", "quantity", "spans": [[start, end], …]}]}</c>, the
/// spans being where the evidence and the sentences that retell it stand in the article's text (UTF-16, half-open).
/// Annotations of texts that must stay outside the repository can so be kept in it; <c>eval-events</c> and
/// <c>train-events</c> read either form.
/// </summary>
internal sealed class GoldSpansCommand : ICommand
{
    private static readonly string[] Fields = ["type", "actors", "targets", "place", "date", "date_precision", "quantity"];

    public string Name => "gold-spans";

    public string Summary => "gold-spans GOLD_DIR --texts FILE.jsonl --out FILE.jsonl: annotations in the span form, which quotes no text";

    public async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length != 5 || args[1] != "--texts" || args[3] != "--out")
        {
            await stderr.WriteLineAsync("usage: gold-spans GOLD_DIR --texts FILE.jsonl --out FILE.jsonl");
            return ExitCodes.Usage;
        }

        var (folder, texts, output) = (args[0], args[2], args[4]);
        if (!Directory.Exists(folder) || !File.Exists(texts))
        {
            await stderr.WriteLineAsync($"{(Directory.Exists(folder) ? texts : folder)}: not found.");
            return ExitCodes.DataMissing;
        }

        var byId = GoldTexts.Read(texts);
        var articles = new List<(int Number, string Id, string Json)>();
        var unlocated = 0;
        foreach (var file in Directory.GetFiles(folder, "*.json"))
        {
            using var gold = JsonDocument.Parse(await File.ReadAllTextAsync(file));
            var root = gold.RootElement;
            if (!root.TryGetProperty("id", out var idElement) || idElement.GetString() is not { } id || !root.TryGetProperty("events", out var events))
            {
                continue;
            }

            if (!byId.TryGetValue(id, out var text))
            {
                await stderr.WriteLineAsync($"{file}: no text with id {id} in {texts}; skipped.");
                continue;
            }

            using var buffer = new MemoryStream();
            await using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                writer.WriteString("id", id);
                writer.WriteStartArray("events");
                foreach (var e in events.EnumerateArray())
                {
                    var happening = GoldHappening.FromPolicy(e, text);
                    unlocated += happening.Spans.Count == 0 ? 1 : 0;
                    writer.WriteStartObject();
                    foreach (var field in Fields)
                    {
                        if (e.TryGetProperty(field, out var value))
                        {
                            writer.WritePropertyName(field);
                            value.WriteTo(writer);
                        }
                    }

                    writer.WriteStartArray("spans");
                    foreach (var span in happening.Spans)
                    {
                        writer.WriteStartArray();
                        writer.WriteNumberValue(span.Start);
                        writer.WriteNumberValue(span.End);
                        writer.WriteEndArray();
                    }

                    writer.WriteEndArray();
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            var number = int.TryParse(id.AsSpan(id.LastIndexOf('-') + 1), CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue;
            articles.Add((number, id, System.Text.Encoding.UTF8.GetString(buffer.ToArray())));
        }

        await File.WriteAllLinesAsync(output, articles.OrderBy(a => a.Number).ThenBy(a => a.Id, StringComparer.Ordinal).Select(a => a.Json));
        await stdout.WriteLineAsync($"{articles.Count} articles written to {output}{(unlocated > 0 ? $"; {unlocated} happenings whose sentences were not found in the text have no spans" : string.Empty)}");
        return ExitCodes.Ok;
    }
}
