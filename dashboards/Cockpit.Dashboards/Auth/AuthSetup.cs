using Cockpit.Dashboards.Web;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cockpit.Dashboards.Auth;

/// <summary>The API-key scheme and one policy per role; admins pass every policy, and every signed-in role may view.</summary>
public static class AuthSetup
{
    public static IServiceCollection AddCockpitAuth(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AuthOptions>().Bind(configuration.GetSection("Cockpit:Auth"))
            .Validate(o => o.Failures is { Limit: > 0, WindowSeconds: > 0, TrackedClients: > 0 },
                "Cockpit:Auth:Failures: Limit, WindowSeconds and TrackedClients must be positive")
            .ValidateOnStart();
        services.AddSingleton<AnonymousViewing>();
        services.AddSingleton<FailedKeyLimiter>();
        services.TryAddSingleton(TimeProvider.System);
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

    /// <summary>
    /// A client address out of failed-key budget gets 429 with <c>Retry-After</c> for every request that carries a key,
    /// the right one too: otherwise the one guess answered differently would be the right key.
    /// </summary>
    public static IApplicationBuilder UseFailedKeyLimit(this IApplicationBuilder app)
    {
        var limiter = app.ApplicationServices.GetRequiredService<FailedKeyLimiter>();
        return app.Use(async (http, next) =>
        {
            var wait = http.Request.Headers.Authorization.Count > 0 ? limiter.Wait(http.Connection.RemoteIpAddress) : TimeSpan.Zero;
            if (wait <= TimeSpan.Zero)
            {
                await next(http);
                return;
            }
            var seconds = (int)Math.Ceiling(wait.TotalSeconds);
            http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await Problems.Of(Problems.TooManyFailedKeys, "Too many failed keys",
                $"too many unknown keys came from this address; try again in {seconds} s", StatusCodes.Status429TooManyRequests).ExecuteAsync(http);
        });
    }
}
