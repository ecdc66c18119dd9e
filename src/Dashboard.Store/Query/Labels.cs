using System.Globalization;
using Dashboard.Core.Geography;
using Dashboard.Core.Time;

namespace Dashboard.Store.Query;

/// <summary>How dates, precisions and event types read on screen and in exports (English, invariant culture).</summary>
public static class Labels
{
    private static readonly CultureInfo Culture = CultureInfo.InvariantCulture;

    /// <summary>A short note for an inferred date ("inferred: news day"); empty for a date the event's clause states.</summary>
    public static string DateBasis(Core.Events.DateBasis basis, DateInterval? when) => when is null ? string.Empty : basis switch
    {
        Core.Events.DateBasis.Carried => "inferred from earlier text",
        Core.Events.DateBasis.NewsDay => "inferred: news day",
        _ => string.Empty,
    };

    /// <summary>Where an inferred date comes from, in a sentence, for a tooltip.</summary>
    public static string DateBasisExplanation(Core.Events.DateBasis basis, DateInterval? when) => when is null ? string.Empty : basis switch
    {
        Core.Events.DateBasis.Carried => "The sentence gives no date: this is the date of an earlier sentence of the paragraph, or of the earlier happening it refers to.",
        Core.Events.DateBasis.NewsDay => "The sentence gives no date: this is the article's news day, the day its dated reports most often name.",
        _ => string.Empty,
    };

    /// <summary>The date basis as an export code: stated, carried or news_day; empty without a date.</summary>
    public static string DateBasisCode(Core.Events.DateBasis basis, DateInterval? when) => when is null ? string.Empty : basis switch
    {
        Core.Events.DateBasis.Carried => "carried",
        Core.Events.DateBasis.NewsDay => "news_day",
        _ => "stated",
    };

    /// <summary>A short note for an inferred place ("inferred from the text around it"); empty for a stated place or none.</summary>
    public static string PlaceBasis(Core.Events.PlaceBasis basis, PlaceRef? place) =>
        place is not null && basis == Core.Events.PlaceBasis.Context ? "inferred from the text around it" : string.Empty;

    /// <summary>Where an inferred place comes from, in a sentence, for a tooltip.</summary>
    public static string PlaceBasisExplanation(Core.Events.PlaceBasis basis, PlaceRef? place) =>
        place is not null && basis == Core.Events.PlaceBasis.Context
            ? "The sentence does not say where this happened: the place is inferred, the first place the sentence names, else the last one named before it, else the country the article is about."
            : string.Empty;

    /// <summary>The place basis as an export code: stated or context; empty without a place.</summary>
    public static string PlaceBasisCode(Core.Events.PlaceBasis basis, PlaceRef? place) => place is null ? string.Empty : basis switch
    {
        Core.Events.PlaceBasis.Context => "context",
        _ => "stated",
    };

    /// <summary>An event's confidence as a whole percentage ("62%"), or "unscored".</summary>
    public static string Confidence(double? confidence) =>
        confidence is { } c ? (Math.Round(c * 100, MidpointRounding.AwayFromZero) / 100).ToString("0%", Culture) : "unscored";

    /// <summary>Whether an event's confidence lies below the threshold of doubt (never for an unscored event or without a threshold).</summary>
    public static bool Doubtful(double? confidence, double? below) => confidence is { } c && below is { } t && c < t;

    /// <summary>Why an event is called doubtful, for a tooltip.</summary>
    public static string DoubtfulExplanation(double? confidence, double? below) => Doubtful(confidence, below)
        ? $"The confidence model gives this event {Confidence(confidence)}, below {Confidence(below)}: it may be no happening at all (a plan, a retelling, a misread sentence). \"Hide doubtful events\" hides it."
        : string.Empty;

    /// <summary>A date at its precision: "9 Jan 2022", "3–9 Jan 2022", "week of 3 Jan 2022", "Jan 2022", "2014".</summary>
    public static string Date(DateInterval? interval)
    {
        if (interval is not { } d)
        {
            return "undated";
        }

        return d.Precision switch
        {
            TimePrecision.Day when d.IsSingleDay => d.Start.ToString("d MMM yyyy", Culture),
            TimePrecision.Day when d.Start.Year == d.End.Year && d.Start.Month == d.End.Month =>
                $"{d.Start.Day.ToString(Culture)}–{d.End.ToString("d MMM yyyy", Culture)}",
            TimePrecision.Day => $"{d.Start.ToString("d MMM yyyy", Culture)} – {d.End.ToString("d MMM yyyy", Culture)}",
            TimePrecision.Week => $"week of {d.Start.ToString("d MMM yyyy", Culture)}",
            TimePrecision.Month when d.Start.Month == d.End.Month && d.Start.Year == d.End.Year => d.Start.ToString("MMM yyyy", Culture),
            TimePrecision.Month => $"{d.Start.ToString("MMM yyyy", Culture)} – {d.End.ToString("MMM yyyy", Culture)}",
            _ when d.Start.Year == d.End.Year => d.Start.Year.ToString(Culture),
            _ => $"{d.Start.Year.ToString(Culture)}–{d.End.Year.ToString(Culture)}",
        };
    }

    public static string Precision(GeoPrecision precision) => precision switch
    {
        GeoPrecision.Landmark => "landmark",
        GeoPrecision.City => "city",
        GeoPrecision.Admin => "province or state",
        GeoPrecision.Country => "country",
        GeoPrecision.Region => "region",
        GeoPrecision.Border => "border",
        _ => precision.ToString().ToLowerInvariant(),
    };
}
