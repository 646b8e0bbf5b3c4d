using System.Globalization;
using System.Text;
using ClosedXML.Excel;

namespace Cockpit.Samples;

/// <summary>
/// Writes a large SYNTHETIC forecast workbook (goals x metrics x rounds) for benchmarks and load tests.
/// Its sheet, title and every goal say that it is synthetic; the texts are recombined Finnish phrases.
/// </summary>
public static class SyntheticWorkbook
{
    public const string Marker = "SYNTEETTINEN";

    private static readonly string[] Themes =
    [
        "Maailman toimivin kaupunki", "Kestävän kasvun turvaaminen", "Uudistuvat palvelut",
        "Helsinki on alusta ja kumppani", "Vastuullinen taloudenpito",
    ];

    private static readonly string[] Openings =
    [
        "Toimenpiteet ovat edenneet suunnitellusti ja yhteistyö palvelukokonaisuuksien kanssa on käynnissä.",
        "Koronatilanne on siirtänyt osan tapahtumista syksylle, ja tilojen käyttöaste on ollut tavallista pienempi.",
        "Alkuvuonna on otettu käyttöön uusia työvälineitä ja koulutettu henkilöstöä niiden käyttöön.",
        "Kävijämäärät ovat kasvaneet edellisvuodesta, ja asiakaspalaute on ollut pääosin myönteistä.",
        "Hankinta on kilpailutettu ja toimittaja valittu; käyttöönotto alkaa seuraavalla neljänneksellä.",
    ];

    private static readonly string[] Verdicts =
    [
        "Ennusteen mukaan tavoite on toteutumassa.",
        "Tavoite on saavutettu.",
        "Tavoitteen toteutuminen on epävarma.",
        "Tavoite ei toteudu tämän vuoden aikana.",
        "Tavoite toteutunee pienellä varauksella.",
        "",
    ];

    /// <param name="rounds">Number of forecast columns: 1/2020, 2/2020, 3/2020, 1/2021, ...</param>
    public static void Write(string outputPath, int goals, int metricsPerGoal, int rounds, int seed = 2020)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(goals, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(metricsPerGoal, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(rounds, 1);
        var random = new Random(seed);
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("Synteettinen");
        ForecastSheetStyle.Title(sheet, $"{Marker} TESTIAINEISTO: ei oikeita tavoitteita",
            $"{goals} tavoitetta × {metricsPerGoal} mittaria × {rounds} kierrosta, siemen {seed}");
        var headers = ForecastSheetStyle.Headers
            .Concat(Enumerable.Range(0, rounds).Select(i => $"Ennuste {i % 3 + 1}/{2020 + i / 3}"))
            .ToArray();
        const int headerRow = 4;
        ForecastSheetStyle.Header(sheet, headerRow, headers, [22, 24, 26, 45, 45, 55]);

        // As in the real report: a theme's cell is merged over all its goals' rows, a goal's focus and text over its metrics' rows.
        var row = headerRow + 1;
        var themeStart = row;
        for (var g = 1; g <= goals; g++)
        {
            var theme = Themes[(g - 1) * Themes.Length / goals];
            if (g == 1 || theme != Themes[(g - 2) * Themes.Length / goals])
            {
                MergeDown(sheet, 2, themeStart, row - 1);
                sheet.Cell(row, 2).Value = theme;
                themeStart = row;
            }
            sheet.Cell(row, 3).Value = $"Painopiste {g % 7 + 1}";
            sheet.Cell(row, 4).Value = $"({Marker}) Tavoite {g}: toimiala kehittää palvelujaan ja parantaa asiakaskokemusta.";
            MergeDown(sheet, 3, row, row + metricsPerGoal - 1);
            MergeDown(sheet, 4, row, row + metricsPerGoal - 1);
            for (var m = 1; m <= metricsPerGoal; m++, row++)
            {
                sheet.Cell(row, 1).Value = m % 3 == 0 ? "Liikkumisohjelma\nMukana" : "Saavutettavuus";
                sheet.Cell(row, 5).Value = $"Mittari {g}.{m}: tapahtumat ({random.Next(2, 40)} kpl).";
                for (var r = 0; r < rounds; r++)
                    sheet.Cell(row, 6 + r).Value = Forecast(random, (row - headerRow - 1) * rounds + r + 1);
            }
        }
        MergeDown(sheet, 2, themeStart, row - 1);
        workbook.SaveAs(outputPath);
    }

    private static void MergeDown(IXLWorksheet sheet, int column, int firstRow, int lastRow)
    {
        if (lastRow > firstRow) sheet.Range(firstRow, column, lastRow, column).Merge();
    }

    // Every text differs (its entry number, besides a figure and a date), as real forecasts do, so shared strings do not shrink the file.
    private static string Forecast(Random random, int entry)
    {
        var text = new StringBuilder();
        if (random.Next(100) < 15) text.Append(Openings[random.Next(Openings.Length)]).Append(' ');
        text.Append(Verdicts[random.Next(Verdicts.Length)]);
        text.Append(CultureInfo.InvariantCulture, $" Toteuma {random.Next(0, 100)} % ({random.Next(1, 29)}.{random.Next(1, 13)}.2020). Kirjaus nro {entry}.");
        return text.ToString().Trim();
    }
}
