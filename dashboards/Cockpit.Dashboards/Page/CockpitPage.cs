using System.Globalization;
using System.Text;
using Cockpit.Dashboards.Tables;
using Cockpit.Dashboards.Dashboards;
using Cockpit.Dashboards.Web;
using Cockpit.Status;
using Microsoft.Data.Analysis;
using StatusCodes = Cockpit.Status.StatusCodes;

namespace Cockpit.Dashboards.Page;

/// <summary>
/// The leadership page, rendered on the server from the dashboard's tiles: KPI cards, chart images, the goal table
/// with its evidence behind a disclosure and each metric's status a year earlier. Filters are a plain GET form, so they work without JavaScript.
/// </summary>
public sealed class CockpitPage(Dashboard dashboard, Filters filters, PageChoices choices, Func<Tile, DataFrame> data, ReviewMarks? marks = null,
    IReadOnlyDictionary<long, YearBeforeEntry>? yearBefore = null)
{
    private readonly string lang = filters.Lang;
    private readonly StringBuilder html = new();

    public string Title => dashboard.Title.In(lang);

    /// <summary>The page's own part, without the frame (<see cref="PageLayout"/>) that says who is looking.</summary>
    public string Render()
    {
        html.Append(CultureInfo.InvariantCulture, $"<header><h1>{Encode(Title)}</h1>\n");
        new FilterForm(filters, choices, html).Render();
        html.Append("</header>\n<main>\n");
        if (filters.Round is null) html.Append(CultureInfo.InvariantCulture, $"<p class=\"empty\">{Encode(PageTexts.NoData.In(lang))}</p>\n");
        else foreach (var tile in dashboard.Tiles) Tile(tile);
        html.Append("</main>\n");
        return html.ToString();
    }

    private void Tile(Tile tile)
    {
        var title = Encode(tile.Title.In(lang));
        switch (tile.Visual)
        {
            case Visuals.Kpi:
                var counts = data(tile);
                var total = Enumerable.Range(0, (int)counts.Rows.Count).Sum(i => Convert.ToInt64(counts["n"][i], CultureInfo.InvariantCulture));
                html.Append(CultureInfo.InvariantCulture, $"<section class=\"kpis\" aria-labelledby=\"{Encode(tile.Id)}\"><h2 id=\"{Encode(tile.Id)}\">{title} · {total} {Encode(PageTexts.Metrics.In(lang))}</h2>\n");
                for (long i = 0; i < counts.Rows.Count; i++) Card(counts["status"].Label(i), Convert.ToInt64(counts["n"][i], CultureInfo.InvariantCulture), Convert.ToInt64(counts["previous"][i], CultureInfo.InvariantCulture));
                html.Append("</section>\n");
                break;
            case Visuals.Table:
                html.Append(CultureInfo.InvariantCulture, $"<section class=\"table\" id=\"{Encode(tile.Id)}\"><h2>{title}</h2>\n");
                var rows = data(tile);
                if (GoalTable.Columns.All(c => rows.Columns.IndexOf(c) >= 0)) new GoalTable(rows, filters, choices.SortByStatus, marks, yearBefore, html).Render();
                else PlainTable(rows);
                html.Append("</section>\n");
                break;
            default:
                Chart(tile, title);
                break;
        }
    }

    // Half-width charts are drawn at a size whose letters stay readable; a phone gets its own, narrower drawing. Each image
    // says its size, so the page does not move as they arrive; a heatmap is as tall as its rows need.
    private void Chart(Tile tile, string title)
    {
        var heatmap = tile.Visual == Visuals.Heatmap;
        var natural = heatmap ? HeatmapHeight(data(tile)) : 0;
        var (width, height) = heatmap ? (1200, natural) : (800, 480);
        var (phoneWidth, phoneHeight) = heatmap ? (480, natural) : (480, 420);
        string Src(int w, int h) => Encode($"/api/charts/{tile.Id}.svg{PageLinks.Query([.. Parameters(tile), ("lang", lang), ("width", Invariant(w)), ("height", Invariant(h))])}");
        var table = Encode($"/api/tiles/{tile.Id}{PageLinks.Query([.. Parameters(tile), ("lang", lang), ("format", "xlsx")])}");
        html.Append(CultureInfo.InvariantCulture, $"""
            <figure class="chart {Encode(tile.Visual)}"><picture><source media="(max-width: 600px)" srcset="{Src(phoneWidth, phoneHeight)}" width="{phoneWidth}" height="{phoneHeight}"><img src="{Src(width, height)}" width="{width}" height="{height}" alt="{title}"></picture><figcaption>{title} · <a href="{table}">{Encode(PageTexts.DataFor.In(lang))} (Excel)</a></figcaption></figure>

            """);
    }

    // The chart's own parameters only, so that one drawing serves every page that asks for the same.
    private IEnumerable<(string, string?)> Parameters(Tile tile) =>
        tile.Parameters.Where(p => p != "previous_round").Select(p => (p, filters.Parameter(p) switch
        {
            0 => null,
            var value => Convert.ToString(value, CultureInfo.InvariantCulture),
        }));

    private static int HeatmapHeight(DataFrame cells) =>
        Charts.StatusHeatmap.NaturalHeight(cells.Rows.Count, Enumerable.Range(0, (int)cells.Rows.Count).Select(i => cells["column_label"][i]).Distinct().Count());

    private static string Invariant(int n) => n.ToString(CultureInfo.InvariantCulture);

    private void Card(string code, long n, long previous)
    {
        if (!StatusCodes.TryParse(code, out var status)) return;
        var delta = n - previous;
        var change = filters.PreviousRound is null
            ? PageTexts.NoPrevious.In(lang)
            : $"{(delta > 0 ? "+" : delta < 0 ? "−" : "±")}{Math.Abs(delta)} {PageTexts.SincePrevious.In(lang)}";
        html.Append(CultureInfo.InvariantCulture, $"""
            <div class="card" data-status="{code}"><span class="label">{Encode(StatusLabels.For(status, lang))}</span><span class="count">{n}</span><span class="delta">{Encode(change)}</span>{Unconfirmed(code)}</div>

            """);
    }

    // The review's marks (issue 13): how many of a status nobody has confirmed.
    private string Unconfirmed(string code) => marks?.UnconfirmedByStatus.GetValueOrDefault(code) is > 0 and var count
        ? $"<span class=\"unconfirmed\">{Encode(string.Format(CultureInfo.InvariantCulture, ControllerTexts.UnconfirmedCount.In(lang), count))}</span>"
        : "";

    // Any other table tile: its columns as they come, each value as its export writes it.
    private void PlainTable(DataFrame rows)
    {
        html.Append("<table><thead><tr>");
        foreach (var column in rows.Columns) html.Append(CultureInfo.InvariantCulture, $"<th>{Encode(ColumnNames.For(column.Name, lang))}</th>");
        html.Append("</tr></thead><tbody>\n");
        for (long i = 0; i < rows.Rows.Count; i++)
        {
            html.Append("<tr>");
            foreach (var column in rows.Columns) html.Append(CultureInfo.InvariantCulture, $"<td>{Encode(column.Label(i))}</td>");
            html.Append("</tr>\n");
        }
        html.Append("</tbody></table>\n");
    }

    private static string Encode(string text) => PageLayout.Encode(text);
}
