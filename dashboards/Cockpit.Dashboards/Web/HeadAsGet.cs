namespace Cockpit.Dashboards.Web;

/// <summary>
/// HEAD is answered wherever GET is: the request is routed and answered as a GET, so status and headers are GET's,
/// and Kestrel, which still knows the request was a HEAD, sends no body.
/// </summary>
public static class HeadAsGet
{
    /// <summary>Call before routing, so that the GET endpoints are the ones found.</summary>
    public static IApplicationBuilder UseHeadAsGet(this IApplicationBuilder app) => app.Use((http, next) =>
    {
        if (HttpMethods.IsHead(http.Request.Method)) http.Request.Method = HttpMethods.Get;
        return next(http);
    });
}
