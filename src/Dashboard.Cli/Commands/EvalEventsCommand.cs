using Dashboard.Core.Extraction;
using System.Globalization;
using System.Text.Json;
using Dashboard.Core.Events;
using Dashboard.Core.Results;
using Dashboard.Core.Text;
using Dashboard.Extraction.Events.Confidence;
using Dashboard.Extraction.Pipeline;
using Dashboard.Geo.Data;
using Dashboard.Geo.Gazetteer;

namespace Dashboard.Cli.Commands;

/// <summary>
/// <c>eval-events GOLD_DIR TEXT_DIR [--model MODEL.tsv [--threshold P]]</c>: scores events against hand annotations in the format of shared/gold/*.json.
/// <c>eval-events GOLD --texts FILE.jsonl [--list] [--model MODEL.tsv [--threshold P]]</c>: scores against gold that lists every happening
/// (a folder of POLICY.md files such as shared/gold-events, or a span-form file of <c>gold-spans</c>; texts by id from the JSON-lines file), with precision (<see cref="HappeningScore"/>).
/// A gold event is found when a system event has an equivalent type, shares an actor (when the gold names any) and
/// its evidence overlaps the gold sentence; among those found, place, date (to its precision) and quantity are scored.
/// Without <c>--model</c>, the every-happening form also gives one line for what the map shows with "Hide doubtful events"
/// (the events the shipped confidence model keeps), so a run reports both figures.
/// </summary>
internal sealed class EvalEventsCommand : ICommand
{
    public string Name => "eval-events";

    public string Summary => "eval-events GOLD_DIR TEXT_DIR | GOLD_DIR|SPANS.jsonl --texts FILE.jsonl [--list], either with [--model MODEL.tsv [--threshold P]]: score events against hand annotations";

    public async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length >= 3 && args[1] == "--texts")
        {
            var filter = await FilterAsync(args, stderr);
            return filter.IsSuccess
                ? await RunEveryHappeningAsync(args[0], args[2], args.Contains("--list"), filter.Value, stdout, stderr)
                : ExitCodes.Usage;
        }

        if (args.Length < 2 || args.Length > 2 && args[2] != "--model")
        {
            await stderr.WriteLineAsync("usage: eval-events GOLD_DIR TEXT_DIR [--model MODEL.tsv [--threshold P]] (e.g. ../shared/gold ../shared/seeds)");
            return ExitCodes.Usage;
        }

        var demoFilter = await FilterAsync(args, stderr);
        if (!demoFilter.IsSuccess)
        {
            return ExitCodes.Usage;
        }

        if (!Directory.Exists(args[0]) || !Directory.Exists(args[1]))
        {
            await stderr.WriteLineAsync($"{(Directory.Exists(args[0]) ? args[1] : args[0])}: no such folder.");
            return ExitCodes.DataMissing;
        }

        var pipeline = PipelineLoader.Load();
        if (!pipeline.IsSuccess)
        {
            await stderr.WriteLineAsync(pipeline.Error);
            return ExitCodes.DataMissing;
        }

        var score = new EventScore();
        foreach (var goldFile in Directory.GetFiles(args[0], "*.json").Order(StringComparer.Ordinal))
        {
            using var gold = JsonDocument.Parse(await File.ReadAllTextAsync(goldFile));
            var root = gold.RootElement;
            if (!root.TryGetProperty("events", out var events) || !root.TryGetProperty("text_file", out var textFile))
            {
                continue;
            }

            var textPath = Path.Combine(args[1], textFile.GetString()!);
            if (!File.Exists(textPath))
            {
                await stderr.WriteLineAsync($"{goldFile}: its text {textPath} is missing; skipped.");
                continue;
            }

            var text = await File.ReadAllTextAsync(textPath);
            DateOnly? published = root.TryGetProperty("publication_date", out var p) && DateOnly.TryParse(p.GetString(), CultureInfo.InvariantCulture, out var d) ? d : null;
            var result = Filtered(pipeline.Value, text, published, pipeline.Value.Extract(text, published), demoFilter.Value);
            foreach (var goldEvent in events.EnumerateArray())
            {
                score.Add(Path.GetFileName(goldFile), text, goldEvent, result);
            }

            score.AddArticle(result);
        }

        await score.PrintAsync(stdout);
        return ExitCodes.Ok;
    }

    /// <summary>
    /// The optional filter of <c>--model MODEL.tsv [--threshold P]</c>: a model written by <c>train-events --out</c>, whose
    /// candidates below its threshold (or P) are dropped before scoring, to measure what such a filter would do on
    /// articles it was not fitted on; the probability is rounded to three decimals as the pipeline stores it, so the
    /// shipped model at its own threshold keeps what the map keeps. No model: every event is scored (success with null).
    /// </summary>
    private static async Task<Result<EventConfidenceModel?>> FilterAsync(string[] args, TextWriter stderr)
    {
        var at = Array.IndexOf(args, "--model");
        if (at < 0)
        {
            return Result<EventConfidenceModel?>.Success(null);
        }

        if (at + 1 >= args.Length || !File.Exists(args[at + 1]))
        {
            await stderr.WriteLineAsync($"--model: {(at + 1 < args.Length ? args[at + 1] + ": not found" : "a model file written by train-events --out is needed")}.");
            return Result<EventConfidenceModel?>.Failure("--model");
        }

        var model = EventConfidenceModel.Parse(await File.ReadAllLinesAsync(args[at + 1]));
        if (!model.IsSuccess)
        {
            await stderr.WriteLineAsync($"{args[at + 1]}: {model.Error}");
            return Result<EventConfidenceModel?>.Failure(model.Error ?? "malformed model");
        }

        var t = Array.IndexOf(args, "--threshold");
        if (t < 0)
        {
            return Result<EventConfidenceModel?>.Success(model.Value);
        }

        if (t + 1 >= args.Length || !double.TryParse(args[t + 1], NumberStyles.Float, CultureInfo.InvariantCulture, out var threshold) || threshold is < 0 or > 1)
        {
            await stderr.WriteLineAsync("--threshold: a probability between 0 and 1 is needed (e.g. 0.55).");
            return Result<EventConfidenceModel?>.Failure("--threshold");
        }

        return Result<EventConfidenceModel?>.Success(new EventConfidenceModel(model.Value.Bias, model.Value.Weights, threshold));
    }

    /// <summary>The extraction with the events a filter drops taken out (the candidates are the same events, by id).</summary>
    private static ExtractionResult Filtered(NewsPipeline pipeline, string text, DateOnly? published, ExtractionResult result, EventConfidenceModel? model)
    {
        if (model is null)
        {
            return result;
        }

        var kept = pipeline.ExtractCandidates(text, published).Where(c => model.Keeps(Math.Round(model.Probability(c.Features), 3))).Select(c => c.Event.Id).ToHashSet(StringComparer.Ordinal);
        return result with { Events = [.. result.Events.Where(e => kept.Contains(e.Id))] };
    }

    private static async Task<int> RunEveryHappeningAsync(string goldDirectory, string texts, bool list, EventConfidenceModel? model, TextWriter stdout, TextWriter stderr)
    {
        var goldExists = Directory.Exists(goldDirectory) || File.Exists(goldDirectory);
        if (!goldExists || !File.Exists(texts))
        {
            await stderr.WriteLineAsync($"{(goldExists ? texts : goldDirectory)}: not found.");
            return ExitCodes.DataMissing;
        }

        var pipeline = PipelineLoader.Load();
        if (!pipeline.IsSuccess)
        {
            await stderr.WriteLineAsync(pipeline.Error);
            return ExitCodes.DataMissing;
        }

        var byId = new Dictionary<string, (string Text, ExtractionResult Result)>(StringComparer.Ordinal);
        var (all, statements) = (0, 0);
        foreach (var (id, t) in GoldTexts.Read(texts))
        {
            var extracted = Filtered(pipeline.Value, t, null, pipeline.Value.Extract(t, null), model);
            byId[id] = (t, extracted);
            all += extracted.Events.Count;
            statements += extracted.Events.Count(e => e.Type == "statement");
        }

        var geo = DataRoot.Locate(Environment.GetEnvironmentVariable("Dashboard__DataRoot")) is { IsSuccess: true } dataRoot && PipelineLoader.LoadGeo(dataRoot.Value) is { IsSuccess: true } loaded
            ? loaded.Value.Gazetteer : null;
        var score = new HappeningScore(geo);
        // With no model of its own, the run also scores what the map shows with "Hide doubtful events": the events the
        // pipeline's shipped model scores at or above its threshold, so both figures come from one run.
        var shipped = model is null ? pipeline.Value.Lexicons.Confidence : null;
        var shown = shipped is null ? null : new HappeningScore(geo);
        foreach (var gold in GoldTexts.Annotations(goldDirectory))
        {
            using var _ = gold;
            var root = gold.RootElement;
            if (!root.TryGetProperty("id", out var id) || !root.TryGetProperty("events", out var events))
            {
                continue;
            }

            if (!byId.TryGetValue(id.GetString()!, out var article))
            {
                await stderr.WriteLineAsync($"{goldDirectory}: no text with id {id.GetString()} in {texts}; skipped.");
                continue;
            }

            // Extracted once, above; a gold file that gives a publication date is extracted again against it.
            var result = root.TryGetProperty("publication_date", out var p) && DateOnly.TryParse(p.GetString(), CultureInfo.InvariantCulture, out var d)
                ? Filtered(pipeline.Value, article.Text, d, pipeline.Value.Extract(article.Text, d), model) : article.Result;
            score.Add(id.GetString()!, article.Text, events, result);
            shown?.Add(id.GetString()!, article.Text, events, result with { Events = [.. result.Events.Where(e => e.Confidence is not { } c || shipped!.Keeps(c))] });
        }

        await score.PrintAsync(stdout, list, shown is null ? null : (shown, string.Create(CultureInfo.InvariantCulture,
            $"with doubtful events hidden (confidence below the shipped model's threshold {shipped!.Threshold:0.###}, as the map's \"Hide doubtful events\")")));

        await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"statements among all events extracted from the {byId.Count} texts of {Path.GetFileName(texts)}: {(all == 0 ? 0 : (double)statements / all):F3} ({statements}/{all})"));
        return ExitCodes.Ok;
    }

    /// <summary>Accumulates the event scores and the list of misses.</summary>
    private sealed class EventScore
    {
        private readonly List<string> _misses = [];
        private readonly List<string> _wrong = [];
        private int _gold;
        private int _found;
        private int _place;
        private int _inferred;
        private int _date;
        private int _quantity;
        private int _articles;
        private int _extracted;
        private readonly HashSet<NewsEvent> _matched = [];

        public void AddArticle(ExtractionResult result)
        {
            _articles++;
            _extracted += result.Events.Count;
        }

        public void Add(string file, string text, JsonElement gold, ExtractionResult result)
        {
            _gold++;
            var evidence = GoldSentences.Locate(text, gold.GetProperty("evidence").GetString() ?? string.Empty);
            var type = Normalise(gold.GetProperty("type").GetString());
            var actors = gold.GetProperty("actors").EnumerateArray().Select(a => a.GetString() ?? string.Empty).ToList();
            var match = result.Events.FirstOrDefault(e => Normalise(e.Type) == type
                && evidence is { } span && e.Evidence.Any(x => x.Span.Overlaps(span))
                && (actors.Count == 0 || e.Actors.Concat(e.Targets).Any(id => actors.Any(a => SameActor(a, id, result)))));
            if (match is null)
            {
                _misses.Add($"  missed {file}: {type} {string.Join(", ", actors)} — {Shorten(gold.GetProperty("evidence").GetString())}");
                return;
            }

            _found++;
            _matched.Add(match);
            var (place, date, quantity) = (SamePlace(gold, match), SameDate(gold, match), SameQuantity(gold, match));
            _place += place ? 1 : 0;
            _inferred += gold.GetProperty("place").ValueKind == JsonValueKind.Null && match.Place is not null && match.PlaceBasis == PlaceBasis.Context ? 1 : 0;
            _date += date ? 1 : 0;
            _quantity += quantity ? 1 : 0;
            if (!place || !date || !quantity)
            {
                var wrong = new List<string>();
                if (!place)
                {
                    wrong.Add($"place {match.Place?.Choice?.Name ?? "none"} (gold {Text(gold, "place")})");
                }

                if (!date)
                {
                    wrong.Add($"date {match.When?.ToString() ?? "none"} {match.When?.Precision.ToString().ToLowerInvariant()} (gold {Text(gold, "date")} {Text(gold, "date_precision")})");
                }

                if (!quantity)
                {
                    wrong.Add($"quantity {string.Join("; ", match.Quantities)} (gold {gold.GetProperty("quantity")})");
                }

                _wrong.Add($"  wrong {file} {type}: {string.Join(", ", wrong)} — {Shorten(gold.GetProperty("evidence").GetString())}");
            }
        }

        public async Task PrintAsync(TextWriter output)
        {
            static string Share(int part, int whole) => whole == 0 ? "-" : string.Create(CultureInfo.InvariantCulture, $"{(double)part / whole:F3} ({part}/{whole})");
            await output.WriteLineAsync($"events recall: {Share(_found, _gold)}");
            await output.WriteLineAsync($"among found — place: {Share(_place, _found)}; date: {Share(_date, _found)}; quantity: {Share(_quantity, _found)}");
            await output.WriteLineAsync($"places inferred from the text around a sentence where the annotation gives none: {_inferred}");
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"extracted: {_extracted} events in {_articles} annotated articles, {_matched.Count} of them matching an annotated event (the annotations list the main happenings only, so the rest are not all wrong)"));
            foreach (var line in _misses.Concat(_wrong))
            {
                await output.WriteLineAsync(line);
            }
        }

        private static string Text(JsonElement gold, string name) =>
            gold.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "none";

        /// <summary>Equivalent types: talks are meetings; positioning forces (build_up) is a deployment to a place.</summary>
        private static string Normalise(string? type) => type switch
        {
            "talks" => "meeting",
            "build_up" => "deploy",
            null => string.Empty,
            _ => type,
        };

        /// <summary>The annotators' unit words in the system's units.</summary>
        private static string Unit(string gold) => gold.ToLowerInvariant() switch
        {
            "deaths" or "dead" or "killed" or "detained" or "arrested" or "injured" or "wounded" or "protesters" or "people" => "people",
            "soldiers" or "paratroopers" or "troops" => "troops",
            "planes" or "aircraft" => "aircraft",
            var other => other,
        };

        private static bool SameActor(string gold, string id, ExtractionResult result)
        {
            var actor = result.Actors.FirstOrDefault(a => a.Id == id);
            if (actor is null)
            {
                return false;
            }

            var g = NameKey.Of(gold);
            var s = NameKey.Of(actor.Name);
            var initials = new string(actor.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).Select(w => w[0]).ToArray());
            return g == s || s.Contains(g, StringComparison.Ordinal) || g.Contains(s, StringComparison.Ordinal)
                || string.Equals(gold, initials, StringComparison.OrdinalIgnoreCase);
        }

        private static bool SamePlace(JsonElement gold, NewsEvent e)
        {
            var goldPlace = gold.GetProperty("place");
            if (goldPlace.ValueKind == JsonValueKind.Null)
            {
                // the annotations give a place only where the sentence states one: a place inferred from the text around
                // it is no contradiction (it is counted apart)
                return e.Place is null || e.PlaceBasis == PlaceBasis.Context;
            }

            if (e.Place?.Choice is not { } choice)
            {
                return false;
            }

            var g = NameKey.Of(goldPlace.GetString() ?? string.Empty);
            var names = new[] { NameKey.Of(choice.Name), NameKey.Of(e.Place.Mention.Surface) };
            return names.Any(n => n.Length > 0 && (g == n || g.Contains(n, StringComparison.Ordinal) || n.Contains(g, StringComparison.Ordinal)));
        }

        private static bool SameDate(JsonElement gold, NewsEvent e)
        {
            var date = gold.GetProperty("date");
            if (date.ValueKind == JsonValueKind.Null)
            {
                return e.When is null;
            }

            return e.When is { } when && when.ToString() == date.GetString()
                && string.Equals(when.Precision.ToString(), gold.GetProperty("date_precision").GetString(), StringComparison.OrdinalIgnoreCase);
        }

        private static bool SameQuantity(JsonElement gold, NewsEvent e)
        {
            var quantity = gold.GetProperty("quantity");
            if (quantity.ValueKind == JsonValueKind.Null)
            {
                return e.Quantities.Count == 0;
            }

            // The first annotated amount is the event's; further keys are breakdowns ("deaths_almaty").
            foreach (var unit in quantity.EnumerateObject().Take(1))
            {
                var expected = unit.Value;
                var ok = e.Quantities.Any(q => q.Unit == Unit(unit.Name) && (expected.ValueKind == JsonValueKind.Number
                    ? q.Value == expected.GetDouble()
                    : q.Value is null && Dashboard.Extraction.Quantities.VagueAmount.Matches(expected.GetString(), q.Min, q.Max)));
                if (!ok)
                {
                    return false;
                }
            }

            return true;
        }

        private static string Shorten(string? s) => GoldSentences.Shorten(s, 90);
    }
}
