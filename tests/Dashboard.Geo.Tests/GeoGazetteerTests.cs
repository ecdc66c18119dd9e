using Dashboard.Core.Geography;
using Dashboard.Geo.Gazetteer;

namespace Dashboard.Geo.Tests;

/// <summary>The gazetteer's own rules, on invented tables.</summary>
public sealed class GeoGazetteerTests
{
    private static readonly PopulatedPlace Town = new(1, "Testford", "Testford", new GeoPoint(10, 20), "PPL", "XX", "01", 5_000);
    private static readonly PopulatedPlace City = new(2, "Bigford", "Bigford", new GeoPoint(11, 21), "PPLA", "XX", "01", 90_000);

    private static GeoGazetteer With(IReadOnlyList<IReadOnlyList<string>>? alternates) =>
        new([Town, City], [], [], [], [], placeAlternates: alternates);

    [Fact]
    public void Refs_AlternateName_FindsThePlaceAsNotPrimary()
    {
        var refs = With([["Old Testford"], []]).Refs("Old Testford").ToArray();

        var only = Assert.Single(refs);
        Assert.Equal((PlaceKind.City, 0, false), (only.Table, only.Index, only.Primary));
    }

    [Fact]
    public void Refs_SharedName_ListsTheMorePopulousPlaceFirst()
    {
        var refs = With([["Ford"], ["Ford"]]).Refs("Ford").ToArray();

        Assert.Equal([1, 0], refs.Select(r => r.Index));
    }

    [Fact]
    public void Refs_OwnName_IsPrimary() =>
        Assert.True(Assert.Single(With(null).Refs("testford").ToArray()).Primary);

    [Theory]
    [InlineData("Al Testābād", "Testabad", 1)]
    [InlineData("Ar-Raqqah", "Raqqah", 1)]
    [InlineData("Al Testābād", "Al Testabad", 1)]
    [InlineData("Al Bigford", "Bigford", 0)] // "Bigford" names another place: the name without the article adds nothing there
    [InlineData("Al Rif", "Rif", 0)] // too short to stand alone
    [InlineData("Alberta Town", "berta Town", 0)]
    public void Refs_NameWithoutItsArabicArticle_FindsThePlaceWhereItNamesNothingElse(string name, string probe, int count)
    {
        var place = new PopulatedPlace(3, name, name, new GeoPoint(12, 22), "PPL", "XX", "01", 20_000);
        var gazetteer = new GeoGazetteer([Town, City, place], [], [], [], [], placeAlternates: null);

        var refs = gazetteer.Refs(probe).ToArray();

        Assert.Equal(count, refs.Count(r => r.Index == 2));
    }

    [Fact]
    public void Constructor_AlternatesForFewerPlaces_Throws() =>
        Assert.Throws<ArgumentException>(() => With([["Old Testford"]]));

    [Theory]
    [InlineData("Testford", true)]
    [InlineData("TESTFORD", true)]
    [InlineData("Old  Testford", true)]
    [InlineData("Old Testford Road", false)]
    [InlineData("Testförd", true)]
    [InlineData("Tëstville", false)]
    public void IsKnownName_SliceOfText_AnswersAsTheStringDoes(string name, bool known)
    {
        var gazetteer = With([["Old Testford"], []]);
        var text = $"«{name}»";

        Assert.Equal(known, gazetteer.IsKnownName(text.AsSpan(1, name.Length)));
        Assert.Equal(known, gazetteer.IsKnownName(name));
    }

    [Theory]
    [InlineData("Testford", 1)]
    [InlineData("TESTFORD", 1)]
    [InlineData("Old  Testford", 1)]
    [InlineData("Ford", 2)]
    [InlineData("Testförd", 1)]
    [InlineData("Old Testford Road", 0)]
    public void Refs_SliceOfText_AnswersAsTheStringDoes(string name, int count)
    {
        var gazetteer = With([["Old Testford", "Ford"], ["Ford"]]);
        var text = $"«{name}»";

        var fromSlice = gazetteer.Refs(text.AsSpan(1, name.Length)).ToArray();

        Assert.Equal(count, fromSlice.Length);
        Assert.Equal(gazetteer.Refs(name).ToArray(), fromSlice);
    }
}
