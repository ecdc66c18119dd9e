using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Dashboard.Web.Hosting;
using Microsoft.AspNetCore.Components.Authorization;

namespace Dashboard.Web.Editing;

/// <summary>
/// Who may ingest and correct. In the default local single-user mode, anyone using the app; in shared mode
/// (<c>Dashboard:Mode = shared</c>), only editors signed in with a configured account; viewers only read.
/// </summary>
public sealed class EditorAccess(DashboardOptions options, AuthenticationStateProvider authentication)
{
    public const string EditorRole = "editor";

    public bool IsShared => string.Equals(options.Mode, "shared", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the current user may edit, and the name corrections are recorded under.</summary>
    public async Task<(bool CanEdit, string Author)> CurrentAsync()
    {
        var user = (await authentication.GetAuthenticationStateAsync()).User;
        var name = user.Identity?.IsAuthenticated == true ? user.Identity.Name ?? "editor" : null;
        return IsShared ? (user.IsInRole(EditorRole), name ?? "viewer") : (true, name ?? "local analyst");
    }

    /// <summary>Checks a sign-in against the configured editors (constant-time comparison of password hashes).</summary>
    public static ClaimsPrincipal? SignIn(DashboardOptions options, string? user, string? password)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(user) || string.IsNullOrEmpty(password))
        {
            return null;
        }

        var hash = Convert.FromHexString(Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(password))));
        foreach (var editor in options.Editors)
        {
            if (!string.Equals(editor.User, user.Trim(), StringComparison.Ordinal) || editor.PasswordSha256.Length != 64)
            {
                continue;
            }

            if (CryptographicOperations.FixedTimeEquals(hash, Convert.FromHexString(editor.PasswordSha256)))
            {
                var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, editor.User), new Claim(ClaimTypes.Role, EditorRole)], "cookie");
                return new ClaimsPrincipal(identity);
            }
        }

        return null;
    }
}
