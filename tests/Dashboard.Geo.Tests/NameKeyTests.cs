using Dashboard.Geo.Gazetteer;

namespace Dashboard.Geo.Tests;

public sealed class NameKeyTests
{
    [Theory]
    [InlineData("Almaty", "almaty")]
    [InlineData("Alma-Ata", "alma ata")]
    [InlineData("  São   Paulo ", "sao paulo")]
    [InlineData("Côte d’Ivoire", "cote d ivoire")]
    [InlineData("Côte d'Ivoire", "cote d ivoire")]
    [InlineData("Düsseldorf", "dusseldorf")]
    [InlineData("Straße", "strase")]
    [InlineData("", "")]
    public void Of_Name_FoldsCaseDiacriticsAndPunctuation(string name, string key) =>
        Assert.Equal(key, NameKey.Of(name));

    [Theory]
    [InlineData("Almaty", "almaty")]
    [InlineData("Alma-Ata", "alma ata")]
    [InlineData("  New \n  York ", "new york")]
    [InlineData("O'Hare", "o hare")]
    public void TryFoldAscii_PlainName_WritesTheSameKeyAsOf(string name, string key)
    {
        Span<char> buffer = stackalloc char[NameKey.MaxStackKeyLength];

        Assert.True(NameKey.TryFoldAscii(name, buffer, out var length));
        Assert.Equal(key, buffer[..length].ToString());
        Assert.Equal(NameKey.Of(name), buffer[..length].ToString());
    }

    [Theory]
    [InlineData("Düsseldorf")]
    [InlineData("Côte d’Ivoire")]
    public void TryFoldAscii_NonAsciiName_LeavesItToOf(string name) =>
        Assert.False(NameKey.TryFoldAscii(name, new char[NameKey.MaxStackKeyLength], out _));

    [Fact]
    public void TryFoldAscii_NameLongerThanTheBuffer_LeavesItToOf() =>
        Assert.False(NameKey.TryFoldAscii(new string('a', 10), new char[5], out _));
}
