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

    [Fact]
    public void TryFoldAscii_EveryAsciiCharacter_FoldsAsTheGeneralCaseMappingDoes()
    {
        // The plain-ASCII path must agree with the general rule: lower case by the invariant culture, apostrophes and
        // hyphens as spaces, runs of white space (as char.IsWhiteSpace has it) collapsed and trimmed.
        Span<char> buffer = stackalloc char[NameKey.MaxStackKeyLength];
        for (var c = (char)0; c < 128; c++)
        {
            var name = $"Ab{c}Cd {c}";
            var mapped = c is '\'' or '-' ? ' ' : char.ToLowerInvariant(c);
            var expected = char.IsWhiteSpace(mapped) ? "ab cd" : $"ab{mapped}cd {mapped}";

            Assert.True(NameKey.TryFoldAscii(name, buffer, out var length));
            Assert.Equal(expected, buffer[..length].ToString());
            Assert.Equal(expected, NameKey.Of(name));
        }
    }
}
