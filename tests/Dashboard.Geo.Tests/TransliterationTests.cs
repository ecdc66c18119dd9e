using Dashboard.Geo.Gazetteer;

namespace Dashboard.Geo.Tests;

public sealed class TransliterationTests
{
    [Theory]
    [InlineData("novoozernoye", "novoozerne")]
    [InlineData("novoozerne", "novoozernoye")]
    [InlineData("rechitsa", "rechytsa")]
    [InlineData("kharkiv", "harkiv")]
    [InlineData("zyabrovka", "ziabrovka")]
    [InlineData("krasnaya", "krasnaia")]
    [InlineData("dzerzhinskiy", "dzerzhinsky")]
    [InlineData("yuzhnyy", "iuzhnyy")]
    [InlineData("oshnavieh", "oshnaviyeh")]
    [InlineData("oshnaviyeh", "oshnavieh")]
    [InlineData("ramadiyah", "ramadiah")]
    public void Variants_Romanisation_IncludesTheOtherSpelling(string key, string variant) =>
        Assert.Contains(variant, Transliteration.Variants(key));

    [Theory]
    [InlineData("lyon")]
    [InlineData("alma ata")]
    public void Variants_ShortOrSeveralWords_None(string key) => Assert.Empty(Transliteration.Variants(key));

    [Fact]
    public void Variants_AnyName_BoundedAndWithoutTheNameItself()
    {
        var variants = Transliteration.Variants("yakhyayevskoye");

        Assert.InRange(variants.Count, 1, Transliteration.MaxVariants);
        Assert.DoesNotContain("yakhyayevskoye", variants);
    }
}
