using System.Net;
using Microsoft.AspNetCore.Authorization;

namespace Cockpit.Dashboards.Auth;

/// <summary>The API-key scheme and one policy per role; admins pass every policy, and every signed-in role may view.</summary>
public static class AuthSetup
{
    public static IServiceCollection AddCockpitAuth(this IServiceCollection services, IConfiguration configuration, Func<bool> loopbackOnly)
    {
        services.Configure<AuthOptions>(configuration.GetSection("Cockpit:Auth"));
        services.AddAuthentication(ApiKeyHandler.SchemeName)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyHandler>(ApiKeyHandler.SchemeName, null);
        var anonymousViewers = configuration.GetValue<bool?>("Cockpit:Auth:AnonymousViewers");
        services.AddAuthorizationBuilder()
            .AddPolicy(Roles.Viewer, p => p.RequireAssertion(c =>
                c.User.Identity?.IsAuthenticated == true
                || (anonymousViewers ?? loopbackOnly()) && !(c.Resource is HttpContext http && http.Request.Headers.Authorization.Count > 0)))
            .AddPolicy(Roles.Controller, p => p.RequireRole(Roles.Controller, Roles.Admin))
            .AddPolicy(Roles.Analyst, p => p.RequireRole(Roles.Analyst, Roles.Admin))
            .AddPolicy(Roles.Admin, p => p.RequireRole(Roles.Admin));
        return services;
    }

    public static bool IsLoopback(IEnumerable<string> urls) => urls.All(url =>
        Uri.TryCreate(url.Replace("*", "0.0.0.0", StringComparison.Ordinal).Replace("+", "0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri)
        && (uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip))));
}
