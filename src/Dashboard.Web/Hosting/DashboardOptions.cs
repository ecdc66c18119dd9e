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

    /// <summary>Addresses of reverse proxies whose X-Forwarded-For and X-Forwarded-Proto are believed (none by default).</summary>
    public IList<string> KnownProxies { get; } = [];

    /// <summary>The editor accounts for shared mode.</summary>
    public IList<Editing.EditorAccount> Editors { get; } = [];

    /// <summary>The folder of the store; a folder under the user's local application data when empty.</summary>
    public string? DataDirectory { get; set; }

    /// <summary>Which store: "sqlite" (embedded, the default, in <see cref="DataDirectory"/>) or "postgres" (ConnectionStrings:Dashboard).</summary>
    public string Store { get; set; } = "sqlite";

    /// <summary>The largest document accepted for ingest, in bytes (default 5 MB).</summary>
    public long MaxUploadBytes { get; set; } = Dashboard.Store.Ingest.IngestLimits.DefaultMaxBytes;

    /// <summary>How long one document's extraction may take, in seconds (default 5); a document that needs more is refused.</summary>
    public double ExtractionSeconds { get; set; } = Dashboard.Store.Ingest.IngestLimits.DefaultExtractionBudget.TotalSeconds;

    /// <summary>The <c>Dashboard:Fetch</c> section: how articles and feeds are fetched.</summary>
    public FetchSettings Fetch { get; } = new();

    /// <summary>Attribution required by the tile server, shown on the map when <see cref="TileUrl"/> is set.</summary>
    public string? TileAttribution { get; set; }
}
