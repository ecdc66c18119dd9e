using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Dashboard.EndToEnd.Tests;

/// <summary>
/// The real dashboard, started from its build output as a child process on 127.0.0.1 with a free port
/// (Kestrel picks it; the port is read from the "Now listening on:" log line).
/// </summary>
public sealed partial class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();

    private AppProcess(Process process) => _process = process;

    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Starts the app; unless the environment names one, with a fresh data folder of its own.</summary>
    public static async Task<AppProcess> StartAsync(IReadOnlyDictionary<string, string>? environment = null)
    {
        var dll = RepositoryPaths.WebAssembly;
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"Build the solution first: {dll} is missing.");
        }

        var info = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { dll, "--urls", "http://127.0.0.1:0" },
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["Logging__Console__FormatterName"] = "simple";
        info.Environment["Dashboard__DataDirectory"] = Directory.CreateTempSubdirectory("dashboard-e2e-data-").FullName;
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start.");
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var app = new AppProcess(process);
        void OnLine(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (app._log)
            {
                app._log.AppendLine(line);
            }

            var match = ListeningLine().Match(line);
            if (match.Success)
            {
                listening.TrySetResult(new Uri(match.Groups[1].Value + "/"));
            }
        }

        process.OutputDataReceived += (_, e) => OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var exited = process.WaitForExitAsync();
        var first = await Task.WhenAny(listening.Task, exited, Task.Delay(TimeSpan.FromSeconds(60)));
        if (first != listening.Task)
        {
            var log = app.Log;
            await app.DisposeAsync();
            throw new InvalidOperationException($"The app did not start listening. Its output:\n{log}");
        }

        app.BaseUrl = await listening.Task;
        return app;
    }

    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    [GeneratedRegex(@"Now listening on:\s*(http://\S+?)/?$")]
    private static partial Regex ListeningLine();
}
