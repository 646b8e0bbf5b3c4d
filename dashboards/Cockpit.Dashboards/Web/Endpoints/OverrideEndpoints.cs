using Cockpit.Dashboards.Auth;
using Cockpit.Model.Forecasts;
using Cockpit.Status;
using Cockpit.Model.Store;
using StatusCodes = Microsoft.AspNetCore.Http.StatusCodes;

namespace Cockpit.Dashboards.Web.Endpoints;

/// <summary>A controller sets or clears a metric's status by hand, with a reason; the key's name is who did it.</summary>
public static class OverrideEndpoints
{
    public sealed record OverrideRequest(int Metric, string Round, string? Status, string Reason);

    public static void MapOverrideEndpoints(this IEndpointRouteBuilder app)
    {
        var overrides = app.MapGroup("/api/overrides").WithTags("Overrides");
        overrides.MapGet("", (HttpContext http, CockpitDatabase db, ResponseCache cache) =>
            DataEndpoints.Table(http, db, cache, "kasin-asetetut", (c, _) => c.Frame("""
                SELECT override_id, metric_id, goal, metric, round, status, reason, set_by, set_at, active, ended_at, ended_by, ended_reason
                FROM v_status_overrides ORDER BY override_id DESC
                """), uses: []))
            .RequireAuthorization(Roles.Viewer).WithSummary("Every override ever set, newest first, and whether it still holds.");
        overrides.MapPost("", Set).RequireAuthorization(Roles.Controller)
            .WithSummary("Sets a metric's status for a round by hand: {metric, round, status, reason}. Controllers and admins.");
        overrides.MapPost("/clear", Clear).RequireAuthorization(Roles.Controller)
            .WithSummary("Ends the override that holds for a metric and round: {metric, round, reason}. Controllers and admins.");
    }

    private static IResult Set(OverrideRequest request, HttpContext http, CockpitDatabase db)
    {
        if (Check(request, requireStatus: true, out var round, out var status) is { } bad) return bad;
        var metric = db.Read(c => new StatusOverrides(c).Find(request.Metric.ToString(System.Globalization.CultureInfo.InvariantCulture), round))
            .FirstOrDefault(m => m.MetricId == request.Metric);
        if (metric is null) return NoSuchMetric(request.Metric, round);
        var set = db.Write(store => new StatusOverrides(store.Connection).Set(metric, round, status, request.Reason, Who(http)));
        return TypedResults.Created($"/api/goals/{metric.MetricId}", new
        {
            set.OverrideId, metric = set.MetricId, round = round.ToString(), status = status.ToCode(), derived = metric.Status,
            set.Reason, set.SetBy, set.SetAt,
        });
    }

    private static IResult Clear(OverrideRequest request, HttpContext http, CockpitDatabase db)
    {
        if (Check(request, requireStatus: false, out var round, out _) is { } bad) return bad;
        var cleared = db.Write(store => new StatusOverrides(store.Connection).Clear(request.Metric, round, Who(http), request.Reason.Trim()));
        return cleared ? TypedResults.Ok(new { metric = request.Metric, round = round.ToString(), cleared }) : NoSuchMetric(request.Metric, round);
    }

    private static IResult? Check(OverrideRequest request, bool requireStatus, out ReportingRound round, out ForecastStatus status)
    {
        status = default;
        if (!ReportingRound.TryParse(request.Round, out round))
            return Problems.Of(Problems.BadFilter, "Bad round", $"round must be N/YYYY (N 1–3 a forecast, 4 the year-end outcome) or Toteuma YYYY, not '{request.Round}'");
        if (string.IsNullOrWhiteSpace(request.Reason))
            return Problems.Of(Problems.BadOverride, "Reason missing", "an override needs a reason: why the status is set by hand");
        if (requireStatus && !global::Cockpit.Status.StatusCodes.TryParse(request.Status, out status))
            return Problems.Of(Problems.BadOverride, "Unknown status", $"status must be one of {string.Join(", ", global::Cockpit.Status.StatusCodes.All)}, not '{request.Status}'");
        return null;
    }

    private static IResult NoSuchMetric(int metric, ReportingRound round) =>
        Problems.Of(Problems.UnknownMetric, "No such metric", $"no metric {metric} is in force for {round}, or it holds no override to clear", StatusCodes.Status404NotFound);

    private static string Who(HttpContext http) => http.User.Identity?.Name ?? "anonymous";
}
