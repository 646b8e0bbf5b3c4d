using System.Globalization;
using System.IO.Compression;
using System.Security;

namespace Cockpit.Testing;

/// <summary>
/// Writes an .xlsx part by part from raw SpreadsheetML, for cells stored the way a given tool stores them (openpyxl's
/// ISO dates and uncalculated formulas, Excel for Mac's 1904 serials) that ClosedXML will not write.
/// Strings are inline (as openpyxl writes them); style 1 is a date (built-in format 14), style 0 is General.
/// </summary>
public sealed class RawXlsx
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private readonly List<(string Name, string Xml)> sheets = [];

    /// <summary>The workbook's &lt;workbookPr&gt; element, e.g. <c>&lt;workbookPr date1904="1"/&gt;</c>.</summary>
    public string WorkbookProperties { get; init; } = "<workbookPr/>";

    /// <summary>Adds a sheet from its rows (see <see cref="Row"/>) and merged ranges ("B3:B7"), listed as given.</summary>
    public RawXlsx Sheet(string name, IEnumerable<string> rows, params string[] merges)
    {
        var mergeCells = merges.Length == 0 ? ""
            : $"<mergeCells count=\"{merges.Length}\">{string.Concat(merges.Select(m => $"<mergeCell ref=\"{m}\"/>"))}</mergeCells>";
        sheets.Add((name, $"<worksheet xmlns=\"{Main}\"><sheetData>{string.Concat(rows)}</sheetData>{mergeCells}</worksheet>"));
        return this;
    }

    public static string Row(int number, params string[] cells) => $"<row r=\"{number}\">{string.Concat(cells)}</row>";

    public static string Text(string cell, string text) =>
        $"<c r=\"{cell}\" t=\"inlineStr\"><is><t>{SecurityElement.Escape(text)}</t></is></c>";

    public static string Number(string cell, double value, int style = 0) =>
        $"<c r=\"{cell}\"{(style == 0 ? "" : $" s=\"{style}\"")}><v>{value.ToString("R", CultureInfo.InvariantCulture)}</v></c>";

    /// <summary>A row of text cells from column A.</summary>
    public static string TextRow(int number, params string[] texts) =>
        Row(number, [.. texts.Select((t, i) => Text(((char)('A' + i)).ToString() + number, t))]);

    public string Save(string path)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        Write(zip, "[Content_Types].xml",
            "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
            + string.Concat(sheets.Select((_, i) => $"<Override PartName=\"/xl/worksheets/sheet{i + 1}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"))
            + "</Types>");
        Write(zip, "_rels/.rels",
            $"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"{Relationships}/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        Write(zip, "xl/workbook.xml",
            $"<workbook xmlns=\"{Main}\" xmlns:r=\"{Relationships}\">{WorkbookProperties}<sheets>"
            + string.Concat(sheets.Select((s, i) => $"<sheet name=\"{SecurityElement.Escape(s.Name)}\" sheetId=\"{i + 1}\" r:id=\"rId{i + 1}\"/>"))
            + "</sheets></workbook>");
        Write(zip, "xl/_rels/workbook.xml.rels",
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + string.Concat(sheets.Select((_, i) => $"<Relationship Id=\"rId{i + 1}\" Type=\"{Relationships}/worksheet\" Target=\"worksheets/sheet{i + 1}.xml\"/>"))
            + $"<Relationship Id=\"rId{sheets.Count + 1}\" Type=\"{Relationships}/styles\" Target=\"styles.xml\"/></Relationships>");
        Write(zip, "xl/styles.xml",
            $"<styleSheet xmlns=\"{Main}\"><cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\" applyNumberFormat=\"1\"/></cellXfs></styleSheet>");
        for (var i = 0; i < sheets.Count; i++) Write(zip, $"xl/worksheets/sheet{i + 1}.xml", sheets[i].Xml);
        return path;
    }

    private static void Write(ZipArchive zip, string part, string xml)
    {
        using var writer = new StreamWriter(zip.CreateEntry(part).Open());
        writer.Write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>");
        writer.Write(xml);
    }
}
