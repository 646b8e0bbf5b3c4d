using Microsoft.AspNetCore.Antiforgery;

namespace Cockpit.Dashboards.Web;

/// <summary>
/// A request that changes something and that another site could make a browser send (no <c>Authorization</c> header, a
/// body a plain form can carry) must carry the antiforgery token of one of our pages: 400 otherwise. A key in
/// <c>Authorization</c>, or a JSON body, needs no token, since no other site can make a browser send either.
/// </summary>
public static class FormPosts
{
    public const string TokenField = "__RequestVerificationToken";

    private static readonly string[] FormTypes = ["application/x-www-form-urlencoded", "multipart/form-data", "text/plain"];

    public static IApplicationBuilder UseFormTokens(this IApplicationBuilder app)
    {
        var antiforgery = app.ApplicationServices.GetRequiredService<IAntiforgery>();
        return app.Use(async (http, next) =>
        {
            if (NeedsToken(http.Request) && !await antiforgery.IsRequestValidAsync(http))
            {
                await Problems.Of(Problems.BadFormToken, "Form expired",
                    "this form came without a valid token (it is old, or another site sent it); reload the page and send it again").ExecuteAsync(http);
                return;
            }
            await next(http);
        });
    }

    private static bool NeedsToken(HttpRequest request) =>
        !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method) || HttpMethods.IsTrace(request.Method))
        && request.Headers.Authorization.Count == 0
        && (request.ContentType is not { Length: > 0 } type || FormTypes.Any(f => type.StartsWith(f, StringComparison.OrdinalIgnoreCase)));
}
