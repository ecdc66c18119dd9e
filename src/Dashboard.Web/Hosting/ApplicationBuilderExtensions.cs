using Dashboard.Geo.Data;
using Dashboard.Web.Components;

namespace Dashboard.Web.Hosting;

/// <summary>The request pipeline and the endpoints.</summary>
public static class ApplicationBuilderExtensions
{
    public static WebApplication UseDashboard(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        // Users never see a stack trace: every environment gets the friendly error page.
        app.UseExceptionHandler("/error", createScopeForErrors: true);
        app.UseStatusCodePagesWithReExecute("/not-found");
        app.UseResponseCompression();
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapGet("/api/basemap", (DataRoot root) =>
                Results.File(root.CountryShapesFile, "application/geo+json"))
            .WithName("Basemap")
            .WithSummary("Country polygons (Natural Earth 1:50m, Crimea assigned to Ukraine) as a GeoJSON FeatureCollection.");
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
