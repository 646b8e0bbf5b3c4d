using System.Globalization;
using Cockpit.Dashboards.Charts;
using Cockpit.Dashboards.Dashboards;
using Cockpit.Model.Store;

namespace Cockpit.Dashboards.Web.Endpoints;

/// <summary><c>/api/charts/{tile}.png|svg</c>: any chart tile of the dashboard as an image; <c>/api/tiles/{tile}</c>: its data.</summary>
public static class ChartEndpoints
{
    public const int DefaultWidth = 1200;
    public const int DefaultHeight = 600;

    public static void MapChartEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/charts/{file}", Chart).WithTags("Charts").RequireAuthorization(Auth.Roles.Viewer)
            .Produces(StatusCodes.Status200OK, typeof(byte[]), "image/png", "image/svg+xml")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("A chart tile as PNG or SVG (status-by-theme.png, status-trend.svg, goal-heatmap.png, ...). Query: round, theme, width, height, lang.");
        app.MapGet("/api/tiles/{id}", TileData).WithTags("Data").WithTableResponses().RequireAuthorization(Auth.Roles.Viewer)
            .WithSummary("Any dashboard tile's data as a table (JSON, CSV or Excel).");
    }

    private static IResult Chart(string file, HttpContext http, Dashboard dashboard, CockpitDatabase db, ResponseCache cache)
    {
        var extension = Path.GetExtension(file).ToLowerInvariant();
        var tile = dashboard.Find(Path.GetFileNameWithoutExtension(file));
        if (tile is not { IsChart: true })
            return Problems.Of(Problems.UnknownChart, "Unknown chart",
                $"no chart is called '{Path.GetFileNameWithoutExtension(file)}'; charts: {string.Join(", ", dashboard.Tiles.Where(t => t.IsChart).Select(t => t.Id))}",
                StatusCodes.Status404NotFound);
        if (extension is not (".png" or ".svg"))
            return Problems.Of(Problems.BadFormat, "Unknown image format", $"ask for {tile.Id}.png or {tile.Id}.svg, not '{file}'");
        if (RequestContext.TryFilters(http, db, out var filters) is { } badFilter) return badFilter;
        if (Size(http, "width", DefaultWidth, out var width) is { } badWidth) return badWidth;
        if (Size(http, "height", 0, out var height) is { } badHeight) return badHeight;
        var format = extension == ".png" ? ChartFormat.Png : ChartFormat.Svg;
        return RequestContext.Cached(http, cache, [filters.Lang, width, height, .. filters.Values(tile.Parameters)], () =>
        {
            var data = db.Read(c => c.Frame(tile.Query, filters.For(tile)));
            var drawnHeight = height != 0 ? height
                : tile.Visual == Visuals.Heatmap ? StatusHeatmap.NaturalHeight(data.Rows.Count, Rounds(data)) : DefaultHeight;
            var request = new ChartRequest(width, drawnHeight, filters.Lang, format);
            return new CachedResponse(ChartRenderer.Render(tile, data, request), request.ContentType);
        });
    }

    private static IResult TileData(string id, HttpContext http, Dashboard dashboard, CockpitDatabase db, ResponseCache cache)
    {
        if (dashboard.Find(id) is not { } tile)
            return Problems.Of(Problems.UnknownTile, "Unknown tile", $"no tile is called '{id}'", StatusCodes.Status404NotFound);
        return DataEndpoints.Table(http, db, cache, tile.Id, (c, f) =>
            CockpitQueries.WithLabels(c.Frame(tile.Query, f.For(tile)), f.Lang), tile.Parameters);
    }

    private static int Rounds(Microsoft.Data.Analysis.DataFrame data) =>
        data.Columns.IndexOf("column_label") is var i and >= 0 ? Enumerable.Range(0, (int)data.Rows.Count).Select(r => data.Columns[i][r]).Distinct().Count() : 1;

    private static IResult? Size(HttpContext http, string name, int fallback, out int pixels)
    {
        pixels = fallback;
        var text = http.Request.Query[name].ToString();
        if (text.Length == 0) return null;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out pixels) && ChartRequest.IsValidSide(pixels)) return null;
        return Problems.Of(Problems.BadSize, "Bad image size",
            $"{name} must be a whole number of pixels from {ChartRequest.MinSide} to {ChartRequest.MaxSide}, not '{text}'");
    }
}
