using Cockpit.Ingest.Problems;
using Cockpit.Ingest.Xlsx;

namespace Cockpit.Ingest.Monthly;

/// <summary>A monthly sheet's header row: the column of each role it names, and each column's header as written.</summary>
internal sealed record MonthlyHeader(int Row, IReadOnlyDictionary<MonthlyColumn, int> Columns, IReadOnlyDictionary<MonthlyColumn, string> Names)
{
    public const int RowsSearched = 30;

    /// <summary>The row among the first <see cref="RowsSearched"/> that names most columns (two at least), with a problem per required column it lacks.</summary>
    public static MonthlyHeader? Find(IEnumerable<XlsxRow> firstRows, MonthlySheetKind kind, string file, string sheet, List<WorkbookProblem> problems)
    {
        MonthlyHeader? best = null;
        foreach (var row in firstRows.Take(RowsSearched))
        {
            var columns = new Dictionary<MonthlyColumn, int>();
            var names = new Dictionary<MonthlyColumn, string>();
            foreach (var cell in row.Cells.Where(c => c.Kind == CellKind.Text))
                if (kind.ColumnOf(cell.Text) is { } column && columns.TryAdd(column, cell.Column))
                    names[column] = cell.Text.Trim();
            if (columns.Count >= 2 && columns.Count > (best?.Columns.Count ?? 0))
                best = new MonthlyHeader(row.Number, columns, names);
        }
        foreach (var (column, required, headers) in kind.Columns)
            if (required && (best is null || !best.Columns.ContainsKey(column)))
                problems.Add(new WorkbookProblem(file, sheet, best is null ? null : CellAddress.Of(1, best.Row),
                    ProblemCode.MissingColumn, headers[0], headers[1]));
        return best is null || kind.Columns.Any(c => c.Required && !best.Columns.ContainsKey(c.Column)) ? null : best;
    }

    public string NameOf(MonthlyColumn column) => Names.GetValueOrDefault(column) ?? column.ToString();
}
