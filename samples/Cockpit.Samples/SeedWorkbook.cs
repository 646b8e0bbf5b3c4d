using ClosedXML.Excel;

namespace Cockpit.Samples;

/// <summary>
/// Builds the division's 2020 forecast report (samples/kuva-2020-sitovat-tavoitteet.xlsx) from the seed table
/// samples/kuva-2020-binding-goals.tsv, laid out like the real one: title rows, merged theme and goal cells,
/// wrapped multi-line cells, and "Ennuste 3/2020" not yet reported.
/// </summary>
public static class SeedWorkbook
{
    public const string FileName = "kuva-2020-sitovat-tavoitteet.xlsx";
    public const string TableFileName = "kuva-2020-binding-goals.tsv";

    private const int HeaderRow = 4;

    public static void Write(string tablePath, string outputPath)
    {
        var rows = ReadTable(tablePath);
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("Sitovat tavoitteet 2020");
        ForecastSheetStyle.Title(sheet,
            "Kulttuurin ja vapaa-ajan toimiala: sitovien toiminnan tavoitteiden toteutumisennusteet 2020",
            "Lähde: toimialan raportti 2020 (rekonstruoitu taulukko). Ennuste 3/2020 raportoidaan loppuvuodesta.");
        string[] headers = [.. ForecastSheetStyle.Headers, "Ennuste 1/2020", "Ennuste 2/2020", "Ennuste 3/2020"];
        ForecastSheetStyle.Header(sheet, HeaderRow, headers, [22, 24, 26, 45, 45, 55, 55, 40]);

        var row = HeaderRow + 1;
        foreach (var r in rows)
        {
            string[] values = [r["linkage"].Replace("; ", "\n"), r["theme"], r["theme_section"], r["goal"], r["metric"],
                r["forecast_1_2020"], r["forecast_2_2020"], r["forecast_3_2020"]];
            for (var c = 0; c < values.Length; c++)
                if (values[c].Length > 0) sheet.Cell(row, c + 1).Value = values[c];
            row++;
        }
        var lastRow = row - 1;
        ForecastSheetStyle.Body(sheet, HeaderRow + 1, lastRow, headers.Length);
        foreach (var column in new[] { 2, 3, 4 }) ForecastSheetStyle.MergeRuns(sheet, column, HeaderRow + 1, lastRow);
        sheet.Cell(lastRow + 2, 1).Value = "Tila: ennusteet 1/2020 ja 2/2020 annettu; 3/2020 täydennetään vuoden lopussa.";
        sheet.SheetView.FreezeRows(HeaderRow);
        workbook.SaveAs(outputPath);
    }

    // The seed table: TSV split on tabs, no quoting, "\n" inside a cell is a line break.
    internal static List<Dictionary<string, string>> ReadTable(string path)
    {
        var lines = File.ReadAllLines(path).Where(l => l.Length > 0).ToArray();
        var columns = lines[0].Split('\t');
        return lines.Skip(1)
            .Select(line => line.Split('\t'))
            .Select(cells => columns.Select((name, i) => (name, value: i < cells.Length ? cells[i].Replace("\\n", "\n").Trim() : ""))
                .ToDictionary(x => x.name, x => x.value))
            .ToList();
    }
}
