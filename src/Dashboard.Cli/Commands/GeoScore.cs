using System.Globalization;
using System.Text.Json;
using Dashboard.Core.Geography;
using Dashboard.Core.Places;
using Dashboard.Geo.Gazetteer;

namespace Dashboard.Cli.Commands;

/// <summary>Accumulates GeoWebNews-style scores; gold offsets are Unicode code points, the system's UTF-16.</summary>
internal sealed class GeoScore(List<string>? errors)
{
    private const double Km161 = 161;
    private const double MaxErrorKm = 20039;
    private static readonly string[] Groups = ["literal", "associative", "all"];

    private readonly Dictionary<string, Counts> _counts = Groups.ToDictionary(g => g, _ => new Counts());

    /// <summary>One TSV row per miss when asked for: document, what (FN, FP, FAR), surface, km, gold type, system choice, context.</summary>
    public List<string>? Errors => errors;

    public void Add(string id, string text, JsonElement toponyms, IReadOnlyList<ResolvedPlace> places, GoldUnits units)
    {
        var toUtf16 = CodePointMap(text);
        var system = places.Where(p => p.Mention.Cue != MentionCue.Border)
            .GroupBy(p => (p.Mention.Span.Start, p.Mention.Span.End)).ToDictionary(g => g.Key, g => g.First());
        var goldSpans = new HashSet<(int, int)>();
        foreach (var t in toponyms.EnumerateArray())
        {
            if (!t.GetProperty("eval_geotagging").GetBoolean())
            {
                continue;
            }

            var (start, end) = (t.GetProperty("start").GetInt32(), t.GetProperty("end").GetInt32());
            var span = start >= 0 && end >= start && end < toUtf16.Length ? (toUtf16[start], toUtf16[end]) : (-1, -1);
            goldSpans.Add(span);
            var group = t.GetProperty("type").GetString() == "literal" ? "literal" : "associative";
            system.TryGetValue(span, out var found);
            if (found is null)
            {
                Log(id, "FN", text, span, t.GetProperty("surface").GetString(), 0, t.GetProperty("fine_type").GetString(), null);
            }
            else if (t.GetProperty("eval_geocoding").GetBoolean())
            {
                var (km, same) = Error(t, found, units);
                if (km > Km161 && !same)
                {
                    Log(id, "FAR", text, span, found.Mention.Surface, km, t.GetProperty("fine_type").GetString(), found);
                }
            }

            foreach (var g in new[] { group, "all" })
            {
                var c = _counts[g];
                c.Gold++;
                if (found is not null)
                {
                    c.GoldFound++;
                }

                if (t.GetProperty("eval_geocoding").GetBoolean())
                {
                    c.Geocodable++;
                    if (found is not null)
                    {
                        var (km, sameUnit) = Error(t, found, units);
                        c.Errors.Add(km);
                        if (km <= Km161 || sameUnit)
                        {
                            c.SameUnit++;
                        }
                    }
                }
            }
        }

        foreach (var (span, place) in system)
        {
            var hit = goldSpans.Contains(span);
            if (!hit)
            {
                Log(id, "FP", text, span, place.Mention.Surface, 0, null, place);
            }

            foreach (var g in new[] { place.Mention.Literal ? "literal" : "associative", "all" })
            {
                _counts[g].System++;
                if (hit)
                {
                    _counts[g].SystemCorrect++;
                }
            }
        }
    }

    public async Task PrintAsync(TextWriter output)
    {
        await output.WriteLineAsync("group        gold  P      R      F1     | geocodable recognised  acc@161  same-unit  AUC    | end-to-end acc@161  same-unit");
        foreach (var g in Groups)
        {
            var c = _counts[g];
            var p = c.System == 0 ? 0 : (double)c.SystemCorrect / c.System;
            var r = c.Gold == 0 ? 0 : (double)c.GoldFound / c.Gold;
            var f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
            var n = c.Errors.Count;
            var acc = n == 0 ? 0 : c.Errors.Count(e => e <= Km161) / (double)n;
            var same = n == 0 ? 0 : c.SameUnit / (double)n;
            var auc = n == 0 ? 0 : c.Errors.Average(e => Math.Log(e + 1) / Math.Log(MaxErrorKm + 1));
            var e2e = c.Geocodable == 0 ? 0 : c.Errors.Count(e => e <= Km161) / (double)c.Geocodable;
            var e2eSame = c.Geocodable == 0 ? 0 : c.SameUnit / (double)c.Geocodable;
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{g,-12} {c.Gold,5}  {p:F3}  {r:F3}  {f1:F3}  | {c.Geocodable,10} {n,10}  {acc:F3}    {same:F3}      {auc:F3}  | {e2e:F3}               {e2eSame:F3}"));
        }
    }

    private void Log(string id, string what, string text, (int Start, int End) span, string? surface, double km, string? goldType, ResolvedPlace? system)
    {
        if (errors is null)
        {
            return;
        }

        var from = Math.Max(0, span.Start - 50);
        var to = Math.Min(text.Length, Math.Max(span.End, span.Start) + 50);
        var context = span.Start < 0 ? string.Empty : text[from..to].ReplaceLineEndings(" ").Replace('\t', ' ');
        var choice = system is null ? string.Empty : $"{system.Mention.Cue}/{system.Choice?.Id}/{system.Choice?.Name}";
        errors.Add(string.Create(CultureInfo.InvariantCulture, $"{id}\t{what}\t{surface}\t{km:F0}\t{goldType}\t{choice}\t{context}"));
    }

    private static (double Km, bool SameUnit) Error(JsonElement gold, ResolvedPlace found, GoldUnits units)
    {
        var choice = found.Choice;
        if (choice?.Point is not { } point)
        {
            return (MaxErrorKm, false);
        }

        var km = new GeoPoint(gold.GetProperty("lat").GetDouble(), gold.GetProperty("lon").GetDouble()).DistanceKm(point);
        var sameUnit = false;
        if (gold.TryGetProperty("geonames_id", out var idElement) && idElement.ValueKind == JsonValueKind.Number
            && units.Get(idElement.GetInt32()) is { } unit)
        {
            sameUnit = unit.Kind switch
            {
                "country" => choice.Kind == PlaceKind.Country && choice.Country == unit.Code,
                "admin1" => choice.Kind == PlaceKind.Admin
                    && (choice.Id == $"admin:{unit.Code}" || (choice.Country == unit.Code[..2] && NameKey.Of(choice.Name) == NameKey.Of(unit.Name))),
                _ => false,
            };
        }

        return (km, sameUnit);
    }

    private static int[] CodePointMap(string text)
    {
        var map = new List<int>(text.Length + 1);
        for (var i = 0; i < text.Length; i++)
        {
            map.Add(i);
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
        }

        map.Add(text.Length);
        return [.. map];
    }

    private sealed class Counts
    {
        public int Gold { get; set; }

        public int GoldFound { get; set; }

        public int System { get; set; }

        public int SystemCorrect { get; set; }

        public int Geocodable { get; set; }

        public int SameUnit { get; set; }

        public List<double> Errors { get; } = [];
    }
}
