namespace Dashboard.Web.Editing;

/// <summary>A configured editor for shared mode: a user name and the SHA-256 (hex) of the password.</summary>
public sealed class EditorAccount
{
    public string User { get; set; } = string.Empty;

    public string PasswordSha256 { get; set; } = string.Empty;
}
