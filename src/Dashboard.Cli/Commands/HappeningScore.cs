using Dashboard.Core.Extraction;
using System.Globalization;
using System.Text.Json;
using Dashboard.Core.Events;
using Dashboard.Core.Text;
using Dashboard.Extraction.Pipeline;
using Dashboard.Geo.Gazetteer;

namespace Dashboard.Cli.Commands;

/// <summary>
/// Scores events against gold that lists every happening (../shared/gold-events, POLICY.md there), so that precision is
/// measured as well as recall. A system event and a gold event match when their types are the same and the system
/// event's evidence overlaps the gold sentence or one of the sentences that retell it (<c>also</c>); the pairing is one
/// to one, best overlap first, so that a happening told twice and extracted twice counts once as right and once as a
/// false positive. Among matched pairs, actors, place, date (only where the gold gives one) and amount are scored.
/// </summary>
/// <param name="gazetteer">When given, a gold actor that is a country's name or alias ("Turkey", "Czech Republic") also
/// matches that country as the system names it ("Türkiye", "Czechia").</param>
internal sealed class HappeningScore(GeoGazetteer? gazetteer = null)
{
    private readonly Dictionary<string, (int Gold, int System, int Matched)> _byType = new(StringComparer.Ordinal);
    private readonly List<string> _falsePositives = [];
    private readonly List<string> _misses = [];
    private readonly List<string> _wrongFields = [];
    private int _gold;
    private int _system;
    private int _matched;
    private int _statements;
    private int _retellings;
    private int _actorRight;
    private int _actorScored;
    private int _placeRight;
    private int _placeScored;
    private int _dateRight;
    private int _dateScored;
    private int _amountRight;
    private int _amountScored;

    public int Articles { get; private set; }

    /// <summary>Scores one article: its text, its gold events (JSON array) and what the pipeline extracted.</summary>
    public void Add(string id, string text, JsonElement goldEvents, ExtractionResult result)
    {
        Articles++;
        var gold = goldEvents.EnumerateArray().Select(g => Gold.Read(g, text)).ToList();
        var system = result.Events;
        _gold += gold.Count;
        _system += system.Count;
        _statements += system.Count(e => e.Type == "statement");
        foreach (var g in gold)
        {
            Count(g.Type, gold: 1);
        }

        foreach (var e in system)
        {
            Count(e.Type, system: 1);
        }

        // Every compatible pair with its overlap, best first; each event is used once.
        var pairs = HappeningPairs.Compatible(gold.Select(g => new GoldHappening(g.Type, g.Spans)).ToList(), system);
        var paired = HappeningPairs.Assign(pairs, gold.Count, system.Count);
        var goldUsed = new bool[gold.Count];
        var systemUsed = new bool[system.Count];
        for (var si = 0; si < system.Count; si++)
        {
            if (paired[si] is var gi and >= 0)
            {
                goldUsed[gi] = systemUsed[si] = true;
                _matched++;
                Count(gold[gi].Type, matched: 1);
                ScoreFields(id, gold[gi], system[si], result);
            }
        }

        for (var gi = 0; gi < gold.Count; gi++)
        {
            if (!goldUsed[gi])
            {
                _misses.Add($"  missed {id} {gold[gi].Type} [{string.Join(", ", gold[gi].Actors)}] — {Shorten(gold[gi].Evidence)}");
            }
        }

        for (var si = 0; si < system.Count; si++)
        {
            if (!systemUsed[si])
            {
                var e = system[si];
                var retelling = pairs.Exists(p => p.System == si && goldUsed[p.Gold]);
                _retellings += retelling ? 1 : 0;
                var sentence = e.Evidence.Count == 0 ? string.Empty : e.Evidence[0].Span.Slice(text);
                var actors = e.Actors.Select(a => result.Actors.FirstOrDefault(x => x.Id == a)?.Name ?? a);
                _falsePositives.Add($"  false positive{(retelling ? " (retelling)" : string.Empty)} {id} {e.Type} [{string.Join(", ", actors)}] — {Shorten(sentence)}");
            }
        }
    }

    private void Count(string type, int gold = 0, int system = 0, int matched = 0)
    {
        var (g, s, m) = _byType.GetValueOrDefault(type);
        _byType[type] = (g + gold, s + system, m + matched);
    }

    private void ScoreFields(string id, Gold gold, NewsEvent e, ExtractionResult result)
    {
        if (gold.Actors.Count > 0)
        {
            _actorScored++;
            var names = e.Actors.Concat(e.Targets).Select(a => result.Actors.FirstOrDefault(x => x.Id == a)?.Name).OfType<string>().ToList();
            var ids = e.Actors.Concat(e.Targets).ToHashSet(StringComparer.Ordinal);
            var right = gold.Actors.Any(g => names.Any(n => SameName(g, n)) || CountryOf(g) is { } iso2 && ids.Contains("country:" + iso2));
            _actorRight += right ? 1 : 0;
            if (!right)
            {
                _wrongFields.Add($"  actor wrong {id} {e.Type} [{string.Join(", ", names)}] expected [{string.Join(", ", gold.Actors)}] — {Shorten(gold.Evidence)}");
            }
        }

        if (gold.Place is { } place)
        {
            _placeScored++;
            var names = new[] { e.Place?.Choice?.Name, e.Place?.Mention.Surface }.OfType<string>().ToList();
            var right = names.Exists(n => SameName(place, n));
            _placeRight += right ? 1 : 0;
            if (!right)
            {
                var basis = e.Place is null ? string.Empty : $" ({e.PlaceBasis.ToString().ToLowerInvariant()})";
                _wrongFields.Add($"  place wrong {id} {e.Type} [{e.Place?.Choice?.Name}{basis}] expected [{place}] — {Shorten(gold.Evidence)}");
            }
        }

        if (gold.Date is { } date)
        {
            _dateScored++;
            var right = e.When is { } when && (when.ToString() == date || (date.Length == 10 && when.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) == date && when.Start == when.End));
            _dateRight += right ? 1 : 0;
            if (!right)
            {
                var basis = e.When is null ? string.Empty : $" ({e.DateBasis.ToString().ToLowerInvariant()})";
                _wrongFields.Add($"  date wrong {id} {e.Type} [{e.When}{basis}] expected [{date}] — {Shorten(gold.Evidence)}");
            }
        }

        if (gold.Amount is { } amount)
        {
            _amountScored++;
            var right = e.Quantities.Any(q => q.Value == amount || (q.Min <= amount && amount <= q.Max));
            _amountRight += right ? 1 : 0;
            if (!right)
            {
                _wrongFields.Add(string.Create(CultureInfo.InvariantCulture,
                    $"  amount wrong {id} {e.Type} [{string.Join("; ", e.Quantities.Select(q => $"{q.Value ?? q.Min} {q.Unit}"))}] expected [{amount}] — {Shorten(gold.Evidence)}"));
            }
        }
    }

    /// <summary>The ISO alpha-2 code of the country a name or alias names, or null.</summary>
    private string? CountryOf(string name)
    {
        if (gazetteer is null)
        {
            return null;
        }

        foreach (var r in gazetteer.Refs(name))
        {
            if (r.Table == Dashboard.Core.Geography.PlaceKind.Country)
            {
                return gazetteer.Countries[r.Index].Iso2;
            }
        }

        return null;
    }

    private static bool SameName(string gold, string system)
    {
        var g = NameKey.Of(gold);
        var s = NameKey.Of(system);
        return g.Length > 0 && s.Length > 0 && (g == s || g.Contains(s, StringComparison.Ordinal) || s.Contains(g, StringComparison.Ordinal));
    }

    /// <summary>One line: precision, recall and F1 over every happening, and the share of statements, after a label.</summary>
    public async Task PrintSummaryAsync(TextWriter output, string label)
    {
        var s = new PrecisionRecall(_matched, _system, _gold);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{label}: precision {s.Precision:F3} ({_matched}/{_system}), recall {s.Recall:F3} ({_matched}/{_gold}), F1 {s.F1:F3}; statements {(_system == 0 ? 0 : (double)_statements / _system):F3}"));
    }

    /// <param name="alongside">Another scoring of the same articles (the events a filter keeps), given one line after this one's summary.</param>
    public async Task PrintAsync(TextWriter output, bool listErrors, (HappeningScore Score, string Label)? alongside = null)
    {
        static string F(double x) => x.ToString("F3", CultureInfo.InvariantCulture);
        static (double P, double R, double F1) Prf(int matched, int system, int gold) =>
            new PrecisionRecall(matched, system, gold) is var s ? (s.Precision, s.Recall, s.F1) : default;

        static string Share(int part, int whole) => whole == 0 ? "-" : string.Create(CultureInfo.InvariantCulture, $"{(double)part / whole:F3} ({part}/{whole})");

        var (precision, recall, f1) = Prf(_matched, _system, _gold);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"every happening, {Articles} articles: precision {F(precision)} ({_matched}/{_system}), recall {F(recall)} ({_matched}/{_gold}), F1 {F(f1)}"));
        await output.WriteLineAsync($"statements among extracted events: {Share(_statements, _system)}");
        if (alongside is var (other, label))
        {
            await other.PrintSummaryAsync(output, label);
        }

        await output.WriteLineAsync($"false positives that retell a happening already matched (duplicates): {Share(_retellings, _system - _matched)}");
        await output.WriteLineAsync($"among matched — actor: {Share(_actorRight, _actorScored)}; place: {Share(_placeRight, _placeScored)}; date (where the text gives one): {Share(_dateRight, _dateScored)}; amount: {Share(_amountRight, _amountScored)}");
        await output.WriteLineAsync("per type (gold / extracted / matched: precision recall F1):");
        foreach (var (type, (g, s, m)) in _byType.OrderByDescending(t => t.Value.Gold).ThenBy(t => t.Key, StringComparer.Ordinal))
        {
            var (p, r, f) = Prf(m, s, g);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {type,-16} {g,4} / {s,4} / {m,4}: {F(p)} {F(r)} {F(f)}"));
        }

        if (listErrors)
        {
            foreach (var line in _misses.Concat(_falsePositives).Concat(_wrongFields))
            {
                await output.WriteLineAsync(line);
            }
        }
    }

    private static string Shorten(string? s) => GoldSentences.Shorten(s, 110);

    /// <summary>One gold event as scored: its type, where its sentences are, and the fields.</summary>
    private sealed record Gold(string Type, string Evidence, IReadOnlyList<TextSpan> Spans, IReadOnlyList<string> Actors, string? Place, string? Date, double? Amount)
    {
        public static Gold Read(JsonElement g, string text)
        {
            // Either form: a POLICY.md event quotes its sentences, a span-form event (gold-spans) says where they stand.
            var spans = GoldHappening.Read(g, text).Spans;
            var evidence = g.TryGetProperty("evidence", out var quoted) ? quoted.GetString() ?? string.Empty
                : spans.Count > 0 ? spans[0].Slice(text) : string.Empty;
            var actors = g.TryGetProperty("actors", out var a) && a.ValueKind == JsonValueKind.Array
                ? a.EnumerateArray().Select(x => x.GetString()).OfType<string>().ToList() : [];
            string? String(string name) => g.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            double? amount = null;
            if (g.TryGetProperty("quantity", out var q) && q.ValueKind == JsonValueKind.Object)
            {
                foreach (var unit in q.EnumerateObject().Take(1))
                {
                    amount = unit.Value.ValueKind == JsonValueKind.Number ? unit.Value.GetDouble() : null;
                }
            }

            return new Gold(g.GetProperty("type").GetString() ?? "other", evidence, spans, actors, String("place"), String("date"), amount);
        }
    }
}
