using System.Globalization;
using System.Text;

namespace Dashboard.Store.Sql;

/// <summary>
/// Confidence in bands of a twentieth, the dimension the running totals (<see cref="Totals"/>) keep it by, so that hiding
/// events below a threshold on a band's edge (the model's threshold, or any multiple of 0.05 below 1 a link gives) is counted from
/// the totals instead of every event. Band <c>k</c> (0–19) holds the events whose confidence is at least <c>k / 20.0</c>
/// and, below band 19, less than <c>(k + 1) / 20.0</c>; band 20 holds the unscored ones, which the filter keeps. The
/// edges are compared exactly as the filter compares (<c>confidence &gt;= threshold</c>), in C# and in SQL alike.
/// </summary>
internal static class ConfidenceBands
{
    /// <summary>The band of events stored without a confidence: above every threshold.</summary>
    public const int Unscored = 20;

    private const int Scored = 20;

    /// <summary>The band an event's confidence falls in.</summary>
    public static long Of(double? confidence)
    {
        if (confidence is not { } c)
        {
            return Unscored;
        }

        for (var k = Scored - 1; k > 0; k--)
        {
            if (c >= Edge(k))
            {
                return k;
            }
        }

        return 0;
    }

    /// <summary>
    /// The lowest band a threshold keeps when it lies exactly on a band's edge (0.55 → 11); null when it does not, and
    /// the rows must be read.
    /// </summary>
    public static long? Exact(double threshold)
    {
        var k = Math.Round(threshold * Scored);
        return k is >= 0 and < Scored && Edge((int)k) == threshold ? (long)k : null;
    }

    /// <summary>The band edge nearest to a threshold, below 1 (0.47 → 0.45, 1 → 0.95): one <see cref="Exact"/> always finds.</summary>
    public static double Nearest(double threshold) =>
        Math.Min(Scored - 1, Math.Round(threshold * Scored, MidpointRounding.AwayFromZero)) / Scored;

    /// <summary>
    /// The band of a confidence column, as SQL both stores read: the same comparisons as <see cref="Of"/>, against the
    /// edges written as round-trip literals.
    /// </summary>
    public static string Sql(string column)
    {
        var sql = new StringBuilder($"(CASE WHEN {column} IS NULL THEN {Unscored}");
        for (var k = Scored - 1; k > 0; k--)
        {
            sql.Append(CultureInfo.InvariantCulture, $" WHEN {column} >= {Edge(k).ToString("R", CultureInfo.InvariantCulture)} THEN {k}");
        }

        return sql.Append(" ELSE 0 END)").ToString();
    }

    private static double Edge(int k) => k / (double)Scored;
}
