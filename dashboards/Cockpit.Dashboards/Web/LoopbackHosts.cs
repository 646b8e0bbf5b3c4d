using System.Net;
using Cockpit.Dashboards.Auth;
using Microsoft.Extensions.Primitives;

namespace Cockpit.Dashboards.Web;

/// <summary>
/// While anyone may come without a key (viewers, the local administrator), a request must name a loopback host (<c>localhost</c>, <c>*.localhost</c>, 127.0.0.0/8,
/// <c>[::1]</c>) or one of <c>AllowedHosts</c>; anything else is 400 <c>/problems/bad-host</c>. Without this a page on
/// evil.example whose name is re-pointed at 127.0.0.1 (DNS rebinding) reads the cockpit through its visitor's browser.
/// </summary>
public static class LoopbackHosts
{
    public static IApplicationBuilder UseLoopbackHosts(this IApplicationBuilder app, IConfiguration configuration)
    {
        StringSegment[] allowed = (configuration["AllowedHosts"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(h => h != "*").Select(h => new StringSegment(h)).ToArray();
        var viewing = app.ApplicationServices.GetRequiredService<LocalAccess>();
        return app.Use(async (http, next) =>
        {
            var host = http.Request.Host.Host;
            if (!viewing.IsOn || IsLoopback(host) || HostString.MatchesAny(host, allowed)) await next(http);
            else await Problems.Of(Problems.BadHost, "Host not allowed",
                $"this cockpit lets people in without a key, so it answers only to localhost and loopback addresses, not '{host}'").ExecuteAsync(http);
        });
    }

    public static bool IsLoopback(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)
        || IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip);
}
