using Cockpit.Dashboards.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cockpit.Dashboards.Auth;

/// <summary>
/// Who a request is: a machine with a key (<c>Authorization: Bearer</c>), a person with a session cookie, or on a
/// loopback-only cockpit the local administrator. One policy per role; admins pass every policy.
/// </summary>
public static class AuthSetup
{
    public const string Scheme = "Cockpit";

    public static IServiceCollection AddCockpitAuth(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("Cockpit:Auth");
        services.AddOptions<AuthOptions>().Bind(section)
            .Validate(o => o.Failures is { Limit: > 0, WindowSeconds: > 0, TrackedClients: > 0 },
                "Cockpit:Auth:Failures: Limit, WindowSeconds and TrackedClients must be positive")
            .Validate(o => o.Session > TimeSpan.Zero, "Cockpit:Auth:Session must be a positive time span such as 08:00:00")
            .ValidateOnStart();
        var options = section.Get<AuthOptions>() ?? new AuthOptions();
        if (OidcProblem(options.Oidc) is { } problem) throw new InvalidOperationException($"Cockpit:Auth:Oidc: {problem}");
        services.AddSingleton<LocalAccess>();
        services.AddSingleton<FailedKeyLimiter>();
        services.AddSingleton<SignedOutSessions>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddDataProtection().SetApplicationName("Cockpit")
            .PersistKeysToFileSystem(Directory.CreateDirectory(KeysDirectory(options, configuration)));
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "cockpit.antiforgery";
            o.Cookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest;
            o.FormFieldName = FormPosts.TokenField;
        });
        services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, null, o => o.ForwardDefaultSelector = SchemeFor)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyHandler>(ApiKeyHandler.SchemeName, null)
            .AddScheme<AuthenticationSchemeOptions, LocalAdminHandler>(LocalAdminHandler.SchemeName, null)
            .AddSignIn(options);
        services.AddAuthorizationBuilder()
            .AddPolicy(Roles.Viewer, p => p.RequireAssertion(c =>
                Roles.All.Any(c.User.IsInRole)
                || c.Resource is HttpContext http && c.User.Identity?.IsAuthenticated != true && http.Request.Headers.Authorization.Count == 0
                    && http.RequestServices.GetRequiredService<LocalAccess>().ViewerWithoutKey(http)))
            .AddPolicy(Roles.Controller, p => p.RequireRole(Roles.Controller, Roles.Admin))
            .AddPolicy(Roles.Analyst, p => p.RequireRole(Roles.Analyst, Roles.Admin))
            .AddPolicy(Roles.Admin, p => p.RequireRole(Roles.Admin));
        return services;
    }

    private static string SchemeFor(HttpContext http) =>
        http.Request.Headers.Authorization.Count > 0 ? ApiKeyHandler.SchemeName
        : http.RequestServices.GetRequiredService<LocalAccess>().LocalAdmin(http) ? LocalAdminHandler.SchemeName
        : SignInSetup.CookieScheme;

    private static string? OidcProblem(OidcOptions oidc)
    {
        if (!oidc.IsConfigured) return null;
        if (!Uri.TryCreate(oidc.Authority, UriKind.Absolute, out var authority)) return $"Authority '{oidc.Authority}' is not an absolute URL";
        if (oidc.ClientId.Length == 0) return "ClientId is required with an Authority";
        if (authority.Scheme != Uri.UriSchemeHttps && oidc.RequireHttpsMetadata)
            return $"Authority '{oidc.Authority}' is not HTTPS; RequireHttpsMetadata=false is allowed only for a provider on a loopback address";
        if (!oidc.RequireHttpsMetadata && !LoopbackHosts.IsLoopback(authority.Host))
            return $"RequireHttpsMetadata=false is allowed only for a provider on a loopback address, not '{authority.Host}'";
        return null;
    }

    private static string KeysDirectory(AuthOptions options, IConfiguration configuration) =>
        options.KeysDirectory.Length > 0
            ? options.KeysDirectory
            : Path.GetFullPath(configuration["Cockpit:Database"] ?? "data/cockpit.duckdb") + ".keys";

    /// <summary>
    /// A client address out of failed-key or failed-sign-in budget gets 429 with <c>Retry-After</c> for every request that
    /// carries a credential (a key, a session cookie, an answer from the provider), the right one too: otherwise the one
    /// guess answered differently would be the right key.
    /// </summary>
    public static IApplicationBuilder UseFailedKeyLimit(this IApplicationBuilder app)
    {
        var limiter = app.ApplicationServices.GetRequiredService<FailedKeyLimiter>();
        return app.Use(async (http, next) =>
        {
            var wait = CarriesCredential(http.Request) ? limiter.Wait(http.Connection.RemoteIpAddress) : TimeSpan.Zero;
            if (wait <= TimeSpan.Zero)
            {
                await next(http);
                return;
            }
            var seconds = (int)Math.Ceiling(wait.TotalSeconds);
            http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await Problems.Of(Problems.TooManyFailedKeys, "Too many failed sign-ins",
                $"too many unknown keys or failed sign-ins came from this address; try again in {seconds} s", StatusCodes.Status429TooManyRequests).ExecuteAsync(http);
        });
    }

    /// <summary>A session cookie that does not open (tampered, from another server's keys) counts as a failed key.</summary>
    public static IApplicationBuilder UseFailedSessionCount(this IApplicationBuilder app)
    {
        var limiter = app.ApplicationServices.GetRequiredService<FailedKeyLimiter>();
        return app.Use(async (http, next) =>
        {
            if (http.User.Identity?.IsAuthenticated != true && http.Request.Headers.Authorization.Count == 0
                && http.Request.Cookies.ContainsKey(SignInSetup.SessionCookie)
                && (await http.AuthenticateAsync(SignInSetup.CookieScheme)).Failure is not null) // the handler's answer of this request, not a second reading
                limiter.Failed(http.Connection.RemoteIpAddress);
            await next(http);
        });
    }

    private static bool CarriesCredential(HttpRequest request) =>
        request.Headers.Authorization.Count > 0 || request.Cookies.ContainsKey(SignInSetup.SessionCookie)
        || request.Path.StartsWithSegments(SignInSetup.CallbackPath);
}
