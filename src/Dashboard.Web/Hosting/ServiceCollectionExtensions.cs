using Dashboard.Extraction.Pipeline;
using Dashboard.Geo;
using Dashboard.Geo.Data;
using Dashboard.Geo.Shapes;
using Dashboard.Store.Corpus;
using Dashboard.Store.Query;
using Dashboard.Web.Api;
using Microsoft.AspNetCore.ResponseCompression;
using MudBlazor.Services;

namespace Dashboard.Web.Hosting;

/// <summary>Service registration for the dashboard, so that Program.cs stays short.</summary>
public static class ServiceCollectionExtensions
{
    public static IServiceCollection AddDashboard(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = configuration.GetSection(DashboardOptions.Section).Get<DashboardOptions>() ?? new DashboardOptions();
        services.AddSingleton(options);

        var root = DataRoot.Locate(options.DataRoot);
        if (!root.IsSuccess)
        {
            throw new InvalidOperationException(root.Error);
        }

        services.AddSingleton(root.Value);
        services.AddSingleton(sp => GeoData.Load(sp.GetRequiredService<DataRoot>()) is { IsSuccess: true } geo
            ? geo.Value
            : throw new InvalidOperationException("The geographic data could not be loaded; see wwwroot-data/README.md."));
        services.AddSingleton(sp => CorpusCatalog.Load(sp.GetRequiredService<DataRoot>().CorpusFolder));
        services.AddSingleton(sp => NewsPipeline.Create(sp.GetRequiredService<GeoData>()) is { IsSuccess: true } pipeline
            ? pipeline.Value
            : throw new InvalidOperationException("The extraction lexicons could not be loaded; see wwwroot-data/README.md."));
        services.AddSingleton<IDashboardQueries>(sp => DemoCorpusIndex.Build(
            sp.GetRequiredService<CorpusCatalog>(), sp.GetRequiredService<NewsPipeline>()));
        services.AddSingleton(sp => new PlaceGeometry(sp.GetRequiredService<GeoData>()));
        services.AddSingleton<FeatureBuilder>();
        services.AddOpenApi();

        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["application/geo+json"]);
        });
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        return services;
    }
}
