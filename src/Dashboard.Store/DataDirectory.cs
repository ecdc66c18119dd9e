namespace Dashboard.Store;

/// <summary>
/// Where the store lives: the configured folder (<c>Dashboard:DataDirectory</c>, or the environment variable
/// <c>Dashboard__DataDirectory</c>), else a folder under the user's local application data.
/// </summary>
public static class DataDirectory
{
    public const string EnvironmentVariable = "Dashboard__DataDirectory";

    public static string Resolve(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }

        var local = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        if (string.IsNullOrWhiteSpace(local))
        {
            local = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        }

        return Path.Combine(local, "NewsMapDashboard");
    }
}
