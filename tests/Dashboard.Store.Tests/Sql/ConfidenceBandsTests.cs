using System.Globalization;
using Dashboard.Store.Sql;
using Microsoft.Data.Sqlite;

namespace Dashboard.Store.Tests.Sql;

public sealed class ConfidenceBandsTests
{
    [Theory]
    [InlineData(null, 20)]
    [InlineData(0.0, 0)]
    [InlineData(0.049, 0)]
    [InlineData(0.05, 1)]
    [InlineData(0.3, 6)]
    [InlineData(0.5499, 10)]
    [InlineData(0.55, 11)]
    [InlineData(0.95, 19)]
    [InlineData(1.0, 19)]
    public void Of_Confidence_ItsBand(double? confidence, long band) => Assert.Equal(band, ConfidenceBands.Of(confidence));

    [Theory]
    [InlineData(0.0, 0L)]
    [InlineData(0.55, 11L)]
    [InlineData(0.3, 6L)]
    [InlineData(0.95, 19L)]
    [InlineData(0.57, null)]
    [InlineData(0.551, null)]
    [InlineData(1.0, null)] // band 19 also holds confidences below 1
    public void Exact_Threshold_TheBandItKeepsFromOrNull(double threshold, long? band) => Assert.Equal(band, ConfidenceBands.Exact(threshold));

    [Theory]
    [InlineData(0.47, 0.45)]
    [InlineData(0.725, 0.75)]
    [InlineData(1.0, 0.95)]
    [InlineData(0.0, 0.0)]
    public void Nearest_Threshold_TheEdgeExactFinds(double threshold, double edge)
    {
        Assert.Equal(edge, ConfidenceBands.Nearest(threshold));
        Assert.NotNull(ConfidenceBands.Exact(ConfidenceBands.Nearest(threshold)));
    }

    [Fact]
    public void Of_EveryEdge_TheThresholdOnItKeepsExactlyTheBandsFromIt()
    {
        // What the totals count (bands from Exact(t) up) is what the filter keeps (confidence >= t), on each side of each edge.
        foreach (var value in Values())
        {
            foreach (var threshold in Enumerable.Range(0, 20).Select(k => k / 20.0))
            {
                Assert.Equal(value >= threshold, ConfidenceBands.Of(value) >= ConfidenceBands.Exact(threshold));
            }
        }
    }

    [Fact]
    public void Sql_InSqlite_TheBandComputedInCSharp()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {ConfidenceBands.Sql("@c")}";
        var parameter = command.Parameters.Add("@c", SqliteType.Real);

        foreach (var value in Values().Cast<double?>().Append(null))
        {
            parameter.Value = (object?)value ?? DBNull.Value;
            Assert.Equal(ConfidenceBands.Of(value), Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Every band's edge, the doubles just below and above it, and values inside the bands.</summary>
    internal static IEnumerable<double> Values() =>
        Enumerable.Range(0, 21).Select(k => k / 20.0)
            .SelectMany(edge => new[] { Math.BitDecrement(edge), edge, Math.BitIncrement(edge), edge + 0.01 })
            .Where(v => v is >= 0 and <= 1);
}
