using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using Cockpit.Ingest.Problems;

namespace Cockpit.Ingest.Xlsx;

/// <summary>
/// A streaming, read-only view of an .xlsx package: sheets in tab order, rows one at a time, merged ranges.
/// Only the shared-string table and the date-ness of each cell style are held in memory. Every part is size-checked before it is inflated.
/// </summary>
public sealed class XlsxWorkbook : IDisposable
{
    public const long DefaultPartLimit = 256L << 20;

    private static readonly XmlReaderSettings XmlSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        CloseInput = true,
    };

    private readonly ZipArchive zip;
    private readonly string fileName;
    private readonly long partLimit;
    private readonly string?[] sharedStrings; // null: a text longer than a cell may hold
    private readonly CancellationToken cancel;

    private XlsxWorkbook(ZipArchive zip, string fileName, long partLimit, CancellationToken cancel, bool sheetsOnly = false)
    {
        this.zip = zip;
        this.fileName = fileName;
        this.partLimit = partLimit;
        this.cancel = cancel;
        foreach (var entry in zip.Entries)
            if (entry.Length > partLimit) throw TooLarge(entry.FullName, entry.Length);
        var workbookPath = RelationshipTargets("", "_rels/.rels").GetValueOrDefault("officeDocument")
            ?? throw Reject(ProblemCode.NotWorkbook);
        var folder = workbookPath.Contains('/') ? workbookPath[..(workbookPath.LastIndexOf('/') + 1)] : "";
        var relsPath = folder + "_rels/" + workbookPath[folder.Length..] + ".rels";
        var targets = ReadRelationships(folder, relsPath);
        (Sheets, Date1904) = ReadWorkbookPart(workbookPath, targets);
        if (sheetsOnly)
        {
            sharedStrings = [];
            return;
        }
        var sst = targets.Values.FirstOrDefault(t => t.Type == "sharedStrings").Target;
        sharedStrings = sst is null ? [] : ReadSharedStrings(sst);
        var styles = targets.Values.FirstOrDefault(t => t.Type == "styles").Target;
        if (styles is not null && zip.GetEntry(styles) is not null)
        {
            using var reader = OpenXml(styles);
            Styles = XlsxStyles.Read(reader);
        }
    }

    /// <summary>Which style indexes (<see cref="XlsxCell.Style"/>) format a number as a date.</summary>
    public XlsxStyles Styles { get; } = XlsxStyles.None;

    /// <summary>The date a cell shows: an ISO date cell, or a number whose style is a date format; else null.</summary>
    public DateOnly? DateOf(XlsxCell cell) => cell.Kind switch
    {
        CellKind.Date => ExcelDates.FromIso(cell.Text),
        CellKind.Number when Styles.IsDate(cell.Style)
            && double.TryParse(cell.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) => ExcelDates.FromSerial(serial, Date1904),
        _ => null,
    };

    public IReadOnlyList<XlsxSheet> Sheets { get; }

    /// <summary>The workbook counts its date serials from 1.1.1904 (workbookPr date1904, Excel for Mac), not from 1900.</summary>
    public bool Date1904 { get; }

    /// <summary>
    /// Opens <paramref name="stream"/> (kept open) or throws <see cref="WorkbookRejectedException"/> saying why it is no workbook.
    /// Once <paramref name="cancel"/> is cancelled, reading any part of it throws <see cref="OperationCanceledException"/>.
    /// </summary>
    public static XlsxWorkbook Open(Stream stream, string fileName, long partLimit = DefaultPartLimit, CancellationToken cancel = default)
    {
        if (FileSniffer.Check(stream) is { } problem)
            throw new WorkbookRejectedException(new WorkbookProblem(fileName, null, null, problem));
        try
        {
            return new XlsxWorkbook(new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true), fileName, partLimit, cancel);
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or IOException)
        {
            throw new WorkbookRejectedException(new WorkbookProblem(fileName, null, null, ProblemCode.Corrupt, e.Message));
        }
    }

    /// <summary>The names of the workbook's sheets in tab order, reading nothing else (no shared strings, no cells); throws as <see cref="Open"/> does.</summary>
    public static IReadOnlyList<string> ReadSheetNames(Stream stream, string fileName, long partLimit = DefaultPartLimit, CancellationToken cancel = default)
    {
        if (FileSniffer.Check(stream) is { } problem)
            throw new WorkbookRejectedException(new WorkbookProblem(fileName, null, null, problem));
        try
        {
            using var workbook = new XlsxWorkbook(new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true), fileName, partLimit, cancel, sheetsOnly: true);
            return workbook.Sheets.Select(s => s.Name).ToList();
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or IOException)
        {
            throw new WorkbookRejectedException(new WorkbookProblem(fileName, null, null, ProblemCode.Corrupt, e.Message));
        }
    }

    /// <summary>The sheet's non-empty rows in order. Rows and cells without addresses take the next one, as Excel does.</summary>
    public IEnumerable<XlsxRow> ReadRows(XlsxSheet sheet)
    {
        using var reader = OpenXml(sheet.PartPath);
        if (!MoveToElement(reader, "sheetData") || reader.IsEmptyElement) yield break;
        var depth = reader.Depth;
        var rowNumber = 0;
        while (reader.Read() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "row") continue;
            cancel.ThrowIfCancellationRequested();
            rowNumber = ParseInt(reader.GetAttribute("r")) ?? rowNumber + 1;
            var hidden = reader.GetAttribute("hidden") is "1" or "true";
            var cells = reader.IsEmptyElement ? [] : ReadCells(reader);
            if (cells.Count > 0) yield return new XlsxRow(rowNumber, hidden, cells);
        }
    }

    /// <summary>The sheet's merged ranges (stored after the cells, so this reads the part once more), each once however often it is listed.</summary>
    public IReadOnlyList<MergedRange> ReadMergedRanges(XlsxSheet sheet)
    {
        var ranges = new List<MergedRange>();
        using var reader = OpenXml(sheet.PartPath);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element) continue;
            if (reader.LocalName == "sheetData")
            {
                reader.Skip(); // the cells; merged ranges come after them
                continue;
            }
            if (reader.LocalName == "mergeCell" && reader.GetAttribute("ref")?.Split(':') is [var from, var to]
                && CellAddress.TryParse(from, out var c1, out var r1) && CellAddress.TryParse(to, out var c2, out var r2))
                ranges.Add(new MergedRange(c1, r1, c2, r2));
        }
        return [.. ranges.Distinct()];
    }

    public void Dispose() => zip.Dispose();

    private List<XlsxCell> ReadCells(XmlReader reader)
    {
        var cells = new List<XlsxCell>();
        var depth = reader.Depth;
        var column = 0;
        while (reader.Read() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "c") continue;
            column = reader.GetAttribute("r") is { } r && CellAddress.TryParse(r, out var c, out _) ? c : column + 1;
            var type = reader.GetAttribute("t");
            var style = ParseInt(reader.GetAttribute("s")) ?? 0;
            var (value, inline, formula, tooLong) = reader.IsEmptyElement ? (null, null, false, false) : ReadCellContent(reader);
            if (tooLong || type == "s" && value is not null && SharedString(value) is null)
            {
                cells.Add(new XlsxCell(column, "", CellKind.TooLong, style));
                continue;
            }
            // no value, or an empty one where only a text result may be empty (openpyxl writes <f>..</f><v></v>)
            if (formula && (value is null || value.Length == 0 && type != "str"))
            {
                cells.Add(new XlsxCell(column, "", CellKind.FormulaWithoutValue, style));
                continue;
            }
            if (value is null && inline is null) continue; // a styled but empty cell
            var cell = type switch
            {
                "s" => new XlsxCell(column, SharedString(value)!, CellKind.Text, style),
                "inlineStr" => new XlsxCell(column, inline ?? "", CellKind.Text, style),
                "str" => new XlsxCell(column, value ?? "", CellKind.Text, style),
                "b" => new XlsxCell(column, value == "1" ? "TRUE" : "FALSE", CellKind.Boolean, style),
                "e" => new XlsxCell(column, value ?? "#ERROR", CellKind.Error, style),
                "d" => new XlsxCell(column, value ?? "", CellKind.Date, style),
                _ => new XlsxCell(column, value ?? "", CellKind.Number, style),
            };
            if (cell.Text.Length > 0 || cell.Kind == CellKind.Error) cells.Add(cell);
        }
        return cells;
    }

    // A cell's <v>, its inline string, whether it has a formula (<f>, empty in cells sharing one), and whether its text is too long.
    private static (string? Value, string? Inline, bool Formula, bool TooLong) ReadCellContent(XmlReader reader)
    {
        string? value = null, inline = null;
        bool formula = false, tooLong = false;
        var depth = reader.Depth;
        reader.Read();
        while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "v")
            {
                value = ReadBounded(reader);
                tooLong |= value is null;
            }
            else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "is")
            {
                inline = ReadRichText(reader);
                tooLong |= inline is null;
                reader.Read();
            }
            else if (reader.NodeType == XmlNodeType.Element)
            {
                formula |= reader.LocalName == "f";
                reader.Skip();
            }
            else reader.Read();
        }
        return (value, inline, formula, tooLong);
    }

    // Text of an <si> or <is>: its <t> runs joined, phonetic <rPh> runs left out; null when longer than a cell may hold.
    // Leaves the reader on the end tag.
    private static string? ReadRichText(XmlReader reader)
    {
        if (reader.IsEmptyElement) return "";
        var text = new StringBuilder();
        var tooLong = false;
        var depth = reader.Depth;
        reader.Read();
        while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "t")
            {
                var run = ReadBounded(reader);
                tooLong |= run is null || text.Length + run.Length > MaxCellText;
                if (!tooLong) text.Append(run);
            }
            else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "rPh") reader.Skip();
            else reader.Read();
        }
        return tooLong ? null : text.ToString();
    }

    /// <summary>Excel's limit for one cell: a longer text is refused, and never held whole in memory.</summary>
    public const int MaxCellText = 32_767;

    // An element's text, read in chunks and never more than MaxCellText characters of it: null when longer. Leaves the reader after the element.
    private static string? ReadBounded(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return "";
        }
        var text = new StringBuilder();
        var chunk = new char[4096];
        var depth = reader.Depth;
        reader.Read();
        while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
                for (var n = reader.ReadValueChunk(chunk, 0, chunk.Length); n > 0; n = reader.ReadValueChunk(chunk, 0, chunk.Length))
                    if (text.Length <= MaxCellText) text.Append(chunk, 0, Math.Min(n, MaxCellText + 1 - text.Length));
            if (reader.NodeType == XmlNodeType.Element) reader.Skip();
            else reader.Read();
        }
        reader.Read();
        return text.Length > MaxCellText ? null : text.ToString();
    }

    private string? SharedString(string? index) =>
        ParseInt(index) is { } i && i >= 0 && i < sharedStrings.Length
            ? sharedStrings[i]
            : throw new InvalidDataException($"shared string {index} does not exist");

    private string?[] ReadSharedStrings(string path)
    {
        var strings = new List<string?>();
        using var reader = OpenXml(path);
        while (reader.Read())
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "si")
                strings.Add(ReadRichText(reader));
        return [.. strings];
    }

    // The sheets in tab order, and whether dates count from 1904.
    private (List<XlsxSheet>, bool Date1904) ReadWorkbookPart(string workbookPath, Dictionary<string, (string Type, string Target)> targets)
    {
        var sheets = new List<XlsxSheet>();
        var date1904 = false;
        using var reader = OpenXml(workbookPath);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "workbookPr")
                date1904 = reader.GetAttribute("date1904")?.Trim() is "1" or "true";
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "sheet") continue;
            var id = RelationshipId(reader);
            if (id is null || !targets.TryGetValue(id, out var target) || target.Type != "worksheet") continue;
            sheets.Add(new XlsxSheet(reader.GetAttribute("name") ?? id, target.Target, reader.GetAttribute("state") is "hidden" or "veryHidden"));
        }
        return (sheets, date1904);
    }

    private static string? RelationshipId(XmlReader reader)
    {
        for (var more = reader.MoveToFirstAttribute(); more; more = reader.MoveToNextAttribute())
        {
            if (reader.LocalName == "id" && reader.NamespaceURI.Length > 0)
            {
                var id = reader.Value;
                reader.MoveToElement();
                return id;
            }
        }
        reader.MoveToElement();
        return null;
    }

    private Dictionary<string, string> RelationshipTargets(string folder, string relsPath) =>
        ReadRelationships(folder, relsPath).Values.GroupBy(t => t.Type).ToDictionary(g => g.Key, g => g.First().Target);

    // Relationship id -> (type's last segment, target as a package path).
    private Dictionary<string, (string Type, string Target)> ReadRelationships(string folder, string relsPath)
    {
        var relationships = new Dictionary<string, (string, string)>();
        if (zip.GetEntry(relsPath) is null) return relationships;
        using var reader = OpenXml(relsPath);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "Relationship") continue;
            if (reader.GetAttribute("Id") is not { } id || reader.GetAttribute("Target") is not { } target) continue;
            var type = reader.GetAttribute("Type") ?? "";
            var path = target.StartsWith('/') ? target[1..] : folder + target;
            relationships[id] = (type[(type.LastIndexOf('/') + 1)..], path);
        }
        return relationships;
    }

    private XmlReader OpenXml(string path)
    {
        var entry = zip.GetEntry(path) ?? throw new InvalidDataException($"part {path} is missing");
        var stream = new LimitedStream(entry.Open(), partLimit, () => throw TooLarge(path, partLimit + 1), cancel);
        return XmlReader.Create(stream, XmlSettings);
    }

    private static bool MoveToElement(XmlReader reader, string localName)
    {
        while (reader.Read())
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == localName) return true;
        return false;
    }

    private static int? ParseInt(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    private WorkbookRejectedException Reject(ProblemCode code, params string[] args) =>
        new(new WorkbookProblem(fileName, null, null, code, args));

    private WorkbookRejectedException TooLarge(string part, long bytes) =>
        Reject(ProblemCode.PartTooLarge, part, (bytes >> 20).ToString(CultureInfo.InvariantCulture), (partLimit >> 20).ToString(CultureInfo.InvariantCulture));
}
