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

    /// <summary>Replaces <paramref name="placeholder"/> in a part by <paramref name="length"/> copies of one character, written in pieces, so neither the test nor the file holds the text whole (it compresses to about a thousandth).</summary>
    public static void Inflate(string path, string part, string placeholder, char fill, int length)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        var entry = zip.GetEntry(part) ?? throw new ArgumentException($"{path} has no part {part}");
        string xml;
        using (var reader = new StreamReader(entry.Open())) xml = reader.ReadToEnd();
        var at = xml.IndexOf(placeholder, StringComparison.Ordinal);
        if (at < 0) throw new ArgumentException($"{part} has no {placeholder}");
        entry.Delete();
        using var writer = new StreamWriter(zip.CreateEntry(part, CompressionLevel.Fastest).Open());
        writer.Write(xml[..at]);
        var piece = new string(fill, 1 << 20);
        for (var written = 0; written < length; written += piece.Length) writer.Write(piece, 0, Math.Min(piece.Length, length - written));
        writer.Write(xml[(at + placeholder.Length)..]);
    }
}
