using Dashboard.Web.State;

namespace Dashboard.Web.Tests;

public sealed class DoubtfulEventsTests
{
    [Fact]
    public void Create_NotAProbability_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => new DoubtfulEvents(1.5));

    [Fact]
    public void Create_NoModel_NoThreshold() => Assert.Null(new DoubtfulEvents(null).Below);

    [Fact]
    public void Create_ThresholdOffAStep_TakenInTheStepALinkReads() => Assert.Equal(0.45, new DoubtfulEvents(0.47).Below);
}
