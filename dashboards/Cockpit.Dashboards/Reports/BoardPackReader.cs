using System.Globalization;
using Cockpit.Dashboards.Charts;
using Cockpit.Dashboards.Dashboards;
using Cockpit.Dashboards.Web;
using Cockpit.Model.Store;
using Microsoft.Data.Analysis;
using StatusCodes = Cockpit.Status.StatusCodes;

namespace Cockpit.Dashboards.Reports;

/// <summary>Reads a round's board pack from the dashboard's tiles: the status counts, every chart, the goal table.</summary>
public static class BoardPackReader
{
    /// <summary>The layout width of a chart in pixels: at the page's text width its letters come out at about 8 pt.</summary>
    public const int ChartWidth = 720;
    public const int ChartHeight = 430;

    /// <summary>How many image pixels per layout pixel: about 150 dpi on the page, sharp in print; 2 (200 dpi) took half as long again.</summary>
    public const double ChartScale = 1.5;

    public static BoardPackData Read(Dashboard dashboard, CockpitDatabase db, Filters asked, DateOnly date)
    {
        var filters = asked with { Theme = "", Status = "" };
        var round = filters.Round ?? throw new ArgumentException("the board pack needs a round", nameof(asked));
        var lang = filters.Lang;
        var counts = dashboard.Tiles.FirstOrDefault(t => t.Visual == Visuals.Kpi) is { } kpi
            ? Counts(db.Read(c => c.Frame(kpi.Query, filters.For(kpi))))
            : [];
        var charts = dashboard.Tiles.Where(t => t.IsChart).AsParallel().AsOrdered()
            .Select(t => Chart(t, db.Read(c => c.Frame(t.Query, filters.For(t))), lang)).ToList();
        var goalsTitle = dashboard.Tiles.FirstOrDefault(t => t.Visual == Visuals.Table)?.Title.In(lang) ?? "";
        var goals = Goals(db.Read(c => CockpitQueries.Goals(c, filters)));
        return new BoardPackData(dashboard.Title.In(lang), lang, round, filters.PreviousRound, date, goalsTitle, counts, charts, goals);
    }

    private static List<StatusCount> Counts(DataFrame frame)
    {
        var counts = new List<StatusCount>();
        for (long i = 0; i < frame.Rows.Count; i++)
            if (StatusCodes.TryParse(frame["status"][i] as string, out var status))
                counts.Add(new StatusCount(status, Number(frame["n"][i]), Number(frame["previous"][i])));
        return counts;
    }

    private static ChartImage Chart(Tile tile, DataFrame data, string lang)
    {
        var height = tile.Visual == Visuals.Heatmap && data.Rows.Count > 0
            ? StatusHeatmap.NaturalHeight(data.Rows.Count, Distinct(data, "column_label"))
            : ChartHeight;
        var request = new ChartRequest((int)(ChartWidth * ChartScale), (int)(height * ChartScale), lang, ChartFormat.Jpeg, ChartScale);
        return new ChartImage(tile.Title.In(lang), ChartRenderer.Render(tile, data, request), ChartWidth, height);
    }

    private static List<GoalRow> Goals(DataFrame frame)
    {
        string Cell(string name, long row) => frame[name][row] as string ?? "";
        var rows = new List<GoalRow>();
        for (long i = 0; i < frame.Rows.Count; i++)
            if (StatusCodes.TryParse(Cell("status", i), out var status))
                rows.Add(new GoalRow(Cell("theme", i), Cell("goal", i), Cell("metric", i), status,
                    Cell("status_source", i) == "override", Cell("evidence", i), Cell("text", i)));
        return rows;
    }

    private static int Distinct(DataFrame data, string column) =>
        data.Columns.IndexOf(column) is var i and >= 0 ? Enumerable.Range(0, (int)data.Rows.Count).Select(r => data.Columns[i][r]).Distinct().Count() : 1;

    private static long Number(object? value) => Convert.ToInt64(value, CultureInfo.InvariantCulture);
}
