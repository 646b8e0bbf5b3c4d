using Cockpit.Ingest.Problems;
using Cockpit.Ingest.Xlsx;
using Cockpit.Model.Forecasts;

namespace Cockpit.Ingest.Forecasts;

/// <summary>
/// Reads one sheet of a forecast report: finds its header row, then turns each metric row into a
/// <see cref="MetricRow"/>, inheriting theme and goal from merged or blank cells above, and reports every problem.
/// </summary>
internal sealed class ForecastSheetReader(ForecastReadContext context, XlsxWorkbook workbook, XlsxSheet sheet)
{
    private const int RowsSearchedForHeader = 30;

    private string theme = "", goal = "";
    private string? goalCode;

    /// <summary>False when the sheet has no header (a cover sheet, instructions): it is then not read.</summary>
    public bool Read(Action<MetricRow> onRow)
    {
        ForecastHeader? header = null;
        int scanned = 0, metricRows = 0;
        var merges = new VerticalMerges(workbook.ReadMergedRanges(sheet));
        foreach (var row in workbook.ReadRows(sheet))
        {
            context.SawCells = true;
            if (header is null)
            {
                if (++scanned > RowsSearchedForHeader) return false;
                header = ForecastHeader.Recognise(row, context.File, sheet.Name, context.Problems);
                continue;
            }
            if (ReadRow(header, row, merges) is { } metricRow)
            {
                metricRows++;
                onRow(metricRow);
            }
        }
        if (header is not null && metricRows == 0)
            context.Problems.Add(Problem(CellAddress.Of(1, header.Row), ProblemCode.NoMetricRows));
        return header is not null;
    }

    private MetricRow? ReadRow(ForecastHeader header, XlsxRow row, VerticalMerges merges)
    {
        var cells = new Dictionary<int, XlsxCell>();
        foreach (var cell in row.Cells)
        {
            if (cell.Kind == CellKind.Error)
                context.Problems.Add(Problem(CellAddress.Of(cell.Column, row.Number), ProblemCode.ErrorValue, cell.Text));
            else if (cell.Kind == CellKind.FormulaWithoutValue)
                context.Problems.Add(Problem(CellAddress.Of(cell.Column, row.Number), ProblemCode.FormulaWithoutValue));
            else if (cell.Kind == CellKind.TooLong)
                context.Problems.Add(Problem(CellAddress.Of(cell.Column, row.Number), ProblemCode.TextTooLong));
            else
                cells[cell.Column] = cell;
        }
        string Text(int column) => TextKey.Tidy(merges.Apply(column, row.Number, cells.TryGetValue(column, out var cell) ? cell : null)?.Text ?? "");
        string Column(ColumnRole role) => header.Columns.TryGetValue(role, out var column) ? Text(column) : "";
        string Address(ColumnRole role) => CellAddress.Of(header.Columns[role], row.Number);

        var forecasts = header.Rounds.Select(r => new RoundForecast(r.Round, Text(r.Column), CellAddress.Of(r.Column, row.Number))).ToList();
        var metric = Column(ColumnRole.Metric);
        var rowTheme = Column(ColumnRole.Theme);
        var rowGoal = Column(ColumnRole.Goal);
        if (rowTheme.Length > 0) theme = rowTheme;
        if (rowGoal.Length > 0)
        {
            goal = rowGoal;
            goalCode = NullIfEmpty(Column(ColumnRole.GoalCode));
        }
        if (metric.Length == 0)
        {
            if (forecasts.Any(f => f.Text.Length > 0))
                context.Problems.Add(Problem(Address(ColumnRole.Metric), ProblemCode.ForecastWithoutMetric));
            else
                context.SkippedRows++;
            return null;
        }
        if (goal.Length == 0)
        {
            context.Problems.Add(Problem(Address(ColumnRole.Goal), ProblemCode.GoalMissing));
            return null;
        }

        var metricRow = new MetricRow(sheet.Name, row.Number, theme, goal, goalCode ?? NullIfEmpty(Column(ColumnRole.GoalCode)),
            metric, NullIfEmpty(Column(ColumnRole.MetricCode)), Linkage(Column(ColumnRole.Linkage)), forecasts,
            Extras(header, row, Text));
        var key = KeyHash.Of(metricRow.MetricKey);
        if (context.SeenMetrics.TryGetValue(key, out var first))
        {
            context.Problems.Add(Problem(Address(ColumnRole.Metric), ProblemCode.MetricCollision, metric, $"{first.Sheet}!{first.Cell}"));
            return null;
        }
        context.SeenMetrics.Add(key, (sheet.Name, Address(ColumnRole.Metric)));
        return metricRow;
    }

    // Every non-empty cell that no role claimed, under its header, or its column letter where it has none.
    private static Dictionary<string, string> Extras(ForecastHeader header, XlsxRow row, Func<int, string> text)
    {
        var extras = new Dictionary<string, string>();
        var claimed = header.Columns.Values.Concat(header.Rounds.Select(r => r.Column)).ToHashSet();
        foreach (var column in row.Cells.Select(c => c.Column).Concat(header.ExtraNames.Keys).Distinct().Where(c => !claimed.Contains(c)))
        {
            var value = text(column);
            if (value.Length > 0) extras[header.ExtraNames.GetValueOrDefault(column) ?? CellAddress.ColumnName(column)] = value;
        }
        return extras;
    }

    private static string Linkage(string text) =>
        string.Join("; ", text.Split(['\n', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    private WorkbookProblem Problem(string cell, ProblemCode code, params string[] args) =>
        new(context.File, sheet.Name, cell, code, args);
}
