namespace Cockpit.Dashboards.Auth;

/// <summary>
/// <c>?api_key=KEY</c>, the key as Power BI's "Web API" credential and Excel's "From Web" send it, on the feed
/// (<c>/odata</c>) and the views' CSV (<c>/api/views/{view}.csv</c>) only: it becomes <c>Authorization: Bearer KEY</c>, so that
/// <see cref="ApiKeyHandler"/> checks it as any other key (roles, failed-key limit). The parameter leaves the request's
/// query on every path, so nothing after this middleware sees it: no log line of ours, no link the feed writes.
/// </summary>
public static class ApiKeyInQuery
{
    public const string Parameter = "api_key";

    /// <summary>Before <c>UseFailedKeyLimit</c> and <c>UseAuthentication</c>, which then see the key as a header.</summary>
    public static IApplicationBuilder UseApiKeyInQuery(this IApplicationBuilder app) => app.Use((http, next) =>
    {
        Move(http.Request);
        return next(http);
    });

    /// <summary>
    /// ASP.NET's own "Request starting/finished" lines (Information) hold the URL as sent, before any middleware can take
    /// the key out: they are kept at Warning whatever the configuration says.
    /// </summary>
    public static ILoggingBuilder KeepKeysOutOfLogs(this ILoggingBuilder logging) =>
        logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);

    public static bool Accepts(PathString path) =>
        path.StartsWithSegments("/odata") || (path.StartsWithSegments("/api/views") && path.Value!.EndsWith(".csv", StringComparison.OrdinalIgnoreCase));

    private static void Move(HttpRequest request)
    {
        if (!request.Query.TryGetValue(Parameter, out var keys)) return;
        var rest = request.QueryString.Value!.TrimStart('?').Split('&')
            .Where(pair => !Uri.UnescapeDataString(pair.Split('=')[0]).Equals(Parameter, StringComparison.Ordinal));
        request.QueryString = new QueryString(string.Join('&', rest) is { Length: > 0 } kept ? "?" + kept : "");
        if (!Accepts(request.Path) || request.Headers.Authorization.Count > 0) return;
        // The same key twice (a client that adds it to a link that has it) is that key; two different ones are no key.
        request.Headers.Authorization = "Bearer " + (keys.Distinct().Count() == 1 ? keys[0] : "");
    }
}
