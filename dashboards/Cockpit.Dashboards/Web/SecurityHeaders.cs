namespace Cockpit.Dashboards.Web;

/// <summary>
/// What every answer tells the browser: sniff nothing, send the path to no other site; and on HTML a
/// Content-Security-Policy with scripts and styles from our origin only (nothing inline), no framing, forms only to us
/// and to the identity provider (sign-out continues there).
/// </summary>
public static class SecurityHeaders
{
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app, string? providerOrigin)
    {
        var policy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
            + $"frame-ancestors 'none'; form-action 'self'{(providerOrigin is null ? "" : " " + providerOrigin)}";
        return app.Use((http, next) =>
        {
            http.Response.OnStarting(() =>
            {
                var headers = http.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "same-origin";
                if (http.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true)
                {
                    headers.ContentSecurityPolicy = policy;
                    headers.XFrameOptions = "DENY";
                }
                return Task.CompletedTask;
            });
            return next(http);
        });
    }
}
