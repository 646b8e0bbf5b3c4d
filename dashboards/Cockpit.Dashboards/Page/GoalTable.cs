using System.Globalization;
using System.Text;
using Cockpit.Dashboards.Web;
using Cockpit.Status;
using Microsoft.Data.Analysis;
using StatusCodes = Cockpit.Status.StatusCodes;

namespace Cockpit.Dashboards.Page;

/// <summary>
/// The goal table: theme, goal, metric (linked to its story), and the status with its evidence and forecast text behind a
/// disclosure; a status set by hand says by whom and why, beside what the text itself would give. In the division's order,
/// a theme and goal spanning their metrics' rows, or with <c>?sort=status</c> the worst first. Under a status, compactly,
/// the status of the same goal and metric in the same round a year earlier, where there is one.
/// </summary>
internal sealed class GoalTable(DataFrame goals, Filters filters, bool sortByStatus, ReviewMarks? marks,
    IReadOnlyDictionary<long, YearBeforeEntry>? yearBefore, StringBuilder html)
{
    public static readonly string[] Columns = ["id", "theme", "goal", "metric", "status", "status_source", "text", "evidence"];

    // Worst first: will not be met, at risk, not assessed (nobody knows), on track, achieved.
    private static readonly string[] WorstFirst = ["will_not_be_met", "at_risk", "not_assessed", "on_track", "achieved"];

    private readonly string lang = filters.Lang;

    public void Render()
    {
        var sortLink = Encode(PageLinks.Cockpit(filters, !sortByStatus) + "#goals");
        var sortText = Encode((sortByStatus ? PageTexts.SortByGoal : PageTexts.SortByStatus).In(lang));
        html.Append(CultureInfo.InvariantCulture, $"""
            <table><thead><tr><th>{Encode(PageTexts.Theme.In(lang))}</th><th class="goal">{Encode(PageTexts.Goal.In(lang))}</th><th>{Encode(PageTexts.Metric.In(lang))}</th><th>{Encode(PageTexts.Status.In(lang))} <a class="sort" href="{sortLink}">{sortText}</a></th></tr></thead><tbody>

            """);
        var rows = Enumerable.Range(0, (int)goals.Rows.Count).ToList();
        if (sortByStatus) rows = rows.OrderBy(i => Array.IndexOf(WorstFirst, Cell("status", i))).ToList();
        for (var n = 0; n < rows.Count; n++) Row(rows, n);
        html.Append("</tbody></table>\n");
    }

    private void Row(List<int> rows, int n)
    {
        var i = rows[n];
        if (!StatusCodes.TryParse(Cell("status", i), out var status)) return;
        html.Append(CultureInfo.InvariantCulture, $"<tr data-status=\"{Cell("status", i)}\">");
        foreach (var column in new[] { "theme", "goal" }) GroupCell(rows, n, column);
        var byHand = Cell("status_source", i) == "override" ? $" <small>({Encode(PageTexts.SetByHand.In(lang))})</small>" : "";
        var id = Convert.ToInt64(goals["id"][i], CultureInfo.InvariantCulture);
        var open = marks?.Unconfirmed.Contains(id) == true ? $" <small class=\"unconfirmed\">{Encode(ControllerTexts.Unconfirmed.In(lang))}</small>" : "";
        html.Append(CultureInfo.InvariantCulture, $"""
            <td class="metric"><a href="{Encode(PageLinks.Metric(id, filters.Round?.ToString(), lang))}">{Encode(Cell("metric", i))}</a></td><td><details><summary><span class="badge">{Encode(StatusLabels.For(status, lang))}</span>{byHand}{open}</summary>{Details(i)}</details>{LastYear(id)}</td></tr>

            """);
    }

    private string LastYear(long id)
    {
        if (yearBefore?.GetValueOrDefault(id) is not { } before || !StatusCodes.TryParse(before.Status, out var status)) return "";
        return $"<small class=\"last-year\" title=\"{Encode(before.Round)}\">{Encode(PageTexts.LastYear.In(lang))}: <span class=\"badge\" data-status=\"{before.Status}\">{Encode(StatusLabels.For(status, lang))}</span></small>";
    }

    // A theme or goal spans its metrics' rows, as in the division's own table; sorted by status, every row names its own.
    private void GroupCell(List<int> rows, int n, string column)
    {
        bool Same(int a, int b) => Cell(column, rows[a]) == Cell(column, rows[b]) && Cell("theme", rows[a]) == Cell("theme", rows[b]);
        if (!sortByStatus && n > 0 && Same(n - 1, n)) return;
        var span = 1;
        while (!sortByStatus && n + span < rows.Count && Same(n + span, n)) span++;
        html.Append(CultureInfo.InvariantCulture, $"<td class=\"{column}\" rowspan=\"{span}\">{Encode(Cell(column, rows[n]))}</td>");
    }

    private string Details(int i)
    {
        var text = Cell("text", i);
        if (text.Length == 0) return $"<p>{Encode(PageTexts.Empty.In(lang))}</p>";
        var evidence = Encode(Cell("evidence", i));
        var why = Cell("status_source", i) == "override" && StatusCodes.TryParse(Cell("derived_status", i), out var derived)
            ? $"<p><b>{Encode(PageTexts.SetBy.In(lang))} {Encode(Cell("override_by", i))}:</b> {Encode(Cell("override_reason", i))}</p>"
              + $"<p><b>{Encode(PageTexts.DerivedWouldBe.In(lang))}:</b> {Encode(StatusLabels.For(derived, lang))}. {evidence}</p>"
            : $"<p><b>{Encode(PageTexts.Evidence.In(lang))}:</b> {evidence}</p>";
        return $"{why}<p class=\"text\"><b>{Encode(PageTexts.ForecastText.In(lang))}:</b> {Encode(text).Replace("\n", "<br>", StringComparison.Ordinal)}</p>";
    }

    private string Cell(string name, int row) => goals.Columns.IndexOf(name) >= 0 ? goals[name][row] as string ?? "" : "";

    private static string Encode(string text) => PageLayout.Encode(text);
}
