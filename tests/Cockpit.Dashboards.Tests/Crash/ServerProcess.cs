using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Cockpit.Dashboards.Tests.Crash;

/// <summary>The real cockpit server as a separate process on a free loopback port, to be killed without warning; what it writes is kept.</summary>
public sealed class ServerProcess : IDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();

    private ServerProcess(Process process, Uri address)
    {
        this.process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>Every line the server has written to stdout and stderr so far.</summary>
    public IReadOnlyList<string> Output => [.. output];

    public static async Task<ServerProcess> StartAsync(string database, IReadOnlyDictionary<string, string> environment)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "Cockpit.Dashboards.dll"), "--db", database, "--urls", $"http://127.0.0.1:{port}" })
            start.ArgumentList.Add(arg);
        foreach (var (name, value) in environment) start.Environment[name] = value;
        var process = Process.Start(start)!;
        var server = new ServerProcess(process, new Uri($"http://127.0.0.1:{port}"));
        process.OutputDataReceived += (_, line) => { if (line.Data is { } text) server.output.Enqueue(text); };
        process.ErrorDataReceived += (_, line) => { if (line.Data is { } text) server.output.Enqueue(text); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var client = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(2) };
        for (var deadline = DateTime.UtcNow.AddSeconds(60); DateTime.UtcNow < deadline;)
        {
            if (process.HasExited) throw new InvalidOperationException($"the server exited with {process.ExitCode}");
            try
            {
                if ((await client.GetAsync("/healthz")).IsSuccessStatusCode) return server;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { }
            await Task.Delay(100);
        }
        server.Dispose();
        throw new TimeoutException("the server did not answer /healthz within a minute");
    }

    /// <summary>SIGKILL: no shutdown, no flush, as when the machine loses power.</summary>
    public void Kill()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    public void Dispose()
    {
        Kill();
        process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
