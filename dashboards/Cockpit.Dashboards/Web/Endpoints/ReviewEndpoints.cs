using System.Globalization;
using Cockpit.Dashboards.Auth;
using Cockpit.Dashboards.Page;
using Cockpit.Model.Forecasts;
using Cockpit.Model.Store;
using StatusCodes = Cockpit.Status.StatusCodes;

namespace Cockpit.Dashboards.Web.Endpoints;

/// <summary>
/// <c>GET /review?round=</c>: the round's statuses for a controller to check (HTML); <c>POST /review/confirm</c> and
/// <c>POST /review/override</c> (fields round, metric; status and reason): plain forms that answer with a redirect back.
/// </summary>
public static class ReviewEndpoints
{
    public static void MapReviewEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/review", Page).RequireAuthorization(Roles.Controller).WithTags("Page").WithSummary("The status review of a round (HTML). Query: round (N/YYYY, default the latest), lang.");
        app.MapPost("/review/confirm", Confirm).RequireAuthorization(Roles.Controller).DisableAntiforgery().WithTags("Page")
            .WithSummary("Confirms the derived status of a metric in a round (form: round, metric); redirects to the review.");
        app.MapPost("/review/override", Override).RequireAuthorization(Roles.Controller).DisableAntiforgery().WithTags("Page")
            .WithSummary("Sets another status with a reason (form: round, metric, status, reason); redirects to the review.");
    }

    private static IResult Page(HttpContext http, CockpitDatabase db)
    {
        var lang = PageFrames.Lang(http);
        var frame = PageFrames.For(http, lang, hasForm: true);
        var rounds = db.Rounds;
        var asked = http.Request.Query["round"].ToString();
        ReportingRound round;
        if (asked.Length == 0 && RoundCatalog.Current(rounds) is { } current) round = current;
        else if (!ReportingRound.TryParse(asked, out round) || rounds.All(r => r.Round != round))
            return PageFrames.Html(frame.Render(ControllerTexts.Review.In(lang), $"<main class=\"ctl\"><p class=\"gone\" role=\"alert\">{PageLayout.Encode(ControllerTexts.NoRound.In(lang))}</p></main>", "/review", styles: UploadPageEndpoints.Styles),
                Microsoft.AspNetCore.Http.StatusCodes.Status404NotFound);
        var items = db.Read(c => ReviewQueries.Items(c, round, ReviewQueries.Previous(rounds, round)));
        var missing = int.TryParse(http.Request.Query["missing"], NumberStyles.None, CultureInfo.InvariantCulture, out var m) ? m : (int?)null;
        var page = new ReviewPage(lang, frame.FormToken, round.ToString(), missing);
        var html = page.Render(items, rounds.Select(r => r.Round).OrderDescending().Select(r => r.ToString()).ToList());
        return PageFrames.Html(frame.Render(page.Title, html, "/review", styles: UploadPageEndpoints.Styles));
    }

    private static async Task<IResult> Confirm(HttpContext http, CockpitDatabase db)
    {
        var (round, metric) = await Target(http);
        if (round is not { } r || metric is not { } id) return Back(http, null, null);
        var by = http.User.Identity?.Name ?? "anonymous";
        await db.WriteAsync(store => new StatusConfirmations(store.Connection).Confirm(id, r, by));
        return Back(http, r, id);
    }

    private static async Task<IResult> Override(HttpContext http, CockpitDatabase db)
    {
        var (round, metric) = await Target(http);
        if (round is not { } r || metric is not { } id) return Back(http, null, null);
        var form = await http.Request.ReadFormAsync();
        var reason = form["reason"].ToString().Trim();
        if (reason.Length == 0 || !StatusCodes.TryParse(form["status"].ToString(), out var status)) return Back(http, r, id, missing: true);
        var by = http.User.Identity?.Name ?? "anonymous";
        await db.WriteAsync(store =>
        {
            var overrides = new StatusOverrides(store.Connection);
            return overrides.Find(id.ToString(CultureInfo.InvariantCulture), r).FirstOrDefault(f => f.MetricId == id) is { } inForce
                ? overrides.Set(inForce, r, status, reason.Length > 500 ? reason[..500] : reason, by)
                : null;
        });
        return Back(http, r, id);
    }

    private static async Task<(ReportingRound? Round, int? Metric)> Target(HttpContext http)
    {
        var form = await http.Request.ReadFormAsync();
        ReportingRound? round = ReportingRound.TryParse(form["round"].ToString(), out var r) ? r : null;
        int? metric = int.TryParse(form["metric"].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var m) ? m : null;
        return (round, metric);
    }

    // Post/redirect/get: a reload does not send the form again, and the person lands on the item they acted on.
    private static IResult Back(HttpContext http, ReportingRound? round, int? metric, bool missing = false)
    {
        var lang = PageFrames.Lang(http);
        var query = $"?lang={lang}" + (round is { } r ? $"&round={Uri.EscapeDataString(r.ToString())}" : "") + (missing ? $"&missing={metric}" : "");
        return new SeeOther($"/review{query}{(metric is { } id ? $"#m{id}" : "")}");
    }

    private sealed class SeeOther(string location) : IResult
    {
        public Task ExecuteAsync(HttpContext http)
        {
            http.Response.StatusCode = Microsoft.AspNetCore.Http.StatusCodes.Status303SeeOther;
            http.Response.Headers.Location = location;
            return Task.CompletedTask;
        }
    }
}
