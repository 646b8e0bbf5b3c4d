using Cockpit.Dashboards.Page;
using Cockpit.Dashboards.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Cockpit.Dashboards.Auth;

/// <summary>
/// <c>/signin</c> (to the provider and back to <c>?returnUrl=</c>), <c>/signout</c> (a page with its form; the POST ends the
/// session here and at the provider), <c>/signed-out</c>, and the stylesheet every page links.
/// </summary>
public static class SignInEndpoints
{
    public const string SignedOutPath = "/signed-out";

    public static void MapSignInEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/signin", (HttpContext http, IOptionsMonitor<AuthOptions> auth, string? returnUrl) => auth.CurrentValue.Oidc.IsConfigured
                ? Results.Challenge(new AuthenticationProperties { RedirectUri = LocalPath(returnUrl) }, [SignInSetup.OidcScheme])
                : Problems.Of(Problems.SignInNotConfigured, "Sign-in not configured",
                    "this cockpit has no identity provider (Cockpit:Auth:Oidc:Authority); machines send Authorization: Bearer <key>", StatusCodes.Status404NotFound))
            .WithTags("Sign-in").WithSummary("Signs a person in with the identity provider, then returns to ?returnUrl= (a path of this site).");
        app.MapGet("/signout", (HttpContext http) =>
        {
            var lang = PageFrames.Lang(http);
            if (Person.Of(http.User)?.SignedIn != true) return Results.Redirect("/");
            var frame = PageFrames.For(http, lang, hasForm: true);
            return PageFrames.Html(frame.Render(PageTexts.SignOut.In(lang), $"""
                <main class="notice"><p>{PageLayout.Encode(PageTexts.SignOutQuestion.In(lang))}</p><form method="post" action="/signout"><input type="hidden" name="{FormPosts.TokenField}" value="{PageLayout.Encode(frame.FormToken)}"><button type="submit">{PageLayout.Encode(PageTexts.SignOut.In(lang))}</button></form></main>

                """, "/signout"));
        }).WithTags("Sign-in").WithSummary("The sign-out page (HTML).");
        app.MapPost("/signout", (HttpContext http, IOptionsMonitor<AuthOptions> auth, SignedOutSessions ended) =>
            {
                if (http.User.FindFirst(SignedOutSessions.SessionClaim)?.Value is { } session) ended.End(session);
                var properties = new AuthenticationProperties { RedirectUri = SignedOutPath };
                return Person.Of(http.User)?.SignedIn == true && auth.CurrentValue.Oidc.IsConfigured
                    ? Results.SignOut(properties, [SignInSetup.CookieScheme, SignInSetup.OidcScheme])
                    : Results.SignOut(properties, [SignInSetup.CookieScheme]);
            })
            .WithTags("Sign-in").WithSummary("Ends the session here and, where the provider supports it, there too (form with the page's token).");
        app.MapGet(SignedOutPath, (HttpContext http) =>
        {
            var lang = PageFrames.Lang(http);
            return PageFrames.Html(PageFrames.For(http, lang).Render(PageTexts.SignedOut.In(lang), $"""
                <main class="notice"><p>{PageLayout.Encode(PageTexts.SignedOut.In(lang))}</p><p><a href="/signin">{PageLayout.Encode(PageTexts.SignInAgain.In(lang))}</a></p></main>

                """, SignedOutPath));
        }).WithTags("Sign-in").WithSummary("Says the person has signed out (HTML).");
        app.MapGet(PageStyle.Path, (HttpContext http) =>
        {
            http.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            return Results.Text(PageStyle.Css, "text/css; charset=utf-8");
        }).ExcludeFromDescription();
    }

    /// <summary>A path of this site to return to; anything else (another site, <c>//host</c>) returns to the cockpit.</summary>
    public static string LocalPath(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal) ? url : "/";
}
