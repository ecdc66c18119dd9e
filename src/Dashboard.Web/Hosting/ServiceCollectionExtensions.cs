using Dashboard.Extraction.Pipeline;
using Dashboard.Geo;
using Dashboard.Geo.Data;
using Dashboard.Geo.Shapes;
using Dashboard.Store.Corpus;
using Dashboard.Store.Ingest;
using Dashboard.Store.Query;
using Dashboard.Store.Sql;
using Dashboard.Store.Sqlite;
using Dashboard.Web.Editing;
using Dashboard.Web.State;
using Dashboard.Web.Ingest;
using Dashboard.Web.Api;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication.Cookies;
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
        services.AddSingleton(sp => sp.GetRequiredService<NewsPipeline>().Lexicons.Actors.Types);
        services.AddSingleton(sp => new DoubtfulEvents(sp.GetRequiredService<NewsPipeline>().Lexicons.Confidence?.Threshold));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(_ => StoreFactory.Open(options, configuration.GetConnectionString("Dashboard")));
        services.AddSingleton<IDocumentStore>(sp => sp.GetRequiredService<SqlStore>());
        services.AddSingleton(new IngestLimits(options.MaxUploadBytes, TimeSpan.FromSeconds(Math.Max(0.1, options.ExtractionSeconds))));
        services.AddSingleton<DocumentIngestor>();
        services.AddSingleton<IDashboardQueries>(sp =>
        {
            var store = sp.GetRequiredService<SqlStore>();
            StoreStartup.SeedDemoCorpus(store, sp.GetRequiredService<NewsPipeline>(), sp.GetRequiredService<IngestLimits>(), sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<DataRoot>().CorpusFolder,
                sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StoreStartup)));
            return store;
        });
        services.AddSingleton<IStoreChanges>(sp => sp.GetRequiredService<SqlStore>());
        services.AddSingleton<CorrectionService>();
        services.AddScoped<EditorAccess>();
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(o =>
        {
            o.LoginPath = "/login";
            o.Cookie.Name = "newsmap.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.AddAuthorization();
        services.AddSingleton<LoginThrottle>();
        foreach (var proxy in options.KnownProxies.Where(p => !System.Net.IPAddress.TryParse(p, out _)))
        {
            throw new InvalidOperationException($"Dashboard:KnownProxies: '{proxy}' is not an IP address.");
        }

        services.Configure<Microsoft.AspNetCore.Builder.ForwardedHeadersOptions>(o =>
        {
            // Only the proxies named in Dashboard:KnownProxies are believed; then the per-address sign-in limit sees clients.
            o.ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in options.KnownProxies)
            {
                o.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
            }
        });
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(AccountEndpoints.LoginRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = 10, Window = TimeSpan.FromMinutes(1) }));
        });
        foreach (var editor in options.Editors.Where(e => !Core.Security.PasswordHash.IsWellFormed(e.PasswordHash)))
        {
            throw new InvalidOperationException(
                $"Editor '{editor.User}': PasswordHash is not a hash made by 'dashboard hash-password' (pbkdf2-sha256$…).");
        }

        services.AddCascadingAuthenticationState();
        services.AddDashboardFeeds(options);
        services.AddSingleton<IngestService>();
        services.AddHostedService(sp => sp.GetRequiredService<IngestService>());
        services.AddSingleton(sp => new PlaceGeometry(sp.GetRequiredService<GeoData>()));
        services.AddSingleton<FeatureBuilder>();
        services.AddSingleton(sp => new Api.Basemap(sp.GetRequiredService<DataRoot>().CountryShapesFile));
        services.AddHostedService<Api.MapWarmup>();
        services.AddSingleton<State.PrerenderHandover>();
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
