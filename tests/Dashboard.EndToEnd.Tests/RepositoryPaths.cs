namespace Dashboard.EndToEnd.Tests;

/// <summary>Where the repository and the web app's build output are, seen from the test's build folder.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>bin/&lt;Configuration&gt;/net10.0 of the test assembly names the configuration the app was built in.</summary>
    public static string Configuration { get; } = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    public static string WebAssembly => Path.Combine(Root, "src", "Dashboard.Web", "bin", Configuration, "net10.0", "Dashboard.Web.dll");

    public static string CliAssembly => Path.Combine(Root, "src", "Dashboard.Cli", "bin", Configuration, "net10.0", "dashboard.dll");

    public static string Screenshots => Path.Combine(Root, "docs", "screenshots");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Dashboard.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Dashboard.sln was not found above " + AppContext.BaseDirectory);
    }
}
