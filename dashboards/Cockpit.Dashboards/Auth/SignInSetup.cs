using Cockpit.Dashboards.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Cockpit.Dashboards.Auth;

/// <summary>
/// People sign in with OpenID Connect (authorization code with PKCE) into a cookie session. A browser without a session is
/// sent to the provider; an API client (any <c>/api</c> or <c>/odata</c> path, or no <c>text/html</c> in Accept) gets 401
/// with <c>WWW-Authenticate</c>, never a redirect.
/// </summary>
public static class SignInSetup
{
    public const string CookieScheme = "Session";
    public const string OidcScheme = "oidc";
    public const string SessionCookie = "cockpit.session";
    public const string CallbackPath = "/signin-oidc";
    public const string SignedOutCallbackPath = "/signout-callback-oidc";

    public static AuthenticationBuilder AddSignIn(this AuthenticationBuilder auth, AuthOptions options)
    {
        auth.AddCookie(CookieScheme, o =>
        {
            o.Cookie.Name = SessionCookie;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = options.Session;
            o.SlidingExpiration = true;
            o.Events.OnValidatePrincipal = RemapRoles;
            o.Events.OnRedirectToLogin = SignInOrRefuse;
            o.Events.OnRedirectToAccessDenied = Refuse;
        });
        if (!options.Oidc.IsConfigured) return auth;
        var oidc = options.Oidc;
        return auth.AddOpenIdConnect(OidcScheme, o =>
        {
            o.Authority = oidc.Authority;
            o.ClientId = oidc.ClientId;
            o.ClientSecret = oidc.ClientSecret.Length > 0 ? oidc.ClientSecret : null;
            o.RequireHttpsMetadata = oidc.RequireHttpsMetadata;
            o.ResponseType = OpenIdConnectResponseType.Code;
            o.ResponseMode = OpenIdConnectResponseMode.Query; // a top-level GET back, so SameSite=Lax cookies come along
            o.UsePkce = true;
            o.DisableTelemetry = true; // no x-client-SKU or version of our libraries in the URL
            o.PushedAuthorizationBehavior = oidc.PushedAuthorization ? PushedAuthorizationBehavior.UseIfAvailable : PushedAuthorizationBehavior.Disable;
            o.Scope.Clear();
            foreach (var scope in new[] { "openid", "profile" }.Concat(oidc.Scopes).Distinct()) o.Scope.Add(scope);
            o.MapInboundClaims = false;
            o.GetClaimsFromUserInfoEndpoint = true;
            o.ClaimActions.MapJsonKey(oidc.RoleClaim, oidc.RoleClaim);
            o.SaveTokens = true; // the id_token tells the provider whose session to end at sign-out
            o.SignInScheme = CookieScheme;
            o.CallbackPath = CallbackPath;
            o.SignedOutCallbackPath = SignedOutCallbackPath;
            o.SignedOutRedirectUri = SignInEndpoints.SignedOutPath;
            o.CorrelationCookie.SameSite = o.NonceCookie.SameSite = SameSiteMode.Lax;
            o.CorrelationCookie.SecurePolicy = o.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.Events.OnTicketReceived = context =>
            {
                context.Principal = PersonRoles.FromProvider(context.Principal!, Current(context.HttpContext).Oidc);
                // Only the id_token is kept (the provider needs it at sign-out): the cookie stays one small chunk.
                context.Properties!.StoreTokens(context.Properties!.GetTokens().Where(t => t.Name == "id_token").ToList());
                return Task.CompletedTask;
            };
            o.Events.OnRemoteFailure = SignInFailed;
        });
    }

    /// <summary>Whether a request comes from a program rather than a person's browser.</summary>
    public static bool IsApiRequest(HttpRequest request) =>
        request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/odata") || request.Path.StartsWithSegments("/openapi")
        || !request.Headers.Accept.Any(a => a?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true);

    private static AuthOptions Current(HttpContext http) => http.RequestServices.GetRequiredService<IOptionsMonitor<AuthOptions>>().CurrentValue;

    private static Task RemapRoles(CookieValidatePrincipalContext context)
    {
        if (context.Principal?.Identity?.AuthenticationType != PersonRoles.AuthenticationType) return Task.CompletedTask;
        if (context.HttpContext.RequestServices.GetRequiredService<SignedOutSessions>().HasEnded(context.Principal.FindFirst(SignedOutSessions.SessionClaim)?.Value))
            context.RejectPrincipal();
        else
            context.ReplacePrincipal(PersonRoles.Remapped(context.Principal, Current(context.HttpContext).Oidc));
        return Task.CompletedTask;
    }

    private static async Task SignInOrRefuse(RedirectContext<CookieAuthenticationOptions> context)
    {
        var http = context.HttpContext;
        if (!IsApiRequest(http.Request) && Current(http).Oidc.IsConfigured)
        {
            await http.ChallengeAsync(OidcScheme, new AuthenticationProperties { RedirectUri = http.Request.PathBase + http.Request.Path + http.Request.QueryString });
            return;
        }
        http.Response.Headers.WWWAuthenticate = "Bearer";
        var how = Current(http).Oidc.IsConfigured ? "sign in (/signin) or send Authorization: Bearer <key>" : "send Authorization: Bearer <key>";
        await Problems.Of(Problems.Unauthorized, "Sign-in needed", $"this needs a signed-in person or an API key: {how}",
            StatusCodes.Status401Unauthorized).ExecuteAsync(http);
    }

    private static async Task Refuse(RedirectContext<CookieAuthenticationOptions> context)
    {
        var user = context.HttpContext.User;
        var roles = string.Join(", ", user.Claims.Where(c => c.Type == System.Security.Claims.ClaimTypes.Role).Select(c => c.Value));
        var detail = roles.Length == 0
            ? $"{user.Identity?.Name} is signed in but has no role in the cockpit; an administrator gives roles through the identity provider"
            : $"{user.Identity?.Name} is signed in as {roles}, which may not use this";
        await Problems.Of(Problems.Forbidden, "Not allowed", detail, StatusCodes.Status403Forbidden).ExecuteAsync(context.HttpContext);
    }

    // A forged or replayed answer from the provider, or the provider's own error: counted against the address, told in a sentence.
    private static async Task SignInFailed(RemoteFailureContext context)
    {
        context.HandleResponse();
        var http = context.HttpContext;
        http.RequestServices.GetRequiredService<FailedKeyLimiter>().Failed(http.Connection.RemoteIpAddress);
        await Problems.Of(Problems.SignInFailed, "Sign-in failed",
            $"the identity provider's answer was not accepted ({context.Failure?.Message}); start again from /signin",
            StatusCodes.Status401Unauthorized).ExecuteAsync(http);
    }
}
