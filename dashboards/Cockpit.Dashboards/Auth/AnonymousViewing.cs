using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Cockpit.Dashboards.Auth;

/// <summary>
/// Whether viewers may come without a key: only while every address Kestrel listens on is loopback, and
/// <c>Cockpit:Auth:AnonymousViewers</c> is not false. The addresses are the ones bound, whichever setting named them
/// (<c>--urls</c>, <c>ASPNETCORE_URLS</c>, <c>Kestrel:Endpoints</c>), so they are read once the server has started.
/// </summary>
public sealed class AnonymousViewing(IServer server, IHostApplicationLifetime lifetime, IOptionsMonitor<AuthOptions> options)
{
    private bool? loopbackOnly;

    public bool IsOn => options.CurrentValue.AnonymousViewers != false && LoopbackOnly;

    private bool LoopbackOnly
    {
        get
        {
            if (loopbackOnly is { } known) return known;
            if (!lifetime.ApplicationStarted.IsCancellationRequested) return false; // not bound yet: ask for a key
            var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];
            return (loopbackOnly = addresses.Count > 0 && addresses.All(IsLoopback)).Value;
        }
    }

    public static bool IsLoopback(string url) =>
        Uri.TryCreate(url.Replace("*", "0.0.0.0", StringComparison.Ordinal).Replace("+", "0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri)
        && (uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip)));
}
