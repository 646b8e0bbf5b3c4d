using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Cockpit.Dashboards.Web;

/// <summary>
/// Behind a reverse proxy (TLS, the public host name) the client's address, scheme and host come in <c>X-Forwarded-For</c>,
/// <c>-Proto</c> and <c>-Host</c>. They are believed only from the proxies named in <c>Cockpit:Proxy:KnownProxies</c>
/// (addresses) or <c>Cockpit:Proxy:KnownNetworks</c> (CIDR), never from anyone else, loopback included.
/// </summary>
public static class ForwardedHeadersSetup
{
    public static bool HasProxies(IConfiguration configuration) => Proxies(configuration).Length + Networks(configuration).Length > 0;

    public static IApplicationBuilder UseConfiguredProxies(this IApplicationBuilder app, IConfiguration configuration)
    {
        if (!HasProxies(configuration)) return app;
        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost,
            ForwardLimit = 1,
        };
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in Proxies(configuration)) options.KnownProxies.Add(IPAddress.Parse(proxy));
        foreach (var network in Networks(configuration)) options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        return app.UseForwardedHeaders(options);
    }

    private static string[] Proxies(IConfiguration configuration) => Values(configuration, "Cockpit:Proxy:KnownProxies");

    private static string[] Networks(IConfiguration configuration) => Values(configuration, "Cockpit:Proxy:KnownNetworks");

    private static string[] Values(IConfiguration configuration, string section) =>
        configuration.GetSection(section).GetChildren().Select(c => c.Value).OfType<string>().Where(v => v.Length > 0).ToArray();
}
