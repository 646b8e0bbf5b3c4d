using Cockpit.Testing;
using static Cockpit.Testing.RawXlsx;

namespace Cockpit.Ingest.Tests.Monthly;

/// <summary>
/// Monthly reports written in raw SpreadsheetML, headers in row 1, for a cell stored the way a given tool stores it:
/// each row takes the cells it is given as raw XML, and a good Teams row or five good budget rows fill in the rest.
/// </summary>
internal static class RawMonthlyBook
{
    public static readonly string MetricHeader = TextRow(1, "Mittari", "Kuukausi", "Toteuma", "Tavoitetaso", "Yksikkö");
    public static readonly string BudgetHeader = TextRow(1, "Palvelukokonaisuus", "Kuukausi", "Talousarvio", "Toteuma", "Ennuste");
    public static readonly string[] Entities = ["Kulttuuri", "Liikunta", "Nuoriso", "Kaupunginkirjasto", "Hallinto"];

    public static RawXlsx Book(IEnumerable<string> metricRows, IEnumerable<string> budgetRows, string workbookProperties = "<workbookPr/>") =>
        new RawXlsx { WorkbookProperties = workbookProperties }
            .Sheet("Mittarit", [MetricHeader, .. metricRows])
            .Sheet("Talous", [BudgetHeader, .. budgetRows]);

    /// <summary>A book whose every Kuukausi cell is <paramref name="month"/> (given the cell's address): one Teams row, five budget rows.</summary>
    public static RawXlsx WithMonth(Func<string, string> month, string workbookProperties = "<workbookPr/>") =>
        Book([TeamsRow(2, month("B2"))], Entities.Select((e, i) => BudgetRow(2 + i, e, month($"B{2 + i}"))), workbookProperties);

    /// <summary>The Teams metric at 80 % in row <paramref name="row"/>; <paramref name="cells"/> replace or add cells by their column.</summary>
    public static string TeamsRow(int row, params string[] cells) =>
        WithCells(row, [Text($"A{row}", MonthlyBook.Teams), Text($"B{row}", "2020-07"), Number($"C{row}", 80), Text($"E{row}", "%")], cells);

    /// <summary>A budget row of <paramref name="entity"/> for July 2020: 1000, 300, 990 k€; <paramref name="cells"/> replace or add cells.</summary>
    public static string BudgetRow(int row, string entity, params string[] cells) =>
        WithCells(row, [Text($"A{row}", entity), Text($"B{row}", "2020-07"), Number($"C{row}", 1000), Number($"D{row}", 300), Number($"E{row}", 990)], cells);

    // Cells in column order, a given cell replacing the default at its address (an empty <c r="A3"/> blanks it, as Excel
    // writes the covered cells of a merge).
    private static string WithCells(int row, string[] defaults, string[] given)
    {
        static string AddressOf(string cell) => cell[(cell.IndexOf("r=\"", StringComparison.Ordinal) + 3)..].Split('"')[0];
        var cells = defaults.ToDictionary(AddressOf);
        foreach (var cell in given) cells[AddressOf(cell)] = cell;
        return Row(row, [.. cells.OrderBy(c => c.Key.Length).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => c.Value)]);
    }
}
