using Dashboard.Web.Hosting;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Dashboard.Web.Editing;

/// <summary>
/// Sign-in and sign-out for shared mode (a form post with an antiforgery token, then a cookie). The token is checked here
/// rather than by the framework's filter, so that a missing or stale token is a plain 400 with a message instead of an
/// exception that the error page would then meet again; attempts are limited per address and per user name.
/// </summary>
public static class AccountEndpoints
{
    /// <summary>The rate-limit policy of sign-in attempts (10 a minute per client address).</summary>
    public const string LoginRateLimit = "login";

    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapPost("/account/login", async (HttpContext context, DashboardOptions options, IAntiforgery antiforgery, LoginThrottle throttle) =>
            {
                if (!await antiforgery.IsRequestValidAsync(context).ConfigureAwait(false) || !context.Request.HasFormContentType)
                {
                    return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The sign-in form has expired",
                        detail: "Reload the sign-in page and try again.");
                }

                var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
                string? user = form["user"];
                if (!throttle.TryAttempt(user))
                {
                    return Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many sign-in attempts",
                        detail: "Too many attempts for this user name; wait a few minutes and try again.");
                }

                var principal = EditorAccess.SignIn(options, user, form["password"]);
                if (principal is null)
                {
                    return Results.LocalRedirect("/login?failed=1");
                }

                await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal).ConfigureAwait(false);
                string? returnUrl = form["returnUrl"];
                // Only a path of this site: not "//host" or "/\\host", which browsers read as another site, and no control characters.
                return Results.LocalRedirect(returnUrl is { Length: > 0 } url && url[0] == '/' && (url.Length == 1 || url[1] is not ('/' or '\\'))
                    && !url.Any(char.IsControl) ? url : "/");
            })
            .DisableAntiforgery()
            .RequireRateLimiting(LoginRateLimit)
            .ExcludeFromDescription();
        endpoints.MapPost("/account/logout", async (HttpContext context, IAntiforgery antiforgery) =>
            {
                if (!await antiforgery.IsRequestValidAsync(context).ConfigureAwait(false))
                {
                    return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The form has expired", detail: "Reload the page and try again.");
                }

                await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme).ConfigureAwait(false);
                return Results.LocalRedirect("/");
            })
            .DisableAntiforgery()
            .ExcludeFromDescription();
        return endpoints;
    }
}
