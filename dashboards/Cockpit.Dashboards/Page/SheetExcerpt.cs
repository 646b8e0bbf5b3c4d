using System.Globalization;
using System.Text;
using Cockpit.Ingest.Xlsx;

namespace Cockpit.Dashboards.Page;

/// <summary>A small window of a sheet around one cell: its header row on top, two rows and columns each side, merges kept.</summary>
public sealed record SheetExcerpt(int Column, int Row, IReadOnlyList<int> Columns, IReadOnlyList<int> Rows, int HeaderRow,
    IReadOnlyDictionary<(int Row, int Column), string> Values, IReadOnlyList<MergedRange> Merges)
{
    private const int Around = 2;
    private const int MaxText = 60;

    /// <summary>
    /// Excerpts for each <c>(sheet, cell)</c> asked, read from the workbook's bytes; a cell that cannot be found or a
    /// workbook that cannot be read gives none (the problem's own sentence still says where it is).
    /// </summary>
    public static Dictionary<(string Sheet, string Cell), SheetExcerpt> Read(byte[] content, string fileName, IEnumerable<(string Sheet, string Cell)> cells)
    {
        var found = new Dictionary<(string, string), SheetExcerpt>();
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            using var workbook = XlsxWorkbook.Open(stream, fileName, cancel: cancel.Token);
            foreach (var group in cells.Distinct().Take(50).GroupBy(c => c.Sheet))
            {
                if (workbook.Sheets.FirstOrDefault(s => s.Name == group.Key) is not { } sheet) continue;
                var wanted = group.Select(c => (c.Cell, Ok: CellAddress.TryParse(c.Cell.Split(':')[0], out var col, out var row), col, row))
                    .Where(c => c.Ok).ToList();
                if (wanted.Count == 0) continue;
                var last = wanted.Max(w => w.row) + Around;
                var rows = new Dictionary<int, XlsxRow>();
                foreach (var row in workbook.ReadRows(sheet))
                {
                    if (row.Number > last) break;
                    rows[row.Number] = row;
                }
                var merges = workbook.ReadMergedRanges(sheet);
                foreach (var (cell, _, column, rowNumber) in wanted)
                    found[(group.Key, cell)] = Window(workbook, rows, merges, column, rowNumber);
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The reader refused the file already; an excerpt is a help, not a second verdict.
        }
        return found;
    }

    private static SheetExcerpt Window(XlsxWorkbook workbook, Dictionary<int, XlsxRow> rows, IReadOnlyList<MergedRange> merges, int column, int row)
    {
        // The header is the fullest of the rows above the cell (a title row above it holds one cell).
        var header = rows.Values.Where(r => r.Number < row && r.Number <= 20).OrderByDescending(r => r.Cells.Count).ThenBy(r => r.Number)
            .Select(r => r.Number).FirstOrDefault();
        var firstRow = Math.Max(Math.Max(1, row - Around), header + 1);
        // Rows and columns past the sheet's data are left out: they would only show empty cells.
        var lastRow = Math.Max(row, Math.Min(row + Around, rows.Keys.DefaultIfEmpty(row).Max()));
        var shown = Enumerable.Range(firstRow, lastRow - firstRow + 1).ToList();
        if (header > 0) shown.Insert(0, header);
        var firstColumn = Math.Max(1, column - Around);
        var used = shown.Where(rows.ContainsKey).SelectMany(r => rows[r].Cells).Select(c => c.Column).DefaultIfEmpty(column).Max();
        var lastColumn = Math.Max(column, Math.Min(column + Around, used));
        var columns = Enumerable.Range(firstColumn, lastColumn - firstColumn + 1).ToList();
        var values = new Dictionary<(int, int), string>();
        foreach (var r in shown)
            if (rows.TryGetValue(r, out var cells))
                foreach (var c in cells.Cells.Where(c => c.Column >= columns[0] && c.Column <= columns[^1]))
                    values[(r, c.Column)] = Show(workbook, c);
        // A merged area shows its top-left value, wherever the window cuts it.
        var visible = merges.Where(m => m.LastColumn >= columns[0] && m.FirstColumn <= columns[^1] && shown.Any(r => r >= m.FirstRow && r <= m.LastRow)).ToList();
        foreach (var m in visible)
            if (rows.TryGetValue(m.FirstRow, out var top) && top.Cells.FirstOrDefault(c => c.Column == m.FirstColumn) is { Text: not null } origin)
                values[(m.FirstRow, m.FirstColumn)] = Show(workbook, origin);
        return new SheetExcerpt(column, row, columns, shown, header, values, visible);
    }

    private static string Show(XlsxWorkbook workbook, XlsxCell cell)
    {
        var text = workbook.DateOf(cell) is { } date ? date.ToString("d.M.yyyy", CultureInfo.InvariantCulture) : cell.Text;
        return text.Length > MaxText ? text[..MaxText] + "…" : text;
    }

    /// <summary>The excerpt as a table: column letters and row numbers as headers, the cell marked, merged areas spanned.</summary>
    public string Html(string caption)
    {
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"excerpt\"><table><caption>{PageLayout.Encode(caption)}</caption><thead><tr><th></th>");
        foreach (var c in Columns) html.Append(CultureInfo.InvariantCulture, $"<th scope=\"col\">{CellAddress.ColumnName(c)}</th>");
        html.Append("</tr></thead><tbody>\n");
        var covered = new HashSet<(int, int)>();
        foreach (var r in Rows)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr{(r == HeaderRow ? " class=\"header\"" : "")}><th scope=\"row\">{r}</th>");
            foreach (var c in Columns)
            {
                if (covered.Contains((r, c))) continue;
                var span = "";
                var value = Values.GetValueOrDefault((r, c), "");
                if (Merges.FirstOrDefault(m => r >= m.FirstRow && r <= m.LastRow && c >= m.FirstColumn && c <= m.LastColumn) is { } m && m != default)
                {
                    var rows = Rows.Where(x => x >= m.FirstRow && x <= m.LastRow && x >= r).ToList();
                    var cols = Columns.Where(x => x >= m.FirstColumn && x <= m.LastColumn && x >= c).ToList();
                    foreach (var x in rows) foreach (var y in cols) covered.Add((x, y));
                    span = (rows.Count > 1 ? $" rowspan=\"{rows.Count}\"" : "") + (cols.Count > 1 ? $" colspan=\"{cols.Count}\"" : "") + " data-merged=\"true\"";
                    value = Values.GetValueOrDefault((m.FirstRow, m.FirstColumn), "");
                    var isTarget = Row >= m.FirstRow && Row <= m.LastRow && Column >= m.FirstColumn && Column <= m.LastColumn;
                    if (isTarget) span += " class=\"target\" aria-current=\"true\"";
                }
                else if (r == Row && c == Column) span = " class=\"target\" aria-current=\"true\"";
                html.Append(CultureInfo.InvariantCulture, $"<td{span}>{PageLayout.Encode(value)}</td>");
            }
            html.Append("</tr>\n");
        }
        html.Append("</tbody></table></div>\n");
        return html.ToString();
    }
}
