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

    public T Service<T>() where T : notnull => app.Services.GetRequiredService<T>();

    public static async Task<BenchmarkServer> StartAsync(string folder, params string[] extraArgs)
    {
        Directory.CreateDirectory(folder);
        var db = Path.Combine(folder, $"server-{Environment.ProcessId}-{Guid.NewGuid():N}.duckdb");
        var app = CockpitServer.Build(["--db", db, "--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning", .. extraArgs]);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new BenchmarkServer(app, db, new HttpClient { BaseAddress = new Uri(address) });
    }

    /// <summary>Waits until the SQL workers are up and have compiled every format, so that no figure includes their start.</summary>
    public async Task SqlWorkersReadyAsync()
    {
        var workers = app.Services.GetRequiredService<Cockpit.Dashboards.Sql.Workers.SqlWorkers>();
        var limits = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Cockpit.Model.Sql.SqlLimits>>().Value;
        for (var waited = 0; workers.ProcessIds.Count < limits.Workers && waited < 600; waited++) await Task.Delay(100);
        await Task.Delay(TimeSpan.FromSeconds(3)); // Excel and Parquet compile in the background after a worker is ready
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
