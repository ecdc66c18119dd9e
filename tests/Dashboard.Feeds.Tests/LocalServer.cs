using System.Net;
using System.Net.Sockets;

namespace Dashboard.Tests.Web;

/// <summary>
/// A small HTTP server on 127.0.0.1 for the fetch tests: each path answers with a handler; unknown paths answer 404.
/// It records the requests it saw (path and the validators sent).
/// </summary>
internal sealed class LocalServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Dictionary<string, Func<HttpListenerContext, Task>> _routes = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public LocalServer()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public int Port { get; }

    public List<(string Path, string? IfNoneMatch)> Requests { get; } = [];

    public Uri Url(string path) => new($"http://127.0.0.1:{Port}{path}");

    public LocalServer On(string path, Func<HttpListenerContext, Task> handler)
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
            var bytes = System.Text.Encoding.UTF8.GetBytes(body);
            await c.Response.OutputStream.WriteAsync(bytes);
        });

    private async Task LoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(async () =>
            {
                var path = context.Request.Url!.AbsolutePath;
                lock (Requests)
                {
                    Requests.Add((path, context.Request.Headers["If-None-Match"]));
                }

                Func<HttpListenerContext, Task>? handler;
                lock (_routes)
                {
                    _routes.TryGetValue(path, out handler);
                }

                try
                {
                    if (handler is null)
                    {
                        context.Response.StatusCode = 404;
                    }
                    else
                    {
                        await handler(context);
                    }

                    context.Response.Close();
                }
                catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException or InvalidOperationException)
                {
                    // the client went away (a timeout test)
                }
            });
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Close();
        _stop.Dispose();
    }
}
