using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Cockpit.Testing;

namespace Cockpit.Dashboards.Tests.SignIn;

/// <summary>
/// A real OpenID Connect provider on loopback: the certified <c>oidc-provider</c> run with node
/// (tests/oidc-provider/provider.mjs), with test people vera (viewer), carl (controller), anna (analyst), ada (admin) and
/// nobody (no role), who sign in through its login form by name. It accepts cockpits at <see cref="CockpitUrls"/> only.
/// </summary>
public sealed class OidcProvider : IAsyncDisposable
{
    public const string ClientId = "cockpit";
    public const string ClientSecret = "cockpit-test-secret";

    private static readonly string Folder = Path.Combine(Repository.Root, "tests", "oidc-provider");
    private readonly Process process;

    private OidcProvider(Process process, Uri issuer, IReadOnlyList<string> cockpitUrls)
    {
        this.process = process;
        Issuer = issuer;
        CockpitUrls = cockpitUrls;
    }

    public Uri Issuer { get; }

    /// <summary>The addresses cockpits may listen on (two): the provider sends people back only there.</summary>
    public IReadOnlyList<string> CockpitUrls { get; }

    public string CockpitUrl => CockpitUrls[0];

    /// <summary>The settings of cockpit number <paramref name="which"/> for this provider, with the RoleMap of the test people's role values.</summary>
    public string[] CockpitArguments(int which = 0) =>
    [
        "--urls", CockpitUrls[which],
        $"--Cockpit:Auth:Oidc:Authority={Issuer}", $"--Cockpit:Auth:Oidc:ClientId={ClientId}", $"--Cockpit:Auth:Oidc:ClientSecret={ClientSecret}",
        "--Cockpit:Auth:Oidc:RequireHttpsMetadata=false", "--Cockpit:Auth:Oidc:Scopes:0=roles",
        "--Cockpit:Auth:Oidc:RoleMap:Cockpit.Viewer=viewer", "--Cockpit:Auth:Oidc:RoleMap:Cockpit.Controller=controller",
        "--Cockpit:Auth:Oidc:RoleMap:Cockpit.Admin=admin",
    ];

    /// <summary>Skips (or on CI fails) when node or the provider's package is missing; .ci/run installs it.</summary>
    public static void RequireInstalled()
    {
        if (Directory.Exists(Path.Combine(Folder, "node_modules", "oidc-provider"))) return;
        const string why = "the test OpenID Connect provider is not installed: npm ci --prefix tests/oidc-provider (.ci/run does it)";
        if (Environment.GetEnvironmentVariable("CI") == "true") Assert.Fail(why);
        Assert.Ignore(why);
    }

    public static async Task<OidcProvider> StartAsync()
    {
        RequireInstalled();
        string[] cockpitUrls = [$"http://127.0.0.1:{FreePort()}", $"http://127.0.0.1:{FreePort()}"];
        var start = new ProcessStartInfo("node") { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("provider.mjs");
        foreach (var url in cockpitUrls) start.ArgumentList.Add(url);
        var process = Process.Start(start)!;
        process.ErrorDataReceived += (_, _) => { }; // its warnings (development adapter, runtime) go nowhere
        process.BeginErrorReadLine();
        const string marker = "listening on ";
        while (await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30)) is { } line)
            if (line.StartsWith(marker, StringComparison.Ordinal))
                return new OidcProvider(process, new Uri(line[marker.Length..].Trim()), cockpitUrls);
        throw new InvalidOperationException("the OpenID Connect provider exited before it listened");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        process.Dispose();
    }
}
