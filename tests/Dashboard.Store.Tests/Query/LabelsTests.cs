using Dashboard.Core.Time;
using Dashboard.Store.Query;

namespace Dashboard.Store.Tests.Query;

public sealed class LabelsTests
{
    [Theory]
    [InlineData("2022-01-09", "2022-01-09", TimePrecision.Day, "9 Jan 2022")]
    [InlineData("2022-01-03", "2022-01-09", TimePrecision.Day, "3–9 Jan 2022")]
    [InlineData("2021-12-30", "2022-01-02", TimePrecision.Day, "30 Dec 2021 – 2 Jan 2022")]
    [InlineData("2022-01-03", "2022-01-09", TimePrecision.Week, "week of 3 Jan 2022")]
    [InlineData("2022-01-01", "2022-01-31", TimePrecision.Month, "Jan 2022")]
    [InlineData("2014-01-01", "2014-12-31", TimePrecision.Year, "2014")]
    [InlineData("2020-01-01", "2022-12-31", TimePrecision.Year, "2020–2022")]
    public void Date_Interval_ReadsAtItsPrecision(string start, string end, TimePrecision precision, string expected) =>
        Assert.Equal(expected, Labels.Date(new DateInterval(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), precision)));

    [Fact]
    public void Date_None_Undated() => Assert.Equal("undated", Labels.Date(null));

    [Theory]
    [InlineData(0.62, "62%")]
    [InlineData(0.055, "6%")]
    [InlineData(1.0, "100%")]
    [InlineData(null, "unscored")]
    public void Confidence_Probability_Percentage(double? confidence, string expected) => Assert.Equal(expected, Labels.Confidence(confidence));

    [Theory]
    [InlineData(0.41, 0.55, true)]
    [InlineData(0.55, 0.55, false)]
    [InlineData(null, 0.55, false)]
    [InlineData(0.1, null, false)]
    public void Doubtful_ConfidenceAndThreshold_BelowOnly(double? confidence, double? below, bool expected) =>
        Assert.Equal(expected, Labels.Doubtful(confidence, below));
}
