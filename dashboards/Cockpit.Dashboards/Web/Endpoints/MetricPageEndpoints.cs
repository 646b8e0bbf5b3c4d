using System.Globalization;
using System.Text;
using Cockpit.Dashboards.Page;
using Cockpit.Model.Forecasts;
using Cockpit.Model.Store;
using DuckDB.NET.Data;

namespace Cockpit.Dashboards.Web.Endpoints;

/// <summary><c>GET /metrics/{id}</c>: one metric's story (HTML), linked from every row of the goal table.</summary>
public static class MetricPageEndpoints
{
    public static void MapMetricPageEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/metrics/{id:int}", Page).RequireAuthorization(Auth.Roles.Viewer).WithTags("Page")
            .WithSummary("A metric's story (HTML): every round's text with the changes marked, status and evidence, the year before, monthly values. Query: round, lang.");

    private static IResult Page(int id, HttpContext http, CockpitDatabase db, ResponseCache cache)
    {
        var rounds = db.Rounds;
        var filters = Filters.Parse(http.Request.Query, rounds.Select(r => r.Round).ToList(), RoundCatalog.Current(rounds), out var problem);
        if (filters is null) return Problems.Of(Problems.BadFilter, "Bad filter", problem!);
        var story = db.Read(c => Story(c, id, filters.Round?.ToString()));
        if (story is null) return Problems.Of(Problems.UnknownMetric, "No such metric", $"no metric has id {id}", StatusCodes.Status404NotFound);
        var round = story.Rounds.Any(r => r.Round == filters.Round?.ToString()) ? filters.Round?.ToString() : story.Rounds[^1].Round;
        var frame = PageFrames.For(http, filters.Lang);
        return RequestContext.Cached(http, cache, [filters.Lang, frame.Person, round], () =>
                new CachedResponse(Encoding.UTF8.GetBytes(new MetricPage(story, round, filters.Lang).Render()), "text/html; charset=utf-8"),
            body => Encoding.UTF8.GetBytes(frame.Render(story.Metric, Encoding.UTF8.GetString(body), "/metrics", styles: ["/assets/metric.css"])));
    }

    private static MetricStory? Story(DuckDBConnection c, int id, string? round)
    {
        var rounds = c.Query("""
            SELECT f.round, f.round_year, f.round_no, f.status, f.forecast_text, f.evidence, f.rule, f.confidence, f.derived_status,
                   f.override_by, f.override_reason, epoch_ms(f.override_at), k.confirmed_by, epoch_ms(k.confirmed_at)
            FROM v_forecasts f
            LEFT JOIN (
                SELECT round_year, round_no, forecast_text, status,
                       arg_max(confirmed_by, confirmation_id) AS confirmed_by, arg_max(confirmed_at, confirmation_id) AS confirmed_at
                FROM v_status_confirmations WHERE metric_id = $id AND active GROUP BY ALL) k
                ON k.round_year = f.round_year AND k.round_no = f.round_no AND k.forecast_text = f.forecast_text
                AND k.status = f.derived_status AND f.status_source = 'derived'
            WHERE f.metric_id = $id ORDER BY f.round_year, f.round_no
            """, ReadRound, ("id", id));
        if (rounds.Count == 0) return null;
        var (theme, goal, metric, goalId) = c.Query("SELECT theme, goal, metric, goal_id FROM v_forecasts WHERE metric_id = $id ORDER BY round_year DESC, round_no DESC LIMIT 1",
            r => (r.GetString(0), r.GetString(1), r.GetString(2), Convert.ToInt64(r.GetValue(3), CultureInfo.InvariantCulture)), ("id", id))[0];
        var withYearBefore = rounds
            .Select(r => r with { YearBefore = YearBefore.For(c, new ReportingRound(r.Year, r.No)).GetValueOrDefault(id) })
            .ToList();
        var siblings = c.Query("""
            SELECT metric_id, metric, status FROM v_forecasts
            WHERE goal_id = $goal AND metric_id <> $id AND round = coalesce($round, (SELECT max_by(round, round_year * 10 + round_no) FROM v_forecasts WHERE metric_id = $id))
            ORDER BY metric_id
            """, r => new SiblingMetric(Convert.ToInt64(r.GetValue(0), CultureInfo.InvariantCulture), r.GetString(1), r.GetString(2)),
            ("goal", goalId), ("id", id), ("round", round));
        var hasValues = c.Scalar<bool>("SELECT count(*) > 0 FROM v_metric_values WHERE metric_id = $id", ("id", id));
        return new MetricStory(id, theme, goal, metric, withYearBefore, siblings, hasValues);
    }

    private static MetricRound ReadRound(DuckDBDataReader r)
    {
        string Text(int i) => r.IsDBNull(i) ? "" : r.GetString(i);
        var overridden = r.IsDBNull(9) ? null : new StatusSetByHand(r.GetString(9), Text(10), CityClock.DateOfEpochMs(r.GetInt64(11)));
        var confirmed = r.IsDBNull(12) ? null : new StatusConfirmation(r.GetString(12), CityClock.DateOfEpochMs(r.GetInt64(13)));
        return new MetricRound(r.GetString(0), r.GetInt32(1), r.GetInt32(2), r.GetString(3), Text(4), Text(5), Text(6),
            r.IsDBNull(7) ? null : Convert.ToDouble(r.GetValue(7), CultureInfo.InvariantCulture), r.GetString(8), overridden, confirmed);
    }
}
