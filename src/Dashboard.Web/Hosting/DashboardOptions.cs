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

    /// <summary>"local" (default: one user, editing open) or "shared" (only signed-in editors may ingest or correct).</summary>
    public string Mode { get; set; } = "local";

    /// <summary>The editor accounts for shared mode.</summary>
    public IList<Editing.EditorAccount> Editors { get; } = [];

    /// <summary>The folder of the store; a folder under the user's local application data when empty.</summary>
    public string? DataDirectory { get; set; }

    /// <summary>Which store: "sqlite" (embedded, the default, in <see cref="DataDirectory"/>) or "postgres" (ConnectionStrings:Dashboard).</summary>
    public string Store { get; set; } = "sqlite";

    /// <summary>The largest document accepted for ingest, in bytes (default 5 MB).</summary>
    public long MaxUploadBytes { get; set; } = Dashboard.Store.Ingest.IngestLimits.DefaultMaxBytes;

    /// <summary>Attribution required by the tile server, shown on the map when <see cref="TileUrl"/> is set.</summary>
    public string? TileAttribution { get; set; }
}
