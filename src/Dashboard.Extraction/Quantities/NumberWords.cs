using System.Buffers;
using System.Collections.Frozen;

namespace Dashboard.Extraction.Quantities;

/// <summary>English number words and vague amounts (grammar, kept in code).</summary>
internal static class NumberWords
{
    public static readonly FrozenDictionary<string, double> Units = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15,
        ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30,
        ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90, ["a dozen"] = 12,
        ["a hundred"] = 100, ["a thousand"] = 1000,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenDictionary<string, double> Scales = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["hundred"] = 100, ["thousand"] = 1_000, ["million"] = 1_000_000, ["billion"] = 1_000_000_000, ["mn"] = 1_000_000, ["bn"] = 1_000_000_000,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every word an amount can begin with (after "a " for "a dozen"): where the amount pattern is tried.</summary>
    public static readonly SearchValues<string> Starts = SearchValues.Create(
        [.. Units.Keys.Where(k => !k.StartsWith("a ", StringComparison.Ordinal)), "dozen", "hundred", "thousand", "tens", "scores", "millions"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>Vague amounts as ranges: "dozens" is 24–99, "tens of thousands" 20,000–99,999.</summary>
    public static readonly FrozenDictionary<string, (double Min, double Max)> Vague = new Dictionary<string, (double, double)>(StringComparer.OrdinalIgnoreCase)
    {
        ["dozens"] = (24, 99),
        ["scores"] = (40, 99),
        ["hundreds"] = (200, 999),
        ["thousands"] = (2_000, 9_999),
        ["tens of thousands"] = (20_000, 99_999),
        ["hundreds of thousands"] = (200_000, 999_999),
        ["millions"] = (2_000_000, 999_999_999),
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
}
