using Dashboard.Extraction.Recognise;

namespace Dashboard.Extraction.Tests;

public sealed class CompassPrefixTests
{
    [Theory]
    [InlineData("West", true)]
    [InlineData("Eastern", true)]
    [InlineData("North-West", true)]
    [InlineData("Southeastern", true)]
    [InlineData("Central", true)]
    [InlineData("Westminster", false)]
    [InlineData("Centralia", false)]
    [InlineData("west", false)]
    [InlineData("Northern-Ireland", false)]
    public void Is_Word_TellsACompassWord(string word, bool expected) =>
        Assert.Equal(expected, CompassPrefix.Is(word));

    [Theory]
    [InlineData("West Wales", "Wales")]
    [InlineData("Eastern Ghouta", "Ghouta")]
    [InlineData("Westminster Abbey", null)]
    [InlineData("West", null)]
    [InlineData("West ", null)]
    public void Rest_Surface_IsThePlaceAfterTheCompassWord(string surface, string? expected) =>
        Assert.Equal(expected, CompassPrefix.Rest(surface));
}
