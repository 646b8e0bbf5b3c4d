using System.Globalization;
using System.Text;
using Cockpit.Dashboards.Tables;
using Cockpit.Dashboards.Dashboards;
using Cockpit.Dashboards.Web;
using Cockpit.Model.Status;
using Microsoft.Data.Analysis;
using StatusCodes = Cockpit.Model.Status.StatusCodes;

namespace Cockpit.Dashboards.Page;

/// <summary>
/// The leadership page, rendered on the server from the dashboard's tiles: KPI cards, chart images, the goal table
/// with its evidence behind a disclosure. Filters are a plain GET form, so they work without JavaScript.
/// </summary>
public sealed class CockpitPage(Dashboard dashboard, Filters filters, IReadOnlyList<RoundInfo> rounds, IReadOnlyList<string> themes,
    Func<Tile, DataFrame> data, ReviewMarks? marks = null)
{
    private readonly string lang = filters.Lang;
    private readonly StringBuilder html = new();

    public string Title => dashboard.Title.In(lang);

    /// <summary>The page's own part, without the frame (<see cref="PageLayout"/>) that says who is looking.</summary>
    public string Render()
    {
        html.Append(CultureInfo.InvariantCulture, $"<header><h1>{Encode(Title)}</h1>\n");
        FilterForm();
        html.Append("</header>\n<main>\n");
        if (filters.Round is null) html.Append(CultureInfo.InvariantCulture, $"<p class=\"empty\">{Encode(PageTexts.NoData.In(lang))}</p>\n");
        else foreach (var tile in dashboard.Tiles) Tile(tile);
        html.Append("</main>\n");
        return html.ToString();
    }

    private void FilterForm()
    {
        html.Append("<form method=\"get\" action=\"/\" class=\"filters\">\n");
        html.Append(CultureInfo.InvariantCulture, $"<input type=\"hidden\" name=\"lang\" value=\"{lang}\">\n");
        html.Append(CultureInfo.InvariantCulture, $"<label>{Encode(PageTexts.Round.In(lang))} <select name=\"round\">");
        foreach (var round in rounds.Select(r => r.Round.ToString()))
            html.Append(CultureInfo.InvariantCulture, $"<option{(round == filters.Round?.ToString() ? " selected" : "")}>{round}</option>");
        html.Append(CultureInfo.InvariantCulture, $"</select></label>\n<label>{Encode(PageTexts.Theme.In(lang))} <select name=\"theme\">");
        html.Append(CultureInfo.InvariantCulture, $"<option value=\"\">{Encode(PageTexts.AllThemes.In(lang))}</option>");
        foreach (var theme in themes)
            html.Append(CultureInfo.InvariantCulture, $"<option value=\"{Encode(theme)}\"{(theme == filters.Theme ? " selected" : "")}>{Encode(theme)}</option>");
        html.Append(CultureInfo.InvariantCulture, $"</select></label>\n<button type=\"submit\">{Encode(PageTexts.Show.In(lang))}</button>\n");
        html.Append("<nav class=\"langs\">");
        foreach (var other in StatusLabels.Languages)
            html.Append(CultureInfo.InvariantCulture, $" <a href=\"{Link(other)}\"{(other == lang ? " aria-current=\"true\"" : "")}>{other}</a>");
        html.Append("</nav>\n</form>\n");
    }

    private void Tile(Tile tile)
    {
        var title = Encode(tile.Title.In(lang));
        switch (tile.Visual)
        {
            case Visuals.Kpi:
                html.Append(CultureInfo.InvariantCulture, $"<section class=\"kpis\" aria-label=\"{title}\">\n");
                var counts = data(tile);
                for (long i = 0; i < counts.Rows.Count; i++) Card(counts["status"].Label(i), Convert.ToInt64(counts["n"][i], CultureInfo.InvariantCulture), Convert.ToInt64(counts["previous"][i], CultureInfo.InvariantCulture));
                html.Append("</section>\n");
                break;
            case Visuals.Table:
                html.Append(CultureInfo.InvariantCulture, $"<section class=\"table\" id=\"{Encode(tile.Id)}\"><h2>{title}</h2>\n");
                var rows = data(tile);
                if (GoalColumns.All(c => rows.Columns.IndexOf(c) >= 0)) GoalTable(rows);
                else PlainTable(rows);
                html.Append("</section>\n");
                break;
            default:
                // Half-width charts are drawn at a size whose letters stay readable; a phone gets its own, narrower drawing.
                var (width, height) = tile.Visual == Visuals.Heatmap ? ("1200", null) : ("800", "480");
                var (phoneWidth, phoneHeight) = tile.Visual == Visuals.Heatmap ? ("480", null) : ("480", "420");
                string Src(string w, string? h) => Encode($"/api/charts/{tile.Id}.svg{Query(("round", filters.Round?.ToString()), ("theme", filters.Theme), ("lang", lang), ("width", w), ("height", h))}");
                var table = Encode($"/api/tiles/{tile.Id}{Query(("round", filters.Round?.ToString()), ("theme", filters.Theme), ("lang", lang), ("format", "xlsx"))}");
                html.Append(CultureInfo.InvariantCulture, $"""
                    <figure class="chart {Encode(tile.Visual)}"><picture><source media="(max-width: 600px)" srcset="{Src(phoneWidth, phoneHeight)}"><img src="{Src(width, height)}" alt="{title}"></picture><figcaption>{title} · <a href="{table}">{Encode(PageTexts.DataFor.In(lang))} (Excel)</a></figcaption></figure>

                    """);
                break;
        }
    }

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

    private static readonly string[] GoalColumns = ["theme", "goal", "metric", "status", "status_source", "text", "evidence"];

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

    private void GoalTable(DataFrame goals)
    {
        html.Append(CultureInfo.InvariantCulture, $"<table><thead><tr><th>{Encode(PageTexts.Theme.In(lang))}</th><th class=\"goal\">{Encode(PageTexts.Goal.In(lang))}</th><th>{Encode(PageTexts.Metric.In(lang))}</th><th>{Encode(PageTexts.Status.In(lang))}</th></tr></thead><tbody>\n");
        for (long i = 0; i < goals.Rows.Count; i++)
        {
            string Cell(string name, long row) => goals[name][row] as string ?? "";
            if (!StatusCodes.TryParse(Cell("status", i), out var status)) continue;
            var byHand = Cell("status_source", i) == "override" ? $" <small>({Encode(PageTexts.SetByHand.In(lang))})</small>" : "";
            var text = Cell("text", i);
            var details = text.Length == 0
                ? $"<p>{Encode(PageTexts.Empty.In(lang))}</p>"
                : $"<p><b>{Encode(PageTexts.Evidence.In(lang))}:</b> {Encode(Cell("evidence", i))}</p><p><b>{Encode(PageTexts.ForecastText.In(lang))}:</b> {Encode(text).Replace("\n", "<br>")}</p>";
            var open = goals.Columns.IndexOf("id") >= 0 && marks?.Unconfirmed.Contains(Convert.ToInt64(goals["id"][i], CultureInfo.InvariantCulture)) == true
                ? $" <small class=\"unconfirmed\">{Encode(ControllerTexts.Unconfirmed.In(lang))}</small>" : "";
            html.Append(CultureInfo.InvariantCulture, $"<tr data-status=\"{Cell("status", i)}\">");
            foreach (var column in new[] { "theme", "goal" })
            {
                // A theme or goal spans its metrics' rows, as in the division's own table.
                if (i > 0 && Cell(column, i - 1) == Cell(column, i) && (column == "theme" || Cell("theme", i - 1) == Cell("theme", i))) continue;
                var span = 1;
                while (i + span < goals.Rows.Count && Cell(column, i + span) == Cell(column, i) && Cell("theme", i + span) == Cell("theme", i)) span++;
                html.Append(CultureInfo.InvariantCulture, $"<td class=\"{column}\" rowspan=\"{span}\">{Encode(Cell(column, i))}</td>");
            }
            html.Append(CultureInfo.InvariantCulture, $"""
                <td class="metric">{Encode(Cell("metric", i))}</td><td><details><summary><span class="badge">{Encode(StatusLabels.For(status, lang))}</span>{byHand}{open}</summary>{details}</details></td></tr>

                """);
        }
        html.Append("</tbody></table>\n");
    }

    private string Link(string otherLang) =>
        Encode("/" + Query(("round", filters.Round?.ToString()), ("theme", filters.Theme), ("lang", otherLang)));

    private static string Query(params (string Name, string? Value)[] parts) =>
        "?" + string.Join('&', parts.Where(p => !string.IsNullOrEmpty(p.Value)).Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value!)}"));

    private static string Encode(string text) => PageLayout.Encode(text);
}
