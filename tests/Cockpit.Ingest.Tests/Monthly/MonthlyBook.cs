using ClosedXML.Excel;

namespace Cockpit.Ingest.Tests.Monthly;

/// <summary>
/// Builds monthly reports with ClosedXML, each cell of the type asked for: a string stays text (ClosedXML would otherwise
/// turn "2020-04" into a date), a number a number, a DateTime an Excel date (with a number format, if given as (DateTime, format)).
/// </summary>
public sealed class MonthlyBook
{
    public const string Teams = "Digitalisaatio: Teams-järjestelmän käyttöönotossa tavoitteena on, että aktiivisten käyttäjien osuus on 80 %.";
    public const string Varaamo = "Vuonna 2020 Varaamoon otetaan uusia tilakohteita (mökit, huvila, saunat ja tenniskentät).";
    public static readonly object?[] MetricHeader = ["Mittari", "Kuukausi", "Toteuma", "Tavoitetaso", "Yksikkö", "Kommentti"];
    public static readonly object?[] BudgetHeader = ["Palvelukokonaisuus", "Kuukausi", "Talousarvio", "Toteuma", "Ennuste"];

    private readonly XLWorkbook workbook = new();

    /// <summary>A workbook with a title row, the headers in row 2, the rows given, and (unless left out) a good Talous sheet for the same month.</summary>
    public static MonthlyBook Metrics(params object?[][] rows) => new MonthlyBook().Sheet("Mittarit", MetricHeader, rows).Sheet("Talous", BudgetHeader, GoodBudget("2020-04"));

    public static object?[][] GoodBudget(object month) =>
        [.. new[] { "Kulttuuri", "Liikunta", "Nuoriso", "Kaupunginkirjasto", "Hallinto" }.Select(e => new object?[] { e, month, 1000.0, 300.0, 990.0 })];

    public static object?[][] GoodMetrics(object month) =>
        [[Teams, month, 80.0, 80.0, "%", "Tavoite saavutettu"], [Varaamo, month, 6.0, null, "kpl", null]];

    /// <summary>Adds (or replaces) a sheet: a title row, <paramref name="header"/> in row 2, then <paramref name="rows"/>.</summary>
    public MonthlyBook Sheet(string name, object?[] header, object?[][] rows)
    {
        if (workbook.Worksheets.TryGetWorksheet(name, out var old)) old.Delete();
        var sheet = workbook.AddWorksheet(name);
        Put(sheet.Cell(1, 1), "Kuukausiraportti (otsikkorivi)");
        for (var c = 0; c < header.Length; c++) Put(sheet.Cell(2, c + 1), header[c]);
        for (var r = 0; r < rows.Length; r++)
            for (var c = 0; c < rows[r].Length; c++) Put(sheet.Cell(3 + r, c + 1), rows[r][c]);
        return this;
    }

    public MonthlyBook Without(string sheet)
    {
        workbook.Worksheet(sheet).Delete();
        return this;
    }

    public string Save(string path)
    {
        workbook.SaveAs(path);
        workbook.Dispose();
        return path;
    }

    private static void Put(IXLCell cell, object? value)
    {
        switch (value)
        {
            case null:
                return;
            case string text:
                cell.Style.NumberFormat.Format = "@";
                cell.Value = text;
                return;
            case DateTime date:
                cell.Value = date;
                return;
            case ValueTuple<DateTime, string> formatted:
                cell.Value = formatted.Item1;
                cell.Style.NumberFormat.Format = formatted.Item2;
                return;
            default:
                cell.Value = Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture);
                return;
        }
    }
}
