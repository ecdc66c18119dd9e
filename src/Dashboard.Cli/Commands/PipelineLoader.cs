using Dashboard.Core.Results;
using Dashboard.Extraction.Pipeline;
using Dashboard.Geo;
using Dashboard.Geo.Data;

namespace Dashboard.Cli.Commands;

/// <summary>Finds wwwroot-data and builds the extraction pipeline, or says why it cannot.</summary>
internal static class PipelineLoader
{
    public static Result<NewsPipeline> Load()
    {
        var root = DataRoot.Locate(Environment.GetEnvironmentVariable("Dashboard__DataRoot"));
        if (!root.IsSuccess)
        {
            return Result<NewsPipeline>.Failure(root.Error!);
        }

        var geo = GeoData.Load(root.Value);
        return geo.IsSuccess ? NewsPipeline.Create(geo.Value) : Result<NewsPipeline>.Failure(geo.Error!);
    }
}
