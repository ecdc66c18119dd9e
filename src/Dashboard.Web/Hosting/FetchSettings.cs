namespace Dashboard.Web.Hosting;

/// <summary>
/// The <c>Dashboard:Fetch</c> configuration section. Private and loopback addresses are fetched in local mode (one user on
/// their own machine) and refused in shared mode (server-side request forgery); <see cref="AllowPrivateNetworks"/>
/// overrides either way.
/// </summary>
public sealed class FetchSettings
{
    public bool? AllowPrivateNetworks { get; set; }

    /// <summary>Whether robots.txt is honoured (default true); a feed can also turn it off for itself.</summary>
    public bool HonourRobots { get; set; } = true;

    /// <summary>Seconds one fetch may take, redirects included (default 10).</summary>
    public double TimeoutSeconds { get; set; } = 10;

    /// <summary>How often the app looks for feeds that are due, in seconds (default 20).</summary>
    public double PollCheckSeconds { get; set; } = 20;
}
