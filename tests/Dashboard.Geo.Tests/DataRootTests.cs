using Dashboard.Geo.Data;

namespace Dashboard.Geo.Tests;

public sealed class DataRootTests
{
    [Fact]
    public void Locate_FromBuildFolder_FindsRepositoryData()
    {
        var root = DataRoot.Locate();
        Assert.True(root.IsSuccess, root.Error);
        Assert.True(File.Exists(root.Value.PlacesFile));
    }

    [Fact]
    public void Locate_ConfiguredFolderWithoutGazetteer_FailsWithMessage()
    {
        var empty = Directory.CreateTempSubdirectory("dashboard-empty-");
        try
        {
            var root = DataRoot.Locate(empty.FullName);
            Assert.False(root.IsSuccess);
            Assert.Contains("gazetteer", root.Error, StringComparison.Ordinal);
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }

    [Fact]
    public void Locate_NothingAboveSearchFolder_FailsWithMessage()
    {
        var empty = Directory.CreateTempSubdirectory("dashboard-empty-");
        try
        {
            var root = DataRoot.Locate(null, empty.FullName);
            Assert.False(root.IsSuccess);
            Assert.Contains("Dashboard:DataRoot", root.Error, StringComparison.Ordinal);
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }
}
