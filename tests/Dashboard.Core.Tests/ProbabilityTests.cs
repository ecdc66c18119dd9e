using Dashboard.Core.Events;

namespace Dashboard.Core.Tests;

public sealed class ProbabilityTests
{
    [Theory]
    [InlineData(0.0)]
    [InlineData(0.55)]
    [InlineData(1.0)]
    [InlineData(null)]
    public void Checked_NoneOrBetweenZeroAndOne_Returned(double? value) => Assert.Equal(value, Probability.Checked(value, "p"));

    [Theory]
    [InlineData(-0.001)]
    [InlineData(1.001)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NaN)]
    public void Checked_OutsideOrNaN_ThrowsNamingTheParameter(double value) =>
        Assert.Equal("p", Assert.Throws<ArgumentOutOfRangeException>(() => Probability.Checked(value, "p")).ParamName);
}
