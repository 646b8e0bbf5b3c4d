using Cockpit.Dashboards.Auth;
using Cockpit.Dashboards.OData;
using Cockpit.Model.Store;
using DuckDB.NET.Data;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.OData;
using Microsoft.OData.UriParser;

namespace Cockpit.Dashboards.Web.Endpoints;

/// <summary>
/// <c>/odata</c>: the analyst views as an OData v4 feed for Power BI and Excel ("OData feed"), read-only, one flat entity
/// set per view, paged by the server. Errors here are in OData's own format, which those clients show to the person.
/// </summary>
public static class ODataEndpoints
{
    private const string JsonType = "application/json; odata.metadata=minimal; odata.streaming=true; charset=utf-8";

    public static void MapODataEndpoints(this IEndpointRouteBuilder app)
    {
        var feed = app.MapGroup("/odata").RequireAuthorization(Roles.Viewer).WithTags("OData").ExcludeFromDescription();
        feed.MapGet("", (HttpContext http) => Answer(http, 200, JsonType, FeedDocuments.Service(Root(http))));
        feed.MapGet("/cockpit.pbids", (HttpContext http) =>
        {
            http.Response.Headers.ContentDisposition = "attachment; filename=\"cockpit.pbids\"";
            return Answer(http, 200, "application/json", FeedDocuments.Pbids(Root(http)));
        });
        feed.MapGet("/{**path}", Serve);
    }

    private static Task Serve(string path, HttpContext http, FeedModel model, CockpitDatabase db, FeedCursors cursors, IOptions<FeedOptions> options)
    {
        if (path == "$metadata") return Answer(http, 200, "application/xml; charset=utf-8", model.Metadata);
        try
        {
            var root = Root(http);
            var parser = new ODataUriParser(model.Edm, new Uri(root + "/"), new Uri(http.Request.GetEncodedUrl()));
            var segments = parser.ParsePath().ToList();
            if (segments is not ([EntitySetSegment] or [EntitySetSegment, CountSegment]))
                return Error(http, 404, "NotFound", "the feed serves its entity sets whole (/odata/Forecasts), with query options; not single entities or properties");
            var set = FeedSets.Named(((EntitySetSegment)segments[0]).EntitySet.Name)!;
            var query = FeedQuery.Parse(model, set, parser, http.Request.Query, options.Value);
            if (segments.Count == 2)
            {
                var count = db.Read(c => c.Scalar<long>(query.CountSql(), [.. query.Parameters.Values]));
                return Answer(http, 200, "text/plain; charset=utf-8", System.Text.Encoding.UTF8.GetBytes(count.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
            var context = $"{root}/$metadata#{set.Name}" + (query.Selected.Count == model.Columns(set).Count ? "" : $"({string.Join(",", query.Selected.Select(c => c.Name))})");
            var request = RequestWithoutToken(http);
            var next = UriHelper.BuildAbsolute(http.Request.Scheme, http.Request.Host, http.Request.PathBase, http.Request.Path) + "?" + request;
            var page = FeedPage.Read(db.Store, cursors, query, request, options.Value.PageSize, context,
                token => next + (request.Length > 0 ? "&" : "") + "$skiptoken=" + token.Encode());
            return Answer(http, 200, JsonType, page);
        }
        catch (ODataUnrecognizedPathException e) { return Error(http, 404, "NotFound", e.Message); }
        catch (ODataException e) { return Error(http, 400, "BadRequest", e.Message); }
        catch (FeedChangedException e) { return Error(http, 409, "DataChanged", e.Message); }
        catch (DuckDBException e) { return Error(http, 400, "BadRequest", "DuckDB could not run the query: " + e.Message); }
    }

    /// <summary>The feed's root as the client reached it (scheme, host and path base of this request).</summary>
    public static string Root(HttpContext http) => UriHelper.BuildAbsolute(http.Request.Scheme, http.Request.Host, http.Request.PathBase, "/odata");

    // The request's own query options, as sent, less its $skiptoken.
    private static string RequestWithoutToken(HttpContext http) => string.Join("&", http.Request.QueryString.Value?.TrimStart('?')
        .Split('&', StringSplitOptions.RemoveEmptyEntries)
        .Where(p => !Uri.UnescapeDataString(p.Split('=')[0]).Equals("$skiptoken", StringComparison.OrdinalIgnoreCase)) ?? []);

    private static Task Error(HttpContext http, int status, string code, string message) =>
        Answer(http, status, "application/json; odata.metadata=minimal; charset=utf-8", FeedDocuments.Error(code, message));

    private static async Task Answer(HttpContext http, int status, string contentType, byte[] body)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = contentType;
        http.Response.Headers["OData-Version"] = "4.0";
        http.Response.ContentLength = body.Length;
        await http.Response.Body.WriteAsync(body, http.RequestAborted);
    }
}
