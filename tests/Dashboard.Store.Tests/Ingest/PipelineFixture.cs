using Dashboard.Extraction.Pipeline;
using Dashboard.Geo;
using Dashboard.Geo.Data;

namespace Dashboard.Store.Tests.Ingest;

/// <summary>The real pipeline over the committed data, loaded once for the ingest tests.</summary>
public sealed class PipelineFixture
{
    public PipelineFixture()
    {
        var root = DataRoot.Locate(null).Value;
        Pipeline = NewsPipeline.Create(GeoData.Load(root).Value).Value;
        Root = root;
    }

    public NewsPipeline Pipeline { get; }

    public DataRoot Root { get; }
}
