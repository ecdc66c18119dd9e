using Dashboard.Core.Geography;

namespace Dashboard.Core.Tests;

public sealed class CountryCodeTests
{
    [Fact]
    public void Constructor_LowerCase_NormalisesToUpper() => Assert.Equal("KZ", new CountryCode("kz").Value);

    [Theory]
    [InlineData("")]
    [InlineData("KAZ")]
    [InlineData("K1")]
    public void Constructor_NotAlpha2_Throws(string value) =>
        Assert.Throws<ArgumentException>(() => new CountryCode(value));
}
