using System.Globalization;

namespace Dashboard.Cli.Commands;

/// <summary>
/// <c>agree-events REFERENCE OTHER --texts FILE.jsonl</c>: how far two annotations of the same articles agree (POLICY.md
/// folders or span-form files, in any mix), paired exactly as <c>eval-events</c> pairs the extractor's events with the
/// gold (<see cref="HappeningPairs"/>). OTHER is judged against REFERENCE: its precision is the share of its happenings
/// that REFERENCE has too, its recall the share of REFERENCE's that it has. Two careful annotators' F1 is the ceiling
/// an extractor can be asked to reach on the same policy, and tells whether two gold sets were annotated alike.
/// </summary>
internal sealed class AgreeEventsCommand : ICommand
{
    public string Name => "agree-events";

    public string Summary => "agree-events REFERENCE OTHER --texts FILE.jsonl: agreement of two annotations of every happening, scored as eval-events scores";

    public async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length != 4 || args[2] != "--texts" || args[0].StartsWith("--", StringComparison.Ordinal) || args[1].StartsWith("--", StringComparison.Ordinal))
        {
            await stderr.WriteLineAsync("usage: agree-events REFERENCE OTHER --texts FILE.jsonl (each a folder of POLICY.md files or a span-form file)");
            return ExitCodes.Usage;
        }

        var (reference, other, texts) = (args[0], args[1], args[3]);
        var missing = new[] { reference, other }.FirstOrDefault(g => !Directory.Exists(g) && !File.Exists(g)) ?? (File.Exists(texts) ? null : texts);
        if (missing is not null)
        {
            await stderr.WriteLineAsync($"{missing}: not found.");
            return ExitCodes.DataMissing;
        }

        var byId = GoldTexts.Read(texts);
        var second = GoldTexts.Happenings(other, byId).GroupBy(a => a.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Gold, StringComparer.Ordinal);
        var byType = new SortedDictionary<string, (int Reference, int Other, int Matched)>(StringComparer.Ordinal);
        var (articles, retyped) = (0, 0);
        foreach (var (id, first) in GoldTexts.Happenings(reference, byId))
        {
            if (!second.Remove(id, out var next))
            {
                continue;
            }

            articles++;
            var paired = HappeningPairs.Assign(HappeningPairs.Compatible(first, next), first.Count, next.Count);
            var matchedReference = new HashSet<int>(paired.Where(p => p >= 0));
            foreach (var h in first)
            {
                var c = byType.GetValueOrDefault(h.Type);
                byType[h.Type] = c with { Reference = c.Reference + 1 };
            }

            for (var i = 0; i < next.Count; i++)
            {
                var c = byType.GetValueOrDefault(next[i].Type);
                byType[next[i].Type] = c with { Other = c.Other + 1, Matched = c.Matched + (paired[i] >= 0 ? 1 : 0) };
                if (paired[i] < 0 && first.Where((h, j) => !matchedReference.Contains(j) && h.Type != next[i].Type).Any(h => Overlaps(h, next[i])))
                {
                    retyped++; // the same sentence, read as a happening of another type
                }
            }
        }

        if (articles == 0)
        {
            await stderr.WriteLineAsync($"no article is annotated in both {reference} and {other} with its text in {texts}.");
            return ExitCodes.DataMissing;
        }

        var all = new PrecisionRecall(byType.Values.Sum(t => t.Matched), byType.Values.Sum(t => t.Other), byType.Values.Sum(t => t.Reference));
        await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"agreement, {articles} articles annotated in both: precision {all.Precision:F3} ({all.Matched}/{all.System}), recall {all.Recall:F3} ({all.Matched}/{all.Gold}), F1 {all.F1:F3}"));
        await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"unmatched happenings of the second annotation told by a sentence the reference types otherwise: {retyped}"));
        await stdout.WriteLineAsync("per type (reference / other / matched: precision recall F1):");
        foreach (var (type, (r, o, m)) in byType.OrderByDescending(t => t.Value.Reference).ThenBy(t => t.Key, StringComparer.Ordinal))
        {
            var s = new PrecisionRecall(m, o, r);
            await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {type,-16} {r,4} / {o,4} / {m,4}: {s.Precision:F3} {s.Recall:F3} {s.F1:F3}"));
        }

        return ExitCodes.Ok;
    }

    private static bool Overlaps(GoldHappening a, GoldHappening b) =>
        a.Spans.Any(x => b.Spans.Any(y => Math.Min(x.End, y.End) > Math.Max(x.Start, y.Start)));
}
