using System.Globalization;
using Dashboard.Geo;
using Dashboard.Geo.Data;

namespace Dashboard.Cli.Commands;

/// <summary><c>lookup NAME…</c>: every gazetteer candidate for each name, as the resolver will see them.</summary>
internal sealed class LookupCommand : ICommand
{
    public string Name => "lookup";

    public string Summary => "lookup NAME...: list the gazetteer candidates for each name";

    public async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0)
        {
            await stderr.WriteLineAsync("lookup needs at least one name, e.g. lookup \"Sao Paulo\".");
            return ExitCodes.Usage;
        }

        var root = DataRoot.Locate();
        var geo = root.IsSuccess ? PipelineLoader.LoadGeo(root.Value) : null;
        if (geo is null || !geo.IsSuccess)
        {
            await stderr.WriteLineAsync(root.IsSuccess ? geo!.Error : root.Error);
            return ExitCodes.DataMissing;
        }

        foreach (var name in args)
        {
            var entries = geo.Value.Gazetteer.Lookup(name);
            await stdout.WriteLineAsync($"{name}: {entries.Count} candidate(s)");
            foreach (var e in entries.Take(20))
            {
                var point = e.Point is { } p ? p.ToString() : "-";
                await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"  {e.Id,-22} {e.Kind,-8} {e.Country ?? "-",-3} pop {e.Population,11:N0}  ({point})  {e.Name}"));
            }
        }

        return ExitCodes.Ok;
    }
}
