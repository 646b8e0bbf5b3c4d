using System.IO.Compression;
using System.Text;

namespace Cockpit.Testing;

/// <summary>
/// A forecast workbook the reader fails on unforeseen, to prove what happens then (a refusal with a sentence, an audit
/// row, exit code 1). It is a real reader failure, left to the catch-all on purpose: the one metric row has a cell that
/// counting brings past column XFD (cells without addresses take the next column), and <c>CellAddress.ColumnName</c>
/// has room for four letters only. Excel cannot write such a file. Should the reader learn to read it, pick another witness.
/// </summary>
public static class UnforeseenWorkbook
{
    public const string Sheet = "Taul1";

    public static byte[] Bytes()
    {
        var header = Cells("Sitova toiminnan tavoite", "Mittari", "Ennuste 1/2020");
        var metric = Cells("Tavoite", "Mittari", "Tavoite on toteutumassa.") + string.Concat(Enumerable.Repeat("<c/>", 475_252)) + Cells("x");
        return Package(("xl/worksheets/sheet1.xml",
            $"<worksheet><sheetData><row r=\"1\">{header}</row><row r=\"2\">{metric}</row></sheetData></worksheet>"));
    }

    private static string Cells(params string[] texts) => string.Concat(texts.Select(t => $"<c t=\"inlineStr\"><is><t>{t}</t></is></c>"));

    private static byte[] Package((string Part, string Xml) sheet)
    {
        const string relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        (string Part, string Xml)[] parts =
        [
            ("[Content_Types].xml", "<Types/>"),
            ("_rels/.rels", $"<Relationships><Relationship Id=\"rId1\" Type=\"{relationships}/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"),
            ("xl/workbook.xml", $"<workbook xmlns:r=\"{relationships}\"><sheets><sheet name=\"{Sheet}\" r:id=\"rId1\"/></sheets></workbook>"),
            ("xl/_rels/workbook.xml.rels", $"<Relationships><Relationship Id=\"rId1\" Type=\"{relationships}/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"),
            sheet,
        ];
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (part, xml) in parts)
            {
                using var stream = zip.CreateEntry(part, CompressionLevel.SmallestSize).Open();
                stream.Write(Encoding.UTF8.GetBytes(xml));
            }
        return buffer.ToArray();
    }
}
