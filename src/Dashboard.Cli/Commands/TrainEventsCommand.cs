using System.Globalization;
using System.Text.Json;
using Dashboard.Extraction.Events.Confidence;

namespace Dashboard.Cli.Commands;

/// <summary>
/// <c>train-events --texts FILE.jsonl… [--out MODEL.tsv [--threshold P | --precision P]] [--folds N] GOLD...</c>: fits and measures the
/// model over the rules' event candidates (<see cref="EventFeatures"/>, <see cref="EventConfidenceModel"/>) that tells
/// real happenings from false ones. Each GOLD is a folder of POLICY.md files (shared/gold-events) or a span-form file
/// (<c>gold-spans</c>); texts are looked up by id in every <c>--texts</c> file. Every candidate is labelled by the
/// scorer's pairing; for each regularisation and threshold, cross-validation across articles (each article scored by a
/// model that never saw it) gives the precision and recall a filter would reach, and the best is reported.
/// <c>--out</c> writes the weights fitted on everything, with the best threshold, the one <c>--threshold</c> gives, or with
/// <c>--precision</c> the lowest whose cross-validated precision reaches it (the filter then keeps as much as it can while
/// a precision target holds on articles the model never saw; its thresholds are band edges, multiples of 0.05, which the
/// store counts "hide doubtful events" at from its totals, where a <c>--threshold</c> off an edge makes it read the rows):
/// the pipeline's <c>wwwroot-data/models/event-confidence.tsv</c> is such a file (its README gives the command).
/// </summary>
internal sealed class TrainEventsCommand : ICommand
{
    private static readonly double[] Penalties = [1, 3, 10, 30];

    public string Name => "train-events";

    public string Summary => "train-events --texts FILE.jsonl… [--out MODEL.tsv [--threshold P | --precision P]] [--folds N] GOLD...: fit the events' confidence model (cross-validated)";

    public async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        string? output = null;
        var texts = new List<string>();
        double? fixedThreshold = null, fixedPenalty = null, targetPrecision = null;
        var folds = 5;
        var gold = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--texts" when i + 1 < args.Length:
                    texts.Add(args[++i]);
                    break;
                case "--l2" when i + 1 < args.Length && double.TryParse(args[i + 1], NumberStyles.Float, CultureInfo.InvariantCulture, out var l2) && l2 > 0:
                    fixedPenalty = l2;
                    i++;
                    break;
                case "--threshold" when i + 1 < args.Length && double.TryParse(args[i + 1], NumberStyles.Float, CultureInfo.InvariantCulture, out var t) && t is >= 0 and <= 1:
                    fixedThreshold = t;
                    i++;
                    break;
                case "--precision" when i + 1 < args.Length && double.TryParse(args[i + 1], NumberStyles.Float, CultureInfo.InvariantCulture, out var target) && target is > 0 and <= 1:
                    targetPrecision = target;
                    i++;
                    break;
                case "--out" when i + 1 < args.Length:
                    output = args[++i];
                    break;
                case "--folds" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 2:
                    folds = n;
                    i++;
                    break;
                default:
                    gold.Add(args[i]);
                    break;
            }
        }

        if (texts.Count == 0 || gold.Count == 0 || gold.Any(g => g.StartsWith("--", StringComparison.Ordinal)) || (fixedThreshold is not null && targetPrecision is not null))
        {
            await stderr.WriteLineAsync("usage: train-events --texts FILE.jsonl [--texts FILE.jsonl…] [--out MODEL.tsv [--threshold P | --precision P]] [--folds N≥2] GOLD_DIR|SPANS.jsonl...");
            return ExitCodes.Usage;
        }

        var missing = texts.FirstOrDefault(t => !File.Exists(t)) ?? gold.FirstOrDefault(g => !Directory.Exists(g) && !File.Exists(g));
        if (missing is not null)
        {
            await stderr.WriteLineAsync($"{missing}: not found.");
            return ExitCodes.DataMissing;
        }

        var pipeline = PipelineLoader.Load();
        if (!pipeline.IsSuccess)
        {
            await stderr.WriteLineAsync(pipeline.Error);
            return ExitCodes.DataMissing;
        }

        var byId = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in texts)
        {
            foreach (var (id, text) in GoldTexts.Read(file))
            {
                byId.TryAdd(id, text);
            }
        }

        var articles = new List<Article>();
        foreach (var source in gold)
        {
            foreach (var (id, happenings) in GoldTexts.Happenings(source, byId))
            {
                if (articles.Exists(a => a.Id == id))
                {
                    await stderr.WriteLineAsync($"{source}: {id} is annotated twice; the first annotation is used.");
                    continue;
                }

                var candidates = pipeline.Value.ExtractCandidates(byId[id]);
                var paired = HappeningPairs.Assign(HappeningPairs.Compatible(happenings, candidates.Select(c => c.Event).ToList()), happenings.Count, candidates.Count);
                articles.Add(new Article(id, happenings, candidates.Select((c, i) => (c.Features, paired[i] >= 0)).ToList()));
            }
        }

        if (articles.Count < folds)
        {
            await stderr.WriteLineAsync($"{articles.Count} annotated articles found with texts in {string.Join(", ", texts)}: too few for {folds} folds.");
            return ExitCodes.DataMissing;
        }

        articles.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        var goldCount = articles.Sum(a => a.Gold.Count);
        await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{articles.Count} articles, {goldCount} annotated happenings, {articles.Sum(a => a.Samples.Count)} candidates ({articles.Sum(a => a.Samples.Count(s => s.Happening))} paired with a happening)"));
        await stdout.WriteLineAsync($"cross-validation over {folds} folds of articles: precision recall F1 by threshold");
        var best = (Penalty: Penalties[0], Threshold: 0.0, F1: -1.0);
        var precisions = new List<(double Penalty, double Threshold, double Precision)>();
        foreach (var penalty in fixedPenalty is { } given ? [given] : Penalties)
        {
            var scored = CrossValidate(articles, folds, new LogisticTrainer(l2: penalty));
            var row = new List<string>();
            for (var k = 0; k <= 16; k++)
            {
                var t = k / 20.0; // a band's edge, so that the store counts a link's threshold from its totals
                var kept = scored.Where(s => s.Probability >= t).ToList();
                var matched = kept.Count(s => s.Happening);
                var (p, r) = (kept.Count == 0 ? 0 : (double)matched / kept.Count, goldCount == 0 ? 0 : (double)matched / goldCount);
                var f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
                row.Add(string.Create(CultureInfo.InvariantCulture, $"  l2 {penalty,4} threshold {t:0.00}: P {p:F3} R {r:F3} F1 {f1:F3} (kept {kept.Count})"));
                precisions.Add((penalty, t, p));
                if (f1 > best.F1 + 1e-9)
                {
                    best = (penalty, t, f1);
                }
            }

            foreach (var line in row)
            {
                await stdout.WriteLineAsync(line);
            }
        }

        await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"best: l2 {best.Penalty}, threshold {best.Threshold:0.00}, cross-validated F1 {best.F1:F3} (keeping every candidate: the threshold 0.00 rows)"));
        var reaching = precisions.Where(r => r.Penalty == best.Penalty && r.Precision >= targetPrecision).Select(r => (double?)r.Threshold).FirstOrDefault();
        if (targetPrecision is { } wanted)
        {
            if (reaching is null)
            {
                await stderr.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"No threshold up to 0.80 reaches a cross-validated precision of {wanted:0.###} (l2 {best.Penalty}){(output is null ? "" : "; no model written")}."));
                return ExitCodes.Failed;
            }

            await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"lowest threshold whose cross-validated precision reaches {wanted:0.###}: {reaching:0.00}"));
        }

        if (output is not null)
        {
            var samples = articles.SelectMany(a => a.Samples).ToList();
            var threshold = fixedThreshold ?? reaching ?? best.Threshold;
            var model = new LogisticTrainer(l2: best.Penalty).Train(samples, threshold);
            string[] comments =
            [
                "Logistic weights over EventFeatures, fitted on every candidate of the annotated articles (train-events). Read by the pipeline as models/event-confidence.tsv: each event's confidence; below the threshold an event is doubtful.",
                string.Create(CultureInfo.InvariantCulture, $"{articles.Count} articles ({goldCount} happenings, {samples.Count} candidates) from {string.Join(", ", gold.Select(g => Path.GetFileName(Path.TrimEndingDirectorySeparator(g))))}; l2 {best.Penalty} by {folds}-fold cross-validation; threshold {threshold:0.00} ({(fixedThreshold is not null ? "given by --threshold" : targetPrecision is { } aim ? $"the lowest whose cross-validated precision reaches {aim:0.###}" : "best cross-validated F1")})."),
            ];
            await File.WriteAllLinesAsync(output, model.Format(comments));
            await stdout.WriteLineAsync($"{model.Weights.Count} weights written to {output}");
        }

        return ExitCodes.Ok;
    }

    /// <summary>Each candidate's probability from a model trained without its article.</summary>
    private static List<(double Probability, bool Happening)> CrossValidate(List<Article> articles, int folds, LogisticTrainer trainer)
    {
        var scored = new List<(double, bool)>();
        for (var fold = 0; fold < folds; fold++)
        {
            var f = fold;
            var training = articles.Where((_, i) => i % folds != f).SelectMany(a => a.Samples).ToList();
            var model = trainer.Train(training, 0);
            scored.AddRange(articles.Where((_, i) => i % folds == f).SelectMany(a => a.Samples).Select(s => (model.Probability(s.Features), s.Happening)));
        }

        return scored;
    }

    /// <summary>The annotated articles of a POLICY.md folder or a span-form file, those whose text is known.</summary>
    private sealed record Article(string Id, List<GoldHappening> Gold, List<(IReadOnlyList<string> Features, bool Happening)> Samples);
}
