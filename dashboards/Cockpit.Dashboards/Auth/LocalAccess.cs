using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Cockpit.Dashboards.Web;
using Microsoft.Extensions.Options;

namespace Cockpit.Dashboards.Auth;

/// <summary>
/// What a server that only the machine itself can reach lets in without a key or sign-in: viewers
/// (<see cref="AuthOptions.AnonymousViewers"/>) and, with no provider configured, the local administrator
/// (<see cref="AuthOptions.LocalAdmin"/>). Loopback-only is decided from the addresses bound, whichever setting named them
/// (<c>--urls</c>, <c>ASPNETCORE_URLS</c>, <c>Kestrel:Endpoints</c>), so it is read once the server has started. A server
/// with a proxy configured serves people elsewhere, so it has neither; nor has a request that an unknown proxy forwarded
/// (it carries <c>Forwarded</c> or <c>X-Forwarded-*</c>).
/// </summary>
public sealed class LocalAccess(IServer server, IHostApplicationLifetime lifetime, IOptionsMonitor<AuthOptions> options, IConfiguration configuration)
{
    public const string LocalName = "local";

    private bool? loopbackOnly;

    private AuthOptions Options => options.CurrentValue;

    /// <summary>Whether any request may come without credentials; the host-name check guards the server while it may.</summary>
    public bool IsOn => LoopbackOnly && (Options.AnonymousViewers != false || LocalAdminAllowed);

    public bool ViewerWithoutKey(HttpContext http) => Options.AnonymousViewers != false && LoopbackOnly && !Forwarded(http.Request);

    public bool LocalAdmin(HttpContext http) => LocalAdminAllowed && LoopbackOnly && !Forwarded(http.Request);

    private bool LocalAdminAllowed => Options.LocalAdmin != false && !Options.Oidc.IsConfigured;

    private bool LoopbackOnly => !ForwardedHeadersSetup.HasProxies(configuration) && BoundToLoopbackOnly;

    private bool BoundToLoopbackOnly
    {
        get
        {
            if (loopbackOnly is { } known) return known;
            if (!lifetime.ApplicationStarted.IsCancellationRequested) return false; // not bound yet: ask for a key
            var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];
            return (loopbackOnly = addresses.Count > 0 && addresses.All(IsLoopback)).Value;
        }
    }

    private static bool Forwarded(HttpRequest request) =>
        request.Headers.ContainsKey("Forwarded") || request.Headers.Keys.Any(k => k.StartsWith("X-Forwarded-", StringComparison.OrdinalIgnoreCase));

    public static bool IsLoopback(string url) =>
        Uri.TryCreate(url.Replace("*", "0.0.0.0", StringComparison.Ordinal).Replace("+", "0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri)
        && (uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip)));
}
