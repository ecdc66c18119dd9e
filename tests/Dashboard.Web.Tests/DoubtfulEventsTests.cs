using Dashboard.Web.State;

namespace Dashboard.Web.Tests;

public sealed class DoubtfulEventsTests
{
    [Fact]
    public void Create_NotAProbability_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => new DoubtfulEvents(1.5));

    [Fact]
    public void Create_NoModel_NoThreshold() => Assert.Null(new DoubtfulEvents(null).Below);
}
