using System.IO.Compression;
using System.Text.RegularExpressions;
using ClosedXML.Excel;

namespace Cockpit.Testing;

/// <summary>Edits a part of a saved .xlsx in place, for what ClosedXML will not write (error values, broken parts).</summary>
public static class XlsxSurgery
{
    public static void EditPart(string path, string part, Func<string, string> edit)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        var entry = zip.GetEntry(part) ?? throw new ArgumentException($"{path} has no part {part}");
        string xml;
        using (var reader = new StreamReader(entry.Open())) xml = reader.ReadToEnd();
        var edited = edit(xml);
        if (edited == xml) throw new ArgumentException($"the edit changed nothing in {part}");
        entry.Delete();
        using var writer = new StreamWriter(zip.CreateEntry(part).Open());
        writer.Write(edited);
    }

    /// <summary>Turns a cell of the first sheet into an Excel error value such as #DIV/0!, which ClosedXML will not write.</summary>
    public static void PutErrorValue(string path, string cell, string error)
    {
        const int placeholder = 12345;
        using (var workbook = new XLWorkbook(path))
        {
            workbook.Worksheet(1).Cell(cell).Value = placeholder;
            workbook.Save();
        }
        EditPart(path, "xl/worksheets/sheet1.xml",
            xml => Regex.Replace(xml, $"<x:c r=\"{cell}\"[^>]*><x:v>{placeholder}</x:v>", $"<x:c r=\"{cell}\" t=\"e\"><x:v>{error}</x:v>"));
    }
}
