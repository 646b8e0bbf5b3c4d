using ClosedXML.Excel;

namespace Cockpit.Samples;

/// <summary>
/// Builds the sample monthly reports for January–June 2020 (samples/kuukausiraportti-2020-MM.xlsx): sheet Mittarit with
/// the metrics the seed gives figures for, named exactly as in the forecast report, and sheet Talous per service entity.
/// Every row says in its "Lähde" column whether its value comes from the seed or is illustrative; the title rows say so too.
/// </summary>
public static class MonthlyWorkbook
{
    public const int Year = 2020;
    public static readonly int[] Months = [1, 2, 3, 4, 5, 6];

    private const string Seed = "Lähde: toimialan raportti 2020";
    private const string Illustrative = "HAVAINNOLLISTAVA arvo, ei lähteestä";
    private const int HeaderRow = 4;

    public static string FileName(int month) => $"kuukausiraportti-{Year}-{month:00}.xlsx";

    // (a words that find the metric in the seed table, unit, target, value per month 1..6, which months are the seed's, comment)
    private static readonly (string Find, string Unit, double? Target, double[] Values, int[] SeedMonths, string Comment)[] Metrics =
    [
        ("Teams-järjestelmän", "%", 80, [40, 55, 70, 80, 81, 82], [4],
            "Aktiivisten käyttäjien osuus; tavoite 80 % saavutettiin 30.4.2020."),
        ("7 palvelua", "kpl", 7, [0, 1, 2, 2, 2, 2], [3],
            "Tuotannossa olevat palvelut, joiden asiakastyytyväisyyttä mitataan; ensimmäisellä vuosineljänneksellä 2 / 7."),
        ("Varaamoon", "kpl", null, [0, 0, 0, 0, 0, 20], [1, 2, 3, 4, 5, 6],
            "Uudet tilakohteet Varaamossa: mökit, huvilat ja saunat 1.6.2020, tenniskentät (14 kpl) 15.6.2020; yhteensä 20."),
        ("Palvelutorien", "kpl", 4, [0, 0, 0, 0, 0, 0], [1, 2, 3, 4, 5, 6],
            "Toteutuneet ikäihmisten palvelutorit 0 / 4; kevään palvelutori Kannelmäessä peruuntui (korona)."),
        ("nuorisotyöyksiköissä", "%", 100, [10, 20, 30, 30, 30, 30], [3, 4, 5, 6],
            "Yksiköistä 40 % on valinnut kehittämiskohteen ja 30 % aloittanut toimenpiteen; ei edennyt maaliskuun jälkeen."),
    ];

    // Annual cost budget per service entity, k€: an ILLUSTRATIVE split of the division's 228 642 k€ (which is the seed's).
    private static readonly (string Entity, double Budget, double Pace)[] Entities =
    [
        ("Kulttuuri", 57_160, 0.95), ("Liikunta", 68_593, 0.93), ("Nuoriso", 22_864, 0.97),
        ("Kaupunginkirjasto", 68_593, 0.96), ("Hallinto", 11_432, 1.00),
    ];

    /// <summary>Writes the six workbooks into <paramref name="folder"/> and returns their paths.</summary>
    public static IReadOnlyList<string> WriteAll(string tablePath, string folder)
    {
        var metricTexts = SeedWorkbook.ReadTable(tablePath).Select(r => r["metric"].Replace("\n", " ")).ToList();
        return Months.Select(month =>
        {
            var path = Path.Combine(folder, FileName(month));
            Write(metricTexts, month, path);
            return path;
        }).ToList();
    }

    private static void Write(List<string> metricTexts, int month, string path)
    {
        using var workbook = new XLWorkbook();
        workbook.Properties.Created = new DateTime(Year, month, 28, 12, 0, 0, DateTimeKind.Utc);
        workbook.Properties.Modified = workbook.Properties.Created;
        WriteMetrics(workbook.AddWorksheet("Mittarit"), metricTexts, month);
        WriteBudget(workbook.AddWorksheet("Talous"), month);
        workbook.SaveAs(path);
    }

    private static void WriteMetrics(IXLWorksheet sheet, List<string> metricTexts, int month)
    {
        Title(sheet, $"Kulttuurin ja vapaa-ajan toimiala: kuukausiraportti {month}/{Year}, mittarit",
            "ESIMERKKIAINEISTO. Sarake Lähde kertoo, onko arvo toimialan raportista 2020 vai HAVAINNOLLISTAVA (keksitty esimerkkiä varten).");
        string[] headers = ["Mittari", "Kuukausi", "Toteuma", "Tavoitetaso", "Yksikkö", "Kommentti", "Lähde"];
        Header(sheet, headers, [60, 14, 12, 12, 10, 60, 34]);
        var row = HeaderRow + 1;
        foreach (var (find, unit, target, values, seedMonths, comment) in Metrics)
        {
            sheet.Cell(row, 1).Value = metricTexts.Single(t => t.Contains(find, StringComparison.Ordinal));
            sheet.Cell(row, 2).Value = new DateTime(Year, month, 1);
            sheet.Cell(row, 2).Style.NumberFormat.Format = "m/yyyy"; // an Excel date, shown as 4/2020
            sheet.Cell(row, 3).Value = values[month - 1];
            if (target is { } t) sheet.Cell(row, 4).Value = t;
            sheet.Cell(row, 5).Value = unit;
            sheet.Cell(row, 6).Value = comment;
            sheet.Cell(row, 7).Value = seedMonths.Contains(month) ? Seed : Illustrative;
            row++;
        }
        Body(sheet, row - 1, headers.Length);
    }

    private static void WriteBudget(IXLWorksheet sheet, int month)
    {
        Title(sheet, $"Kulttuurin ja vapaa-ajan toimiala: kuukausiraportti {month}/{Year}, talous (menot, 1 000 €)",
            "ESIMERKKIAINEISTO. Lähteestä (toimialan raportti 2020) on vain koko toimialan talousarvio: tulot 34 622, menot 228 642, "
            + "toimintakate −194 020 k€; toteuma vuodelta: tulot 24 073, menot 219 978, toimintakate −195 906 k€. "
            + "Jako palvelukokonaisuuksiin, kuukausittaiset toteumat ja ennusteet ovat HAVAINNOLLISTAVIA.");
        string[] headers = ["Palvelukokonaisuus", "Kuukausi", "Talousarvio", "Toteuma", "Ennuste", "Lähde"];
        Header(sheet, headers, [24, 12, 14, 14, 14, 44]);
        var row = HeaderRow + 1;
        foreach (var (entity, budget, pace) in Entities)
        {
            sheet.Cell(row, 1).Value = entity;
            sheet.Cell(row, 2).Style.NumberFormat.Format = "@"; // a text month, as a controller may type it (else ClosedXML makes it a date)
            sheet.Cell(row, 2).Value = $"{Year}-{month:00}";
            sheet.Cell(row, 3).Value = budget;
            sheet.Cell(row, 4).Value = Math.Round(budget * month / 12 * pace);
            sheet.Cell(row, 5).Value = Math.Round(budget * (0.9621 + (pace - 0.96) / 4));
            sheet.Cell(row, 6).Value = Illustrative;
            row++;
        }
        Body(sheet, row - 1, headers.Length);
        foreach (var column in new[] { 3, 4, 5 }) sheet.Column(column).Style.NumberFormat.Format = "# ##0";
    }

    private static void Title(IXLWorksheet sheet, string title, string note)
    {
        sheet.Cell(1, 1).Value = title;
        sheet.Cell(1, 1).Style.Font.SetBold().Font.SetFontSize(14);
        sheet.Cell(2, 1).Value = note;
        sheet.Cell(2, 1).Style.Font.SetItalic().Font.SetFontColor(XLColor.DarkRed);
    }

    private static void Header(IXLWorksheet sheet, string[] headers, double[] widths)
    {
        for (var i = 0; i < headers.Length; i++)
        {
            sheet.Cell(HeaderRow, i + 1).Value = headers[i];
            sheet.Column(i + 1).Width = widths[i];
        }
        sheet.Range(HeaderRow, 1, HeaderRow, headers.Length).Style
            .Font.SetBold().Fill.SetBackgroundColor(XLColor.FromHtml("#0000BF")).Font.SetFontColor(XLColor.White);
        sheet.SheetView.FreezeRows(HeaderRow);
    }

    private static void Body(IXLWorksheet sheet, int lastRow, int columns)
    {
        var body = sheet.Range(HeaderRow + 1, 1, lastRow, columns);
        body.Style.Alignment.SetWrapText().Alignment.SetVertical(XLAlignmentVerticalValues.Top);
        body.Style.Border.SetInsideBorder(XLBorderStyleValues.Thin).Border.SetOutsideBorder(XLBorderStyleValues.Thin);
    }
}
