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

    [Theory]
    [InlineData("novoozernoye", true)]
    [InlineData("rechitsa", true)]
    [InlineData("oshnavieh", true)]
    [InlineData("kharkiv", true)]
    [InlineData("london", false)]
    [InlineData("berlin", false)]
    [InlineData("lyon", false)]
    [InlineData("alma ata", false)]
    public void MayHaveVariants_Key_AsTheRulesSay(string key, bool expected) =>
        Assert.Equal(expected, Transliteration.MayHaveVariants(key));

    [Fact]
    public void MayHaveVariants_KeysWithoutAnyRule_HaveNoVariants()
    {
        // A key the pre-check turns away must have no variant at all: 20,000 keys from the rules' own letters.
        var random = new Random(7);
        const string letters = "aehijknostuyz ";
        for (var k = 0; k < 20_000; k++)
        {
            var key = new string([.. Enumerable.Range(0, random.Next(3, 10)).Select(_ => letters[random.Next(letters.Length)])]);
            Assert.True(Transliteration.MayHaveVariants(key) || Transliteration.Variants(key).Count == 0, key);
            Assert.True(!Transliteration.MayHaveVariants(key) || key.Length >= 5, key);
        }
    }
}
