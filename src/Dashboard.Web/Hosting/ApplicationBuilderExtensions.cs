using Dashboard.Geo.Data;
using Dashboard.Store.Query;
using Dashboard.Web.Editing;
using Dashboard.Web.Api;
using Dashboard.Web.Components;

namespace Dashboard.Web.Hosting;

/// <summary>The request pipeline and the endpoints.</summary>
public static class ApplicationBuilderExtensions
{
    public static WebApplication UseDashboard(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        // Load the data and extract the corpus now, so that the first page does not wait for it.
        _ = app.Services.GetRequiredService<IDashboardQueries>();

        if (app.Services.GetRequiredService<DashboardOptions>().KnownProxies.Count > 0)
        {
            app.UseForwardedHeaders();
        }

        // Users never see a stack trace: every environment gets the friendly error page.
        app.UseExceptionHandler("/error", createScopeForErrors: true);
        app.UseStatusCodePagesWithReExecute("/not-found");
        app.UseResponseCompression();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapGet("/api/basemap", (HttpContext http, Api.Basemap basemap) => basemap.Serve(http))
            .WithName("Basemap")
            .WithSummary("Country polygons (Natural Earth 1:50m, Crimea assigned to Ukraine) as a GeoJSON FeatureCollection.");
        app.MapDashboardApi();
        app.MapDocumentsApi();
        app.MapAccountEndpoints();
        app.MapOpenApi();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
