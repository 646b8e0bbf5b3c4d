using Cockpit.Dashboards.Web;
using Cockpit.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Cockpit.Dashboards.Tests.Web;

/// <summary>
/// The real cockpit server on a free loopback port, over a fresh database with the sample loaded. Its SQL workers start
/// on the first statement unless a test asks for them warm (<c>--Cockpit:Sql:WarmWorkers=true</c>): most tests never query;
/// likewise the board pack is not rendered at start unless a test asks (<c>--Cockpit:Reports:WarmUp=true</c>).
/// The local administrator is off unless a test turns it on (<c>--Cockpit:Auth:LocalAdmin=true</c>), so that a request
/// without a key is what it is on a deployed server.
/// </summary>
public sealed class RunningCockpit : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly TempDirectory temp;

    private RunningCockpit(WebApplication app, TempDirectory temp, IReadOnlyList<string> listening)
    {
        this.app = app;
        this.temp = temp;
        Listening = listening;
        Client = new HttpClient { BaseAddress = Reachable(new Uri(listening[0])) };
    }

    /// <summary>The addresses the server listens on, as Kestrel reports them (<c>http://0.0.0.0:41234</c>).</summary>
    public IReadOnlyList<string> Listening { get; }

    public HttpClient Client { get; }

    public Uri Address => Client.BaseAddress!;

    public static async Task<RunningCockpit> StartAsync(params string[] extraArgs)
    {
        var temp = new TempDirectory();
        var app = CockpitServer.Build(["--db", temp.File("cockpit.duckdb"), "--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning", "--Cockpit:Sql:WarmWorkers=false", "--Cockpit:Reports:WarmUp=false", "--Cockpit:Auth:LocalAdmin=false", .. extraArgs]);
        await app.StartAsync();
        var listening = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.ToList();
        return new RunningCockpit(app, temp, listening);
    }

    // A server on every interface (0.0.0.0, [::]) is reached through loopback.
    private static Uri Reachable(Uri listening) =>
        listening.Host is "0.0.0.0" or "[::]" ? new UriBuilder(listening) { Host = "127.0.0.1" }.Uri : listening;

    public T Service<T>() where T : notnull => app.Services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
        temp.Dispose();
    }
}
