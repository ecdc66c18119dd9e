using Dashboard.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.UseStaticWebAssets();
builder.Services.AddDashboard(builder.Configuration);

var app = builder.Build();
app.UseDashboard();
app.Run();

/// <summary>The web application's entry point (public so that tests can start it).</summary>
public partial class Program;
