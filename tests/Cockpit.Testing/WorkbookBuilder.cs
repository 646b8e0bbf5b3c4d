using ClosedXML.Excel;

namespace Cockpit.Testing;

/// <summary>Builds real .xlsx files with ClosedXML for the layout variations a reader must cope with.</summary>
public sealed class WorkbookBuilder
{
    public static readonly string[] FinnishHeaders =
    [
        "Kytkeytyminen kaupunkiyhteisiin hankkeisiin ja yhteissuunnittelun teemoihin",
        "Kaupunkistrategian teema",
        "Sitova toiminnan tavoite",
        "Sitovan toiminnan tavoitteen mittarit",
        "Ennuste 1/2020",
        "Ennuste 2/2020",
    ];

    private readonly XLWorkbook workbook = new();

    public SheetBuilder Sheet(string name) => new(this, workbook.AddWorksheet(name));

    public string Save(string path)
    {
        workbook.SaveAs(path);
        workbook.Dispose();
        return path;
    }
}

public sealed class SheetBuilder(WorkbookBuilder owner, IXLWorksheet sheet)
{
    /// <summary>Saves the whole workbook this sheet belongs to.</summary>
    public string Save(string path) => owner.Save(path);

    public IXLWorksheet Worksheet => sheet;

    /// <summary>Writes <paramref name="values"/> from column A; null leaves a cell blank.</summary>
    public SheetBuilder Row(int row, params string?[] values)
    {
        for (var i = 0; i < values.Length; i++)
            if (values[i] is { } value) sheet.Cell(row, i + 1).Value = value;
        return this;
    }

    public SheetBuilder Rows(int firstRow, params string?[][] rows)
    {
        for (var i = 0; i < rows.Length; i++) Row(firstRow + i, rows[i]);
        return this;
    }

    public SheetBuilder Merge(string range)
    {
        sheet.Range(range).Merge();
        return this;
    }

    public SheetBuilder HideRow(int row)
    {
        sheet.Row(row).Hide();
        return this;
    }
}
