using Dashboard.Store.Query;

namespace Dashboard.Store.Tests.Query;

public sealed class ViewFilterTests
{
    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    public void MinConfidence_NotAProbability_Throws(double value) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ViewFilter.None with { MinConfidence = value });

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.55)]
    [InlineData(1.0)]
    public void MinConfidence_Probability_FiltersEvents(double value) =>
        Assert.True((ViewFilter.None with { MinConfidence = value }).FiltersEvents);

    [Fact]
    public void FiltersEvents_Nothing_False() => Assert.False(ViewFilter.None.FiltersEvents);
}
