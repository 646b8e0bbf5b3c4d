using Cockpit.Ingest.Problems;
using Cockpit.Model.Monthly;

namespace Cockpit.Ingest.Monthly;

/// <summary>What reading a monthly workbook gave: its rows if it has no problems, every problem if it has.</summary>
public sealed class MonthlyReadResult(string file)
{
    public string File { get; } = file;
    public List<WorkbookProblem> Problems { get; } = [];
    public List<MetricValue> MetricValues { get; } = [];
    public List<BudgetValue> BudgetValues { get; } = [];
    /// <summary>The sheets read, by their names in the workbook.</summary>
    public string MetricSheet { get; set; } = MonthlySheetKind.Metrics.Fi;
    public string BudgetSheet { get; set; } = MonthlySheetKind.Budget.Fi;
    /// <summary>Metric rows left out because their Toteuma (actual) was empty: not reported this month.</summary>
    public int RowsWithoutActual { get; set; }
}
