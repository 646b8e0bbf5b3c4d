using ClosedXML.Excel;

namespace Cockpit.Samples;

/// <summary>
/// A large SYNTHETIC monthly workbook for benchmarks: every given metric for every month of a year on sheet Mittarit,
/// every service entity per month on sheet Talous. Its title says it is synthetic.
/// </summary>
public static class SyntheticMonthlyWorkbook
{
    public static void Write(string outputPath, IReadOnlyList<string> metrics, int year, int months, int seed = 2020)
    {
        var random = new Random(seed);
        using var workbook = new XLWorkbook();
        var values = workbook.AddWorksheet("Mittarit");
        values.Cell(1, 1).Value = $"{SyntheticWorkbook.Marker} TESTIAINEISTO: {metrics.Count} mittaria × {months} kuukautta";
        string[] headers = ["Mittari", "Kuukausi", "Toteuma", "Tavoitetaso", "Yksikkö", "Kommentti"];
        for (var c = 0; c < headers.Length; c++) values.Cell(2, c + 1).Value = headers[c];
        var row = 3;
        for (var month = 1; month <= months; month++)
        {
            foreach (var metric in metrics)
            {
                values.Cell(row, 1).Value = metric;
                values.Cell(row, 2).Value = new DateTime(year, month, 1);
                values.Cell(row, 2).Style.NumberFormat.Format = "m/yyyy";
                values.Cell(row, 3).Value = Math.Round(random.NextDouble() * 100, 1);
                values.Cell(row, 4).Value = 80;
                values.Cell(row, 5).Value = "%";
                if (random.Next(4) == 0) values.Cell(row, 6).Value = $"Kommentti {row}: tilanne seurannassa, toteuma {random.Next(100)} %.";
                row++;
            }
        }
        var budget = workbook.AddWorksheet("Talous");
        string[] budgetHeaders = ["Palvelukokonaisuus", "Kuukausi", "Talousarvio", "Toteuma", "Ennuste"];
        for (var c = 0; c < budgetHeaders.Length; c++) budget.Cell(1, c + 1).Value = budgetHeaders[c];
        row = 2;
        for (var month = 1; month <= months; month++)
        {
            foreach (var entity in new[] { "Kulttuuri", "Liikunta", "Nuoriso", "Kaupunginkirjasto", "Hallinto" })
            {
                budget.Cell(row, 1).Value = entity;
                budget.Cell(row, 2).Style.NumberFormat.Format = "@";
                budget.Cell(row, 2).Value = $"{year}-{month:00}";
                budget.Cell(row, 3).Value = 50_000;
                budget.Cell(row, 4).Value = 50_000.0 * month / 12;
                budget.Cell(row, 5).Value = 49_000;
                row++;
            }
        }
        workbook.SaveAs(outputPath);
    }
}
