using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using Dashboard.Store.Query;
using Microsoft.Extensions.Primitives;

namespace Dashboard.Web.State;

/// <summary>
/// Reads and writes the view state as a query string with readable names:
/// <c>actor</c>, <c>type</c>, <c>doc</c> (repeatable), <c>from</c>, <c>to</c> (YYYY-MM-DD), <c>dates</c> and <c>places</c> (stated),
/// <c>conf</c> (the least confidence, 0 to 0.95 in steps of 0.05), <c>q</c>, <c>sel</c>,
/// <c>read</c>, <c>passage</c>, <c>at</c> (lat,lon,zoom) and <c>layers</c> (comma-separated). Unknown names and values
/// that cannot be read are dropped with a notice; reading never fails.
/// </summary>
public static class ViewStateCodec
{
    /// <summary>The link parameters that filter events (the HTTP API reads these and ignores the view's others).</summary>
    public static IReadOnlySet<string> FilterNames { get; } =
        new[] { "actor", "type", "doc", "from", "to", "dates", "places", "conf", "q" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// A link's confidence in steps of 0.05, at most 0.95 (0.47 → 0.45): the store counts such a threshold from its
    /// running totals (its confidence bands), so every confidence filter a link can ask for stays fast however large the
    /// corpus.
    /// </summary>
    public static double ConfidenceStep(double least) => ViewFilter.CountableConfidence(least);

    public static ViewStateRead Parse(IEnumerable<KeyValuePair<string, StringValues>> query, IReadOnlyCollection<ActorRef> actors, IReadOnlyCollection<string> documentIds, Dashboard.Core.Events.EventTypeCatalog types)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(actors);
        ArgumentNullException.ThrowIfNull(documentIds);
        ArgumentNullException.ThrowIfNull(types);
        var notices = new List<ViewNotice>();
        var state = ViewState.Default;
        var actorKeys = actors.SelectMany(a => new[] { (a.Key, a.Key), (a.Id, a.Key) })
            .DistinctBy(p => p.Item1, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(p => p.Item1, p => p.Item2, StringComparer.OrdinalIgnoreCase);
        var docs = documentIds.ToFrozenSet(StringComparer.Ordinal);
        foreach (var (name, values) in query)
        {
            foreach (var raw in values)
            {
                var value = (raw ?? string.Empty).Trim();
                switch (name)
                {
                    case "actor":
                        if (actorKeys.TryGetValue(value, out var key))
                        {
                            state = state with { Actors = Add(state.Actors, key) };
                        }
                        else
                        {
                            notices.Add(ViewNotice.Invalid(name, value, "no such actor"));
                        }

                        break;
                    case "type":
                        if (types.Contains(value))
                        {
                            state = state with { Types = Add(state.Types, value) };
                        }
                        else
                        {
                            notices.Add(ViewNotice.Invalid(name, value, "not an event type"));
                        }

                        break;
                    case "doc":
                        if (docs.Contains(value))
                        {
                            state = state with { Documents = Add(state.Documents, value) };
                        }
                        else
                        {
                            notices.Add(ViewNotice.Invalid(name, value, "no such document"));
                        }

                        break;
                    case "from" or "to":
                        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                        {
                            state = name == "from" ? state with { From = date } : state with { To = date };
                        }
                        else
                        {
                            notices.Add(ViewNotice.Invalid(name, value, "not a date as YYYY-MM-DD"));
                        }

                        break;
                    case "dates" or "places":
                        if (value is "stated" or "all")
                        {
                            var stated = value == "stated";
                            state = name == "dates" ? state with { StatedDatesOnly = stated } : state with { StatedPlacesOnly = stated };
                        }
                        else
                        {
                            notices.Add(ViewNotice.Invalid(name, value, "not 'stated' or 'all'"));
                        }

                        break;
                    case "conf":
                        if (double.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var least) && least is >= 0 and <= 1)
                        {
                            state = state with { MinConfidence = ConfidenceStep(least) };
                        }
                        else
                        {
                            notices.Add(ViewNotice.Invalid(name, value, "not a confidence between 0 and 1"));
                        }

                        break;
                    case "q":
                        state = state with { Text = value.Length == 0 ? null : value[..Math.Min(value.Length, 200)] };
                        break;
                    case "sel":
                        state = state with { Selection = value.Length == 0 ? null : value };
                        break;
                    case "read":
                        if (docs.Contains(value))
                        {
                            state = state with { Reading = value };
                        }
                        else
                        {
                            notices.Add(ViewNotice.Invalid(name, value, "no such document"));
                        }

                        break;
                    case "passage":
                        state = state with { Passage = value.Length == 0 ? null : value };
                        break;
                    case "at":
                        if (Viewport.TryParse(value) is { } at)
                        {
                            state = state with { At = at };
                        }
                        else
                        {
                            notices.Add(ViewNotice.Invalid(name, value, "not lat,lon,zoom"));
                        }

                        break;
                    case "layers":
                        var layers = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                        var unknown = layers.Where(l => !MapLayer.All.Contains(l)).ToList();
                        if (unknown.Count > 0)
                        {
                            notices.Add(ViewNotice.Invalid(name, string.Join(',', unknown), "not a layer"));
                        }

                        state = state with { Layers = layers.Where(MapLayer.All.Contains).ToFrozenSet(StringComparer.Ordinal) };
                        break;
                    default:
                        notices.Add(ViewNotice.Unknown(name));
                        break;
                }
            }
        }

        if (state.From is { } from && state.To is { } to && to < from)
        {
            notices.Add(ViewNotice.Invalid("to", to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "before 'from'; the range was swapped"));
            state = state with { From = to, To = from };
        }

        return new ViewStateRead(state, notices);
    }

    /// <summary>The query string (with a leading '?', or empty) for a state; defaults are left out.</summary>
    public static string Format(ViewState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var parts = new List<string>();
        parts.AddRange(state.Actors.Select(a => Pair("actor", a)));
        parts.AddRange(state.Types.Select(t => Pair("type", t)));
        parts.AddRange(state.Documents.Select(d => Pair("doc", d)));
        if (state.From is { } from)
        {
            parts.Add(Pair("from", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        if (state.To is { } to)
        {
            parts.Add(Pair("to", to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        if (state.StatedDatesOnly)
        {
            parts.Add(Pair("dates", "stated"));
        }

        if (state.StatedPlacesOnly)
        {
            parts.Add(Pair("places", "stated"));
        }

        if (state.MinConfidence is { } least)
        {
            parts.Add(Pair("conf", least.ToString("0.0#", CultureInfo.InvariantCulture)));
        }

        if (!string.IsNullOrWhiteSpace(state.Text))
        {
            parts.Add(Pair("q", state.Text));
        }

        if (state.Selection is { } sel)
        {
            parts.Add(Pair("sel", sel));
        }

        if (state.Reading is { } read)
        {
            parts.Add(Pair("read", read));
        }

        if (state.Passage is { } passage)
        {
            parts.Add(Pair("passage", passage));
        }

        if (state.At is { } at)
        {
            parts.Add(Pair("at", at.ToString()));
        }

        if (!state.Layers.SetEquals(MapLayer.All))
        {
            parts.Add(Pair("layers", string.Join(',', MapLayer.All.Where(state.Layers.Contains))));
        }

        return parts.Count == 0 ? string.Empty : "?" + string.Join('&', parts);
    }

    /// <summary>The query string of the filters only, for the HTTP API the map fetches from.</summary>
    public static string FilterQuery(ViewState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return Format(ViewState.Default with
        {
            Actors = state.Actors, Types = state.Types, Documents = state.Documents, From = state.From, To = state.To, Text = state.Text,
            StatedDatesOnly = state.StatedDatesOnly, StatedPlacesOnly = state.StatedPlacesOnly, MinConfidence = state.MinConfidence,
        });
    }

    /// <summary>The store filter for a state, with actor link keys turned into actor ids.</summary>
    public static ViewFilter ToFilter(ViewState state, IReadOnlyCollection<ActorRef> actors)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(actors);
        var byKey = actors.ToDictionary(a => a.Key, a => a.Id, StringComparer.OrdinalIgnoreCase);
        return new ViewFilter
        {
            Actors = state.Actors.Select(k => byKey.GetValueOrDefault(k)).OfType<string>().ToFrozenSet(StringComparer.Ordinal),
            Types = state.Types.ToFrozenSet(StringComparer.Ordinal),
            Documents = state.Documents.ToFrozenSet(StringComparer.Ordinal),
            From = state.From,
            To = state.To,
            Text = state.Text,
            StatedDatesOnly = state.StatedDatesOnly,
            StatedPlacesOnly = state.StatedPlacesOnly,
            MinConfidence = state.MinConfidence,
        };
    }

    private static IReadOnlyList<string> Add(IReadOnlyList<string> list, string value) =>
        list.Contains(value, StringComparer.Ordinal) ? list : [.. list, value];

    private static string Pair(string name, string value)
    {
        // Readable: keep letters, digits and the separators ids use; escape the rest.
        var builder = new StringBuilder(name).Append('=');
        foreach (var rune in value.EnumerateRunes())
        {
            if (rune.IsAscii && (Rune.IsLetterOrDigit(rune) || rune.Value is '-' or '_' or '.' or ',' or ':' or '~'))
            {
                builder.Append((char)rune.Value);
            }
            else
            {
                builder.Append(Uri.EscapeDataString(rune.ToString()));
            }
        }

        return builder.ToString();
    }
}
