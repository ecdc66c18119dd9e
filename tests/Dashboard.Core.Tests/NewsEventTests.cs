using Dashboard.Core.Events;

namespace Dashboard.Core.Tests;

public sealed class NewsEventTests
{
    private static NewsEvent Event() => new("e1", "deploy", EventStatus.Happened, [], [], null, null, null, [], []);

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void Confidence_NotAProbability_Throws(double value) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Event() with { Confidence = value });

    [Fact]
    public void Confidence_Unset_Null() => Assert.Null(Event().Confidence);

    [Fact]
    public void Confidence_Probability_Kept() => Assert.Equal(0.62, (Event() with { Confidence = 0.62 }).Confidence);
}
