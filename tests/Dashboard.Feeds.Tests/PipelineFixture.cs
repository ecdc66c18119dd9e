using Dashboard.Extraction.Pipeline;
using Dashboard.Geo;
using Dashboard.Geo.Data;

namespace Dashboard.Feeds.Tests;

/// <summary>The real pipeline over the committed data, loaded once for the ingest and polling tests.</summary>
public sealed class PipelineFixture
{
    public PipelineFixture() => Pipeline = NewsPipeline.Create(GeoData.Load(DataRoot.Locate(null).Value).Value).Value;

    public NewsPipeline Pipeline { get; }
}
