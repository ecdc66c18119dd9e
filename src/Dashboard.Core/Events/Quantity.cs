using System.Globalization;
using Dashboard.Core.Text;

namespace Dashboard.Core.Events;

/// <summary>
/// A counted amount in the text with its unit and bounds: "about 1,200 soldiers" (value 2500, approximate),
/// "more than 40 transport planes" (min 40), "tens of thousands of troops" (min 20,000, max 99,999).
/// </summary>
public sealed record Quantity
{
    public Quantity(TextSpan span, string surface, double? value, double? min, double? max, string unit, string noun, bool approximate)
    {
        ArgumentNullException.ThrowIfNull(surface);
        ArgumentException.ThrowIfNullOrWhiteSpace(unit);
        if (value is null && min is null && max is null)
        {
            throw new ArgumentException("A quantity needs a value or a bound.", nameof(value));
        }

        if (min is { } low && max is { } high && high < low)
        {
            throw new ArgumentException($"Upper bound {high} is below lower bound {low}.", nameof(max));
        }

        Span = span;
        Surface = surface;
        Value = value;
        Min = min;
        Max = max;
        Unit = unit;
        Noun = noun;
        Approximate = approximate;
    }

    public TextSpan Span { get; }

    public string Surface { get; }

    /// <summary>The stated number, when the text states one.</summary>
    public double? Value { get; }

    public double? Min { get; }

    public double? Max { get; }

    /// <summary>troops, people, aircraft, vehicles, ships, weapons, money or other.</summary>
    public string Unit { get; }

    /// <summary>The counted noun as written ("soldiers").</summary>
    public string Noun { get; }

    /// <summary>Hedged ("about", "some", "roughly") or vague ("tens of thousands").</summary>
    public bool Approximate { get; }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{(Approximate ? "~" : string.Empty)}{Value?.ToString(CultureInfo.InvariantCulture) ?? "?"} [{Min?.ToString(CultureInfo.InvariantCulture) ?? "-"}, {Max?.ToString(CultureInfo.InvariantCulture) ?? "-"}] {Unit}");
}
