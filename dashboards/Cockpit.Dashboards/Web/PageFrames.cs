using Cockpit.Dashboards.Auth;
using Cockpit.Dashboards.Page;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;

namespace Cockpit.Dashboards.Web;

/// <summary>The frame of a page for this request's person, with a fresh form token when the page has a form.</summary>
public static class PageFrames
{
    public static PageLayout For(HttpContext http, string lang, bool hasForm = false)
    {
        var person = Person.Of(http.User);
        var token = hasForm || person?.SignedIn == true
            ? http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http).RequestToken ?? ""
            : "";
        var signIn = http.RequestServices.GetRequiredService<IOptionsMonitor<AuthOptions>>().CurrentValue.Oidc.IsConfigured;
        return new PageLayout(lang, person, token, signIn);
    }

    /// <summary>The language a page without filters is shown in: <c>?lang=</c> when it is one of ours, else Finnish.</summary>
    public static string Lang(HttpContext http) =>
        http.Request.Query["lang"].ToString() is var lang && Cockpit.Status.StatusLabels.Languages.Contains(lang) ? lang : Cockpit.Status.StatusLabels.DefaultLanguage;

    public static IResult Html(string html, int status = StatusCodes.Status200OK) =>
        Results.Content(html, "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);
}
