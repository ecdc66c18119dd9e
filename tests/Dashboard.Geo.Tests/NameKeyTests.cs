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
}
