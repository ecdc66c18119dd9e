using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Dashboard.Tests.Web;

/// <summary>
/// A small HTTP server (Kestrel on 127.0.0.1, a free port) for the fetch tests: each path answers with a handler;
/// unknown paths answer 404. It records the requests it saw (path and the validator sent).
/// </summary>
internal sealed class LocalServer : IDisposable
{
    private readonly WebApplication _app;
    private readonly Dictionary<string, Func<HttpContext, Task>> _routes = new(StringComparer.Ordinal);

    public LocalServer()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        _app = builder.Build();
        _app.Run(async context =>
        {
            lock (Requests)
            {
                Requests.Add((context.Request.Path.Value ?? "/", context.Request.Headers.IfNoneMatch.ToString() is { Length: > 0 } tag ? tag : null));
            }

            Func<HttpContext, Task>? handler;
            lock (_routes)
            {
                _routes.TryGetValue(context.Request.Path.Value ?? "/", out handler);
            }

            if (handler is null)
            {
                context.Response.StatusCode = 404;
                return;
            }

            await handler(context);
        });
        _app.StartAsync().GetAwaiter().GetResult();
        var address = _app.Services.GetService(typeof(IServer)) is IServer server
            ? server.Features.Get<IServerAddressesFeature>()!.Addresses.First()
            : throw new InvalidOperationException("Kestrel did not start.");
        Port = new Uri(address).Port;
    }

    public int Port { get; }

    public List<(string Path, string? IfNoneMatch)> Requests { get; } = [];

    public Uri Url(string path) => new($"http://127.0.0.1:{Port}{path}");

    public LocalServer On(string path, Func<HttpContext, Task> handler)
    {
        lock (_routes)
        {
            _routes[path] = handler;
        }

        return this;
    }

    public LocalServer Text(string path, string body, string contentType = "text/html; charset=utf-8", int status = 200) =>
        On(path, async c =>
        {
            c.Response.StatusCode = status;
            c.Response.ContentType = contentType;
            await c.Response.WriteAsync(body);
        });

    public void Dispose() => _app.DisposeAsync().AsTask().GetAwaiter().GetResult();
}
