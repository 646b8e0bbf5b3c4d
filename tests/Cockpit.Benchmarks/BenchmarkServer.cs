using Cockpit.Dashboards.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Cockpit.Benchmarks;

/// <summary>The cockpit server on a free loopback port over a fresh database (with the samples), and a client for it.</summary>
public sealed class BenchmarkServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly string db;

    private BenchmarkServer(WebApplication app, string db, HttpClient client)
    {
        this.app = app;
        this.db = db;
        Client = client;
    }

    public HttpClient Client { get; }

    public static async Task<BenchmarkServer> StartAsync(string folder, params string[] extraArgs)
    {
        Directory.CreateDirectory(folder);
        var db = Path.Combine(folder, $"server-{Environment.ProcessId}-{Guid.NewGuid():N}.duckdb");
        var app = CockpitServer.Build(["--db", db, "--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning", .. extraArgs]);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new BenchmarkServer(app, db, new HttpClient { BaseAddress = new Uri(address) });
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
        File.Delete(db);
        File.Delete(db + ".wal");
    }
}
