using System.Globalization;
using System.Xml;
using Cockpit.Ingest.Problems;
using Cockpit.Ingest.Xlsx;
using Cockpit.Model.Forecasts;
using Cockpit.Model.Monthly;

namespace Cockpit.Ingest.Monthly;

/// <summary>
/// Reads and validates a monthly report: sheet Mittarit (metric values) and sheet Talous (budget realisation, k€).
/// Collects every problem with its sheet and cell; rows come back only when there is none.
/// </summary>
public static class MonthlyWorkbookReader
{
    public const double LargestValue = 1e9;
    public const double LargestPercentage = 1000;

    // Merged down its rows, a figure is refused: copied to each, it would count more than once.
    private static readonly HashSet<MonthlyColumn> Figures = [MonthlyColumn.Actual, MonthlyColumn.Target, MonthlyColumn.Budget, MonthlyColumn.Forecast];

    /// <summary>Reads both sheets; throws <see cref="OperationCanceledException"/> once <paramref name="cancel"/> is cancelled.</summary>
    public static MonthlyReadResult Read(Stream stream, string file, MetricMatcher metrics, CancellationToken cancel = default)
    {
        var result = new MonthlyReadResult(file);
        try
        {
            using var workbook = XlsxWorkbook.Open(stream, file, cancel: cancel);
            var metricSheet = FindSheet(workbook, MonthlySheetKind.Metrics, result);
            var budgetSheet = FindSheet(workbook, MonthlySheetKind.Budget, result);
            if (metricSheet is not null) new SheetRows(workbook, metricSheet, MonthlySheetKind.Metrics, result).ReadMetrics(metrics);
            if (budgetSheet is not null) new SheetRows(workbook, budgetSheet, MonthlySheetKind.Budget, result).ReadBudget();
        }
        catch (WorkbookRejectedException e)
        {
            result.Problems.Add(e.Problem);
        }
        catch (Exception e) when (e is XmlException or InvalidDataException or IOException)
        {
            result.Problems.Add(new WorkbookProblem(file, null, null, ProblemCode.Corrupt, e.Message));
        }
        if (result.Problems.Count > 0)
        {
            result.MetricValues.Clear();
            result.BudgetValues.Clear();
        }
        return result;
    }

    /// <summary>True when the sheet names say this is a monthly report (Mittarit, Talous, Mätare, ...).</summary>
    public static bool IsMonthly(IEnumerable<string> sheetNames) =>
        sheetNames.Any(name => MonthlySheetKind.All.Any(kind => kind.IsNamed(name)));

    private static XlsxSheet? FindSheet(XlsxWorkbook workbook, MonthlySheetKind kind, MonthlyReadResult result)
    {
        var sheet = workbook.Sheets.FirstOrDefault(s => kind.IsNamed(s.Name));
        if (sheet is null)
            result.Problems.Add(new WorkbookProblem(result.File, null, null, ProblemCode.MissingSheet, kind.Fi, kind.Sv,
                string.Join(", ", workbook.Sheets.Select(s => s.Name))));
        return sheet;
    }

    /// <summary>One sheet's rows under its header, read value by value, each problem located.</summary>
    private sealed class SheetRows(XlsxWorkbook workbook, XlsxSheet sheet, MonthlySheetKind kind, MonthlyReadResult result)
    {
        private readonly Dictionary<(string, DateOnly), string> seen = [];
        // Cells refused for what they hold, and the last row of a refused merged figure by column: "missing" would only repeat it.
        private readonly HashSet<string> unreadable = [];
        private readonly Dictionary<int, int> mergedFigureUntil = [];
        private MonthlyHeader header = null!;
        private XlsxRow row = null!;
        private Dictionary<int, XlsxCell> cells = [];

        public void ReadMetrics(MetricMatcher metrics)
        {
            result.MetricSheet = sheet.Name;
            foreach (var _ in Rows())
            {
                var written = TextKey.Tidy(Text(MonthlyColumn.Metric)).Replace('\n', ' ');
                var month = Month();
                var actual = Number(MonthlyColumn.Actual);
                var target = Number(MonthlyColumn.Target);
                var unit = Text(MonthlyColumn.Unit).Trim();
                var comment = TextKey.Tidy(Text(MonthlyColumn.Comment));
                if (written.Length == 0)
                {
                    Problem(MonthlyColumn.Metric, ProblemCode.MissingValue, header.NameOf(MonthlyColumn.Metric));
                    continue;
                }
                var metric = metrics.Find(written);
                if (metric is null)
                    Problem(MonthlyColumn.Metric, metrics.IsEmpty ? ProblemCode.NoMetricsKnown : ProblemCode.UnknownMetric,
                        Shorten(written), string.Join(" | ", metrics.Nearest(written).Select(m => "”" + Shorten(m.Metric) + "”")));
                CheckValue(MonthlyColumn.Actual, actual, unit);
                CheckValue(MonthlyColumn.Target, target, unit);
                if (month is { } m) Duplicate(metric is null ? "text:" + TextKey.Normalise(written) : "id:" + metric.MetricId, m, written);
                if (!Has(MonthlyColumn.Actual))
                {
                    result.RowsWithoutActual++;
                    continue;
                }
                if (metric is not null && month is { } mm && actual is { } a)
                    result.MetricValues.Add(new MetricValue(metric.MetricId, written, mm, a, target, unit, comment, sheet.Name, Address(MonthlyColumn.Actual)));
            }
        }

        public void ReadBudget()
        {
            result.BudgetSheet = sheet.Name;
            foreach (var _ in Rows())
            {
                var written = Text(MonthlyColumn.ServiceEntity).Trim();
                var month = Month();
                var budget = Required(MonthlyColumn.Budget);
                var actual = Required(MonthlyColumn.Actual);
                var forecast = Number(MonthlyColumn.Forecast);
                var entity = ServiceEntities.Find(written);
                if (written.Length == 0)
                    Problem(MonthlyColumn.ServiceEntity, ProblemCode.MissingValue, header.NameOf(MonthlyColumn.ServiceEntity));
                else if (entity is null)
                    Problem(MonthlyColumn.ServiceEntity, ProblemCode.UnknownServiceEntity, written, string.Join(", ", ServiceEntities.All));
                foreach (var (column, value) in new[] { (MonthlyColumn.Budget, budget), (MonthlyColumn.Actual, actual), (MonthlyColumn.Forecast, forecast) })
                    CheckValue(column, value, "k€");
                if (month is { } m && entity is not null) Duplicate(entity, m, entity);
                if (entity is not null && month is { } mm && budget is { } b && actual is { } a)
                    result.BudgetValues.Add(new BudgetValue(entity, mm, b, a, forecast, sheet.Name, Address(MonthlyColumn.Actual)));
            }
        }

        // Sets row and cells for each filled row under the header, merged cells carried down; reports cells that cannot be
        // read (error values, formulas without a value) and a sheet with no rows.
        private IEnumerable<int> Rows()
        {
            var rows = workbook.ReadRows(sheet).ToList();
            var found = MonthlyHeader.Find(rows, kind, result.File, sheet.Name, result.Problems);
            if (found is null) yield break;
            header = found;
            var merges = new VerticalMerges(workbook.ReadMergedRanges(sheet));
            var filled = 0;
            foreach (var r in rows.Where(r => r.Number > header.Row))
            {
                row = r;
                cells = [];
                foreach (var cell in r.Cells.Where(c => header.Columns.Values.Contains(c.Column)))
                {
                    if (cell.Kind == CellKind.Error)
                        Unreadable(cell, ProblemCode.ErrorValue, cell.Text);
                    else if (cell.Kind == CellKind.FormulaWithoutValue)
                        Unreadable(cell, ProblemCode.FormulaWithoutValue);
                    else if (cell.Kind == CellKind.TooLong)
                        Unreadable(cell, ProblemCode.TextTooLong);
                    else if (cell.Text.Trim().Length > 0)
                        cells[cell.Column] = cell;
                }
                if (cells.Count == 0) continue; // a blank row, or one with notes outside the columns
                CarryMergedCells(merges);
                filled++;
                yield return filled;
            }
            if (filled == 0)
                result.Problems.Add(new WorkbookProblem(result.File, sheet.Name, CellAddress.Of(1, header.Row), ProblemCode.NoDataRows));
        }

        // A month, metric, service entity, unit or comment merged down its rows reaches each of them; a figure is refused.
        private void CarryMergedCells(VerticalMerges merges)
        {
            foreach (var (role, column) in header.Columns)
            {
                XlsxCell? own = cells.TryGetValue(column, out var cell) ? cell : null;
                if (!Figures.Contains(role))
                {
                    if (merges.Apply(column, row.Number, own) is { } shown) cells[column] = shown;
                }
                else if (own is not null && merges.StartingAt(column, row.Number) is { } range)
                {
                    mergedFigureUntil[column] = range.LastRow;
                    Problem(role, ProblemCode.MergedFigure, header.NameOf(role), range.Address);
                }
            }
        }

        private void Unreadable(XlsxCell cell, ProblemCode code, params string[] args)
        {
            var address = CellAddress.Of(cell.Column, row.Number);
            unreadable.Add(address);
            result.Problems.Add(new WorkbookProblem(result.File, sheet.Name, address, code, args));
        }

        private XlsxCell? Cell(MonthlyColumn column) =>
            header.Columns.TryGetValue(column, out var c) && cells.TryGetValue(c, out var cell) ? cell : null;

        private bool Has(MonthlyColumn column) => Cell(column) is not null;

        private string Text(MonthlyColumn column) => Cell(column)?.Text ?? "";

        private string Address(MonthlyColumn column) => CellAddress.Of(header.Columns[column], row.Number);

        private DateOnly? Month()
        {
            if (Cell(MonthlyColumn.Month) is not { } cell)
            {
                Problem(MonthlyColumn.Month, ProblemCode.MissingValue, header.NameOf(MonthlyColumn.Month));
                return null;
            }
            if (workbook.DateOf(cell) is { } date) return new DateOnly(date.Year, date.Month, 1);
            if (cell.Kind == CellKind.Text && MonthText.TryParse(cell.Text, out var month)) return month;
            Problem(MonthlyColumn.Month, ProblemCode.BadMonth, cell.Text.Trim());
            return null;
        }

        private double? Required(MonthlyColumn column)
        {
            if (Has(column)) return Number(column);
            Problem(column, ProblemCode.MissingValue, header.NameOf(column));
            return null;
        }

        // A number cell as it is; a text cell as a Finnish controller writes numbers ("85,5", "1 234,5").
        private double? Number(MonthlyColumn column)
        {
            if (Cell(column) is not { } cell) return null;
            if (cell.Kind == CellKind.Number && double.TryParse(cell.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
                return number;
            if (cell.Kind == CellKind.Text && FinnishNumber.TryParse(cell.Text, out var typed)) return typed;
            Problem(column, ProblemCode.NotANumber, cell.Text.Trim(), header.NameOf(column));
            return null;
        }

        private void CheckValue(MonthlyColumn column, double? value, string unit)
        {
            if (value is not { } v) return;
            var shown = v.ToString("0.###", CultureInfo.InvariantCulture);
            if (v < 0)
                Problem(column, ProblemCode.NegativeValue, header.NameOf(column), shown);
            else if (v > LargestValue)
                Problem(column, ProblemCode.AbsurdValue, header.NameOf(column), shown, "> 1 000 000 000");
            else if (unit == "%" && v > LargestPercentage)
                Problem(column, ProblemCode.AbsurdValue, header.NameOf(column), shown, "> 1000 %");
        }

        private void Duplicate(string key, DateOnly month, string shown)
        {
            var here = Address(kind == MonthlySheetKind.Metrics ? MonthlyColumn.Metric : MonthlyColumn.ServiceEntity);
            if (seen.TryGetValue((key, month), out var first))
                Problem(kind == MonthlySheetKind.Metrics ? MonthlyColumn.Metric : MonthlyColumn.ServiceEntity,
                    ProblemCode.DuplicateMonthlyRow, Shorten(shown), month.ToString("yyyy-MM", CultureInfo.InvariantCulture), first);
            else
                seen.Add((key, month), here);
        }

        private void Problem(MonthlyColumn column, ProblemCode code, params string[] args)
        {
            var address = header.Columns.TryGetValue(column, out var c) ? CellAddress.Of(c, row.Number) : null;
            if (code == ProblemCode.MissingValue && address is not null
                && (unreadable.Contains(address) || mergedFigureUntil.GetValueOrDefault(c) >= row.Number)) return;
            result.Problems.Add(new WorkbookProblem(result.File, sheet.Name, address, code, args));
        }

        private static string Shorten(string text) => text.Length <= 70 ? text : text[..67].TrimEnd() + "…";
    }
}
