using Microsoft.AspNetCore.Authorization;

namespace Cockpit.Dashboards.Auth;

/// <summary>The API-key scheme and one policy per role; admins pass every policy, and every signed-in role may view.</summary>
public static class AuthSetup
{
    public static IServiceCollection AddCockpitAuth(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AuthOptions>(configuration.GetSection("Cockpit:Auth"));
        services.AddSingleton<AnonymousViewing>();
        services.AddAuthentication(ApiKeyHandler.SchemeName)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyHandler>(ApiKeyHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(Roles.Viewer, p => p.RequireAssertion(c =>
                c.User.Identity?.IsAuthenticated == true
                || c.Resource is HttpContext http && http.Request.Headers.Authorization.Count == 0
                    && http.RequestServices.GetRequiredService<AnonymousViewing>().IsOn))
            .AddPolicy(Roles.Controller, p => p.RequireRole(Roles.Controller, Roles.Admin))
            .AddPolicy(Roles.Analyst, p => p.RequireRole(Roles.Analyst, Roles.Admin))
            .AddPolicy(Roles.Admin, p => p.RequireRole(Roles.Admin));
        return services;
    }
}
