namespace Dashboard.Web.Hosting;

/// <summary>The <c>Dashboard</c> configuration section.</summary>
public sealed class DashboardOptions
{
    public const string Section = "Dashboard";

    /// <summary>Path of the wwwroot-data folder; found above the program's folder when empty.</summary>
    public string? DataRoot { get; set; }

    /// <summary>
    /// An optional raster tile URL template (e.g. an OpenStreetMap server) for users who are online; the map uses only
    /// the bundled country shapes when it is empty.
    /// </summary>
    public string? TileUrl { get; set; }

    /// <summary>Attribution required by the tile server, shown on the map when <see cref="TileUrl"/> is set.</summary>
    public string? TileAttribution { get; set; }
}
