using Dashboard.Core.Geography;
using Dashboard.Geo.Gazetteer;

namespace Dashboard.Geo.Tests;

/// <summary>Facts the committed gazetteer must hold; a rebuild that loses one fails here.</summary>
[Collection(GeoDataCollection.Name)]
public sealed class GazetteerDataTests(GeoDataFixture fixture)
{
    private readonly GeoGazetteer _gazetteer = fixture.Data.Gazetteer;

    [Fact]
    public void Lookup_Almaty_MostPopulousCityIsGeoNames1526384()
    {
        var city = _gazetteer.Lookup("Almaty").First(e => e.Kind == PlaceKind.City);
        Assert.Equal(1526384, city.GeonameId);
        Assert.Equal("KZ", city.Country);
        Assert.True(city.Point!.Value.DistanceKm(new GeoPoint(43.25, 76.92)) < 10);
    }

    [Theory]
    [InlineData("Alma-Ata")]
    [InlineData("Alma Ata")]
    [InlineData("ALMATY")]
    public void Lookup_AliasOfAlmaty_FindsIt(string alias) =>
        Assert.Contains(_gazetteer.Lookup(alias), e => e.GeonameId == 1526384);

    [Fact]
    public void RegionByName_CentralAsia_HasKazakhstanAsMember()
    {
        var region = _gazetteer.RegionByName("Central Asia");
        Assert.NotNull(region);
        Assert.Contains("KZ", region.Members);
    }

    [Theory]
    [InlineData("Russian", "RU")]
    [InlineData("Chinese", "CN")]
    [InlineData("Kazakh", "KZ")]
    [InlineData("Ukrainian", "UA")]
    [InlineData("British", "GB")]
    [InlineData("French", "FR")]
    public void CountryByDemonym_CommonAdjective_GivesItsCountry(string adjective, string iso2) =>
        Assert.Equal(iso2, _gazetteer.CountryByDemonym(adjective)?.Iso2);

    [Theory]
    [InlineData("Britain", "GB")]
    [InlineData("United States", "US")]
    [InlineData("Ivory Coast", "CI")]
    public void Lookup_CountryAlias_FindsCountry(string name, string iso2) =>
        Assert.Contains(_gazetteer.Lookup(name), e => e.Kind == PlaceKind.Country && e.Country == iso2);

    [Fact]
    public void Lookup_UnknownName_ReturnsNothing() => Assert.Empty(_gazetteer.Lookup("Xqzzyville"));

    [Fact]
    public void Places_Count_CoversTheWorldsTownsAboveAThousand() =>
        Assert.InRange(_gazetteer.Places.Count, 100_000, 250_000);

    [Fact]
    public void Countries_Count_IsAboutTheIsoList() => Assert.InRange(_gazetteer.Countries.Count, 240, 260);

    [Fact]
    public void RegionByName_FormerSovietUnion_HasFifteenMembers() =>
        Assert.Equal(15, _gazetteer.RegionByName("former Soviet Union")?.Members.Count);

    [Fact]
    public void Airports_Includes_LargeAirportsWithIataCodes() =>
        Assert.Contains(_gazetteer.Airports, a => a.Iata == "CDG" && a.Country == "FR");

    [Fact]
    public void Admins_Include_FirstLevelRegionsWithSeats()
    {
        var texas = _gazetteer.Lookup("Texas").FirstOrDefault(e => e.Kind == PlaceKind.Admin);
        Assert.NotNull(texas);
        Assert.Equal("US", texas.Country);
        Assert.NotNull(texas.Point);
    }
}
