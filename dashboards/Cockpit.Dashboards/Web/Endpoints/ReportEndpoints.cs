using Cockpit.Dashboards.Dashboards;
using Cockpit.Dashboards.Reports;

namespace Cockpit.Dashboards.Web.Endpoints;

/// <summary><c>/api/reports/round.pdf</c>: the board pack, a round as a PDF for the board meeting.</summary>
public static class ReportEndpoints
{
    public static void MapReportEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/reports/round.pdf", BoardPackPdf).WithTags("Reports").RequireAuthorization(Auth.Roles.Viewer)
            .Produces(StatusCodes.Status200OK, typeof(byte[]), "application/pdf")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("The board pack: the round as a PDF (cover, status cards with change since the previous round, charts, every metric's status, evidence and forecast text). Query: round (default: the latest reported), lang.");

    private static IResult BoardPackPdf(HttpContext http, Dashboard dashboard, CockpitDatabase db, ResponseCache cache)
    {
        if (RequestContext.TryFilters(http, db, out var filters) is { } badFilter) return badFilter;
        if (filters.Round is not { } round)
            return Problems.Of(Problems.NoData, "No data", "the database has no forecasts yet, so there is no round to report", StatusCodes.Status404NotFound);
        var today = Today();
        return RequestContext.Cached(http, cache, [filters.Lang, round.ToString(), today.ToString("O")], () =>
            new CachedResponse(BoardPack.Write(BoardPackReader.Read(dashboard, db, filters, today)), "application/pdf",
                $"board-pack-{round.Number}-{round.Year}-{filters.Lang}.pdf"));
    }

    // The date on the cover is the city's: Helsinki time, where the zone is known.
    private static DateOnly Today()
    {
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Helsinki", out var helsinki) ? helsinki : TimeZoneInfo.Utc;
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, zone).DateTime);
    }
}
