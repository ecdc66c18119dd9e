using System.Security.Claims;
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

    /// <summary>Checks a sign-in against the configured editors (salted PBKDF2, constant-time comparison).</summary>
    public static ClaimsPrincipal? SignIn(DashboardOptions options, string? user, string? password)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(user) || string.IsNullOrEmpty(password))
        {
            return null;
        }

        var editor = options.Editors.FirstOrDefault(e => string.Equals(e.User, user.Trim(), StringComparison.Ordinal));
        // Unknown users are checked against a dummy hash too, so that timing does not tell which user names exist.
        if (!Core.Security.PasswordHash.Verify(password, editor?.PasswordHash ?? DummyHash) || editor is null)
        {
            return null;
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, editor.User), new Claim(ClaimTypes.Role, EditorRole)], "cookie");
        return new ClaimsPrincipal(identity);
    }

    private static readonly string DummyHash = Core.Security.PasswordHash.Create(Guid.NewGuid().ToString("N"));
}
