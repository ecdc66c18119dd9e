using System.Diagnostics;
using System.Globalization;
using Dashboard.Geo;
using Dashboard.Geo.Data;

namespace Dashboard.Benchmarks;

/// <summary>What the loaded geographic data keeps alive (target ≤ 150 MB), and one cold load.</summary>
internal static class RetainedMemory
{
    public static void Print(TextWriter output)
    {
        var root = DataRoot.Locate().Value;
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();
        var data = GeoData.Load(root).Value;
        clock.Stop();
        var after = GC.GetTotalMemory(forceFullCollection: true);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"cold load: {clock.Elapsed.TotalMilliseconds:F0} ms; retained managed memory: {(after - before) / 1048576.0:F1} MB; " +
            $"{data.Gazetteer.Places.Count} places, {data.Gazetteer.NameCount} name keys, {data.Countries.Count} country shapes, {data.Borders.Count} borders"));
        GC.KeepAlive(data);
    }
}
