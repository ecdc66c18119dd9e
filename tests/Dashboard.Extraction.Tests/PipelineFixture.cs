using Dashboard.Extraction.Pipeline;
using Dashboard.Geo;
using Dashboard.Geo.Data;

namespace Dashboard.Extraction.Tests;

/// <summary>The real pipeline over the committed wwwroot-data, built once for the test assembly.</summary>
public sealed class PipelineFixture
{
    public PipelineFixture()
    {
        var root = DataRoot.Locate();
        Assert.True(root.IsSuccess, root.Error);
        var geo = GeoData.Load(root.Value);
        Assert.True(geo.IsSuccess, geo.Error);
        var pipeline = NewsPipeline.Create(geo.Value);
        Assert.True(pipeline.IsSuccess, pipeline.Error);
        Root = root.Value;
        Pipeline = pipeline.Value;
    }

    public DataRoot Root { get; }

    public NewsPipeline Pipeline { get; }
}

[CollectionDefinition(Name)]
public sealed class PipelineCollection : ICollectionFixture<PipelineFixture>
{
    public const string Name = "pipeline";
}
