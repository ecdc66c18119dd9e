using System.Collections.Concurrent;
using Dashboard.Core.Results;
using Dashboard.Extraction.Pipeline;
using Dashboard.Geo;
using Dashboard.Geo.Data;

namespace Dashboard.Cli.Commands;

/// <summary>
/// Finds wwwroot-data and builds the extraction pipeline, or says why it cannot. What is loaded is kept for the life of
/// the process, per data folder: a command line runs one command, but a host that runs several commands in one process
/// (the tests) loads the gazetteer once, not once per command.
/// </summary>
internal static class PipelineLoader
{
    private static readonly ConcurrentDictionary<string, Lazy<Result<GeoData>>> Geo = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, Lazy<Result<NewsPipeline>>> Pipelines = new(StringComparer.Ordinal);

    public static Result<NewsPipeline> Load()
    {
        var root = DataRoot.Locate(Environment.GetEnvironmentVariable("Dashboard__DataRoot"));
        if (!root.IsSuccess)
        {
            return Result<NewsPipeline>.Failure(root.Error!);
        }

        var data = root.Value;
        return Pipelines.GetOrAdd(data.Path, _ => new Lazy<Result<NewsPipeline>>(() =>
        {
            var geo = LoadGeo(data);
            return geo.IsSuccess ? NewsPipeline.Create(geo.Value) : Result<NewsPipeline>.Failure(geo.Error!);
        })).Value;
    }

    /// <summary>The gazetteer and shapes of a data folder, loaded once per process.</summary>
    public static Result<GeoData> LoadGeo(DataRoot root) =>
        Geo.GetOrAdd(root.Path, _ => new Lazy<Result<GeoData>>(() => GeoData.Load(root))).Value;
}
