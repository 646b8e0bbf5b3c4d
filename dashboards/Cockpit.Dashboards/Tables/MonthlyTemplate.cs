using ClosedXML.Excel;
using Cockpit.Model.Monthly;

namespace Cockpit.Dashboards.Tables;

/// <summary>
/// The monthly workbook a controller fills in: sheet Mittarit prefilled with every metric in force and the month,
/// sheet Talous with every service entity, drop-down lists for metrics, entities and units, and number checks,
/// so that only the figures are left to type.
/// </summary>
public static class MonthlyTemplate
{
    public static readonly string[] Units = ["%", "kpl", "€", "k€", "h", "hlö"];

    public static byte[] Write(IReadOnlyList<string> metrics, DateOnly month)
    {
        using var workbook = new XLWorkbook();
        var monthText = month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var values = workbook.AddWorksheet("Mittarit");
        var budget = workbook.AddWorksheet("Talous");
        var lists = workbook.AddWorksheet("Listat");
        var cells = new ExcelCells("fi");
        Fill(cells, lists, 1, metrics);
        Fill(cells, lists, 2, ServiceEntities.All);
        Fill(cells, lists, 3, Units);
        lists.Hide();

        Sheet(values, $"Kuukausiraportti {monthText}: kirjoita toteumat sarakkeeseen Toteuma (tyhjä rivi jätetään pois).",
            ["Mittari", "Kuukausi", "Toteuma", "Tavoitetaso", "Yksikkö", "Kommentti"], [70, 12, 12, 12, 10, 50], metrics.Count);
        for (var i = 0; i < metrics.Count; i++)
        {
            cells.Put(values.Cell(i + 3, 1), metrics[i]);
            values.Cell(i + 3, 2).SetValue(monthText);
        }
        var rows = Math.Max(1, metrics.Count);
        values.Range(3, 1, 2 + rows, 1).SetDataValidation().List(lists.Range(1, 1, rows, 1));
        values.Range(3, 3, 2 + rows, 4).SetDataValidation().Decimal.EqualOrGreaterThan(0);
        values.Range(3, 5, 2 + rows, 5).SetDataValidation().List(lists.Range(1, 3, Units.Length, 3));

        Sheet(budget, $"Talouden toteuma {monthText}, tuhansina euroina (k€): kaikki palvelukokonaisuudet.",
            ["Palvelukokonaisuus", "Kuukausi", "Talousarvio", "Toteuma", "Ennuste"], [24, 12, 14, 14, 14], ServiceEntities.All.Count);
        for (var i = 0; i < ServiceEntities.All.Count; i++)
        {
            budget.Cell(i + 3, 1).SetValue(ServiceEntities.All[i]);
            budget.Cell(i + 3, 2).SetValue(monthText);
        }
        budget.Range(3, 1, 2 + ServiceEntities.All.Count, 1).SetDataValidation().List(lists.Range(1, 2, ServiceEntities.All.Count, 2));
        budget.Range(3, 3, 2 + ServiceEntities.All.Count, 5).SetDataValidation().Decimal.EqualOrGreaterThan(0);

        cells.AddNotes(workbook);
        using var buffer = new MemoryStream();
        workbook.SaveAs(buffer);
        return buffer.ToArray();
    }

    private static void Fill(ExcelCells cells, IXLWorksheet sheet, int column, IReadOnlyList<string> values)
    {
        for (var i = 0; i < values.Count; i++) cells.Put(sheet.Cell(i + 1, column), values[i]);
    }

    // Title in row 1, header in row 2, months as text (format "@", so that what a controller types there stays text too).
    private static void Sheet(IXLWorksheet sheet, string title, string[] headers, double[] widths, int rows)
    {
        sheet.Cell(1, 1).SetValue(title);
        sheet.Cell(1, 1).Style.Font.SetBold();
        for (var c = 0; c < headers.Length; c++)
        {
            sheet.Cell(2, c + 1).SetValue(headers[c]);
            sheet.Column(c + 1).Width = widths[c];
        }
        sheet.Row(2).Style.Font.SetBold();
        sheet.Range(3, 2, 2 + Math.Max(1, rows), 2).Style.NumberFormat.Format = "@";
        sheet.SheetView.FreezeRows(2);
    }
}
