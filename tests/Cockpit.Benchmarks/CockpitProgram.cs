using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Cockpit.Benchmarks;

/// <summary>
/// The cockpit's own program as a user runs it: the Release build of Cockpit.Dashboards next to the benchmarks (its apphost),
/// or the program named by <c>COCKPIT_PROGRAM</c> (a published build, say).
/// </summary>
public sealed record CockpitProgram(string Path)
{
    public static CockpitProgram Locate()
    {
        var path = Environment.GetEnvironmentVariable("COCKPIT_PROGRAM") is { Length: > 0 } named ? named
            : System.IO.Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "Cockpit.Dashboards.exe" : "Cockpit.Dashboards");
        return File.Exists(path) ? new CockpitProgram(path) : throw new FileNotFoundException($"the cockpit's program is not at {path}; build in Release first");
    }

    /// <summary>A verb run start to exit, with its peak resident memory.</summary>
    public Task<Measurement> MeasureAsync(params string[] args) => ChildProcess.MeasureAsync(Path, args);

    /// <summary><c>serve</c> on a free loopback port, once <c>/healthz</c> answers.</summary>
    public async Task<ServedCockpit> ServeAsync(string db, params string[] extraArgs)
    {
        var port = FreePort();
        var start = new ProcessStartInfo(Path) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "serve", "--db", db, "--urls", $"http://127.0.0.1:{port}", "--Logging:LogLevel:Default=Warning" }.Concat(extraArgs))
            start.ArgumentList.Add(arg);
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var served = new ServedCockpit(process, new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") });
        for (var waited = Stopwatch.StartNew(); ; await Task.Delay(50))
        {
            try
            {
                using var health = await served.Client.GetAsync("/healthz");
                if (health.IsSuccessStatusCode) return served;
            }
            catch (HttpRequestException) when (!process.HasExited && waited.Elapsed < TimeSpan.FromMinutes(2))
            {
            }
            if (process.HasExited || waited.Elapsed > TimeSpan.FromMinutes(2))
            {
                await served.DisposeAsync();
                throw new InvalidOperationException("the cockpit server did not answer /healthz");
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>A cockpit server running as its own process; disposing stops it.</summary>
public sealed class ServedCockpit(Process process, HttpClient client) : IAsyncDisposable
{
    public HttpClient Client { get; } = client;

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
    }
}
