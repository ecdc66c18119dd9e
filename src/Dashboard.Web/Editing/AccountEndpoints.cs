using Dashboard.Web.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;

namespace Dashboard.Web.Editing;

/// <summary>Sign-in and sign-out for shared mode (a form post with an antiforgery token, then a cookie).</summary>
public static class AccountEndpoints
{
    /// <summary>The rate-limit policy of sign-in attempts (10 a minute per client address).</summary>
    public const string LoginRateLimit = "login";

    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapPost("/account/login", async (HttpContext context, DashboardOptions options, [FromForm] string? user, [FromForm] string? password, [FromForm] string? returnUrl) =>
            {
                var principal = EditorAccess.SignIn(options, user, password);
                if (principal is null)
                {
                    return Results.LocalRedirect("/login?failed=1");
                }

                await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal).ConfigureAwait(false);
                return Results.LocalRedirect(returnUrl is { Length: > 0 } url && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) ? url : "/");
            })
            .RequireRateLimiting(LoginRateLimit)
            .ExcludeFromDescription();
        endpoints.MapPost("/account/logout", async (HttpContext context) =>
            {
                await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme).ConfigureAwait(false);
                return Results.LocalRedirect("/");
            })
            .ExcludeFromDescription();
        return endpoints;
    }
}
