using Cockpit.Dashboards.Web;
using Cockpit.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Cockpit.Dashboards.Tests.Web;

/// <summary>
/// The real cockpit server on a free loopback port, over a fresh database with the sample loaded. Its SQL workers start
/// on the first statement unless a test asks for them warm (<c>--Cockpit:Sql:WarmWorkers=true</c>): most tests never query.
/// </summary>
public sealed class RunningCockpit : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly TempDirectory temp;

    private RunningCockpit(WebApplication app, TempDirectory temp, Uri address)
    {
        this.app = app;
        this.temp = temp;
        Client = new HttpClient { BaseAddress = address };
    }

    public HttpClient Client { get; }

    public Uri Address => Client.BaseAddress!;

    public static async Task<RunningCockpit> StartAsync(params string[] extraArgs)
    {
        var temp = new TempDirectory();
        var app = CockpitServer.Build(["--db", temp.File("cockpit.duckdb"), "--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning", "--Cockpit:Sql:WarmWorkers=false", .. extraArgs]);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RunningCockpit(app, temp, new Uri(address));
    }

    public T Service<T>() where T : notnull => app.Services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
        temp.Dispose();
    }
}
