using System.Text;
using Cockpit.Dashboards.Dashboards;
using Cockpit.Dashboards.Page;
using Cockpit.Model.Store;

namespace Cockpit.Dashboards.Web.Endpoints;

/// <summary><c>GET /</c>: the leadership page; <c>GET /healthz</c>: 200 while the database answers.</summary>
public static class PageEndpoints
{
    public static void MapPageEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", Page).RequireAuthorization(Auth.Roles.Viewer).WithTags("Page").WithSummary("The leadership page (HTML). Query: round, theme, lang.");
        app.MapGet("/healthz", (CockpitDatabase db) =>
        {
            try
            {
                var version = db.Read(c => c.Scalar<int>("SELECT max(version) FROM schema_migrations"));
                return Results.Ok(new { status = "ok", schema = version, data = db.Version.Token });
            }
            catch (DuckDB.NET.Data.DuckDBException e)
            {
                return Problems.Of(Problems.Unavailable, "Database unavailable", e.Message, StatusCodes.Status503ServiceUnavailable);
            }
        }).WithTags("Health");
    }

    private static IResult Page(HttpContext http, Dashboard dashboard, CockpitDatabase db, ResponseCache cache)
    {
        var rounds = db.Rounds;
        var filters = Filters.Parse(http.Request.Query, rounds.Select(r => r.Round).ToList(), RoundCatalog.Current(rounds), out var problem);
        if (filters is null) return Problems.Of(Problems.BadFilter, "Bad filter", problem!);
        var sort = http.Request.Query["sort"].ToString();
        if (sort is not ("" or "status")) return Problems.Of(Problems.BadFilter, "Bad filter", $"sort must be 'status' or absent, not '{sort}'");
        var frame = PageFrames.For(http, filters.Lang);
        var title = dashboard.Title.In(filters.Lang);
        // The frame is drawn for each request (a form token, the person); who is looking is part of the key, so a 304 is theirs.
        return RequestContext.Cached(http, cache, [filters.Lang, frame.Person, sort, .. filters.Values(Filters.All)], () =>
        {
            var choices = db.Read(c => new PageChoices(rounds,
                c.Query("SELECT DISTINCT theme FROM v_forecasts ORDER BY theme", r => r.GetString(0)),
                c.Query("""
                    SELECT DISTINCT metric_id, metric FROM v_metric_values
                    WHERE metric_id IS NOT NULL AND ($theme = '' OR metric_id IN (SELECT metric_id FROM v_forecasts WHERE theme = $theme))
                    ORDER BY metric
                    """, r => new MetricChoice(r.GetInt32(0), r.GetString(1)), ("theme", filters.Theme)),
                sort == "status"));
            var marks = filters.Round is { } round ? db.Read(c => ReviewQueries.Marks(c, round, filters.Theme)) : null;
            var yearBefore = filters.Round is { } asked ? db.Read(c => YearBefore.For(c, asked)) : null;
            var page = new CockpitPage(dashboard, filters, choices, tile => db.Read(c => c.Frame(tile.Query, filters.For(tile))), marks, yearBefore);
            return new CachedResponse(Encoding.UTF8.GetBytes(page.Render()), "text/html; charset=utf-8");
        }, body => Encoding.UTF8.GetBytes(frame.Render(title, Encoding.UTF8.GetString(body), "/", scripts: ["/assets/filters.js"])));
    }
}
