using Cockpit.Dashboards.Dashboards;
using Cockpit.Dashboards.Reports;
using Cockpit.Model.Forecasts;

namespace Cockpit.Dashboards.Web.Endpoints;

/// <summary><c>/api/reports/round.pdf</c>: the board pack, a round as a PDF for the board meeting.</summary>
public static class ReportEndpoints
{
    public const string BoardPackPath = "/api/reports/round.pdf";

    public static void MapReportEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet(BoardPackPath, BoardPackPdf).WithTags("Reports").RequireAuthorization(Auth.Roles.Viewer)
            .Produces(StatusCodes.Status200OK, typeof(byte[]), "application/pdf")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("The board pack: the round as a PDF (cover, status cards with change since the previous round, charts, every metric's status, evidence and forecast text). Query: round (default: the latest reported), lang.");

    private static IResult BoardPackPdf(HttpContext http, Dashboard dashboard, CockpitDatabase db, ResponseCache cache)
    {
        if (RequestContext.TryFilters(http, db, out var filters) is { } badFilter) return badFilter;
        if (filters.Round is not { } round)
            return Problems.Of(Problems.NoData, "No data", "the database has no forecasts yet, so there is no round to report", StatusCodes.Status404NotFound);
        var today = CityClock.Today();
        return RequestContext.Cached(http, cache, Uses(filters, round, today), () => Render(dashboard, db, filters, round, today));
    }

    /// <summary>What a board pack is computed from, so that the one warmed at start (<see cref="BoardPackWarmUp"/>) answers a request.</summary>
    internal static object?[] Uses(Filters filters, ReportingRound round, DateOnly today) => [filters.Lang, round.ToString(), today.ToString("O")];

    internal static CachedResponse Render(Dashboard dashboard, CockpitDatabase db, Filters filters, ReportingRound round, DateOnly today) =>
        new(BoardPack.Write(BoardPackReader.Read(dashboard, db, filters, today)), "application/pdf",
            $"board-pack-{round.Number}-{round.Year}-{filters.Lang}.pdf");
}
