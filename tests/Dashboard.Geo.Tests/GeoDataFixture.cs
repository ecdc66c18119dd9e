using Dashboard.Geo.Data;

namespace Dashboard.Geo.Tests;

/// <summary>The committed wwwroot-data, loaded once for every test in the assembly.</summary>
public sealed class GeoDataFixture
{
    public GeoDataFixture()
    {
        var root = DataRoot.Locate();
        Assert.True(root.IsSuccess, root.Error);
        var data = GeoData.Load(root.Value);
        Assert.True(data.IsSuccess, data.Error);
        Data = data.Value;
    }

    public GeoData Data { get; }
}

[CollectionDefinition(Name)]
public sealed class GeoDataCollection : ICollectionFixture<GeoDataFixture>
{
    public const string Name = "geo data";
}
