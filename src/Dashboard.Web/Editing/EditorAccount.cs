namespace Dashboard.Web.Editing;

/// <summary>
/// A configured editor for shared mode: a user name and a salted password hash
/// (<c>pbkdf2-sha256$…</c>, made by <c>dotnet run --project src/Dashboard.Cli -- hash-password</c>).
/// </summary>
public sealed class EditorAccount
{
    public string User { get; set; } = string.Empty;

    public string PasswordHash { get; set; } = string.Empty;
}
