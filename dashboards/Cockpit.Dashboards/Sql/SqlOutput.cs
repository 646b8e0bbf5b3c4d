using System.Globalization;
using System.Text.Json;
using ClosedXML.Excel;
using Cockpit.Dashboards.Tables;
using Cockpit.Model.Sql;
using Cockpit.Model.Store;

namespace Cockpit.Dashboards.Sql;

/// <summary>How many rows an answer carried, and whether the cap cut more off.</summary>
public readonly record struct SqlAnswer(long Rows, bool Truncated);

/// <summary>Writes an analyst query's rows straight from DuckDB's reader, never more than the row cap.</summary>
public static class SqlOutput
{
    /// <summary><c>{"columns": [{"name", "type"}], "rows": [[...]], "rowCount", "truncated"}</c>; truncated when the cap cut rows off.</summary>
    public static SqlAnswer Json(SqlQuery query, Utf8JsonWriter json, int maxRows)
    {
        json.WriteStartObject();
        json.WriteStartArray("columns");
        foreach (var column in query.Columns)
        {
            json.WriteStartObject();
            json.WriteString("name", column.Name);
            json.WriteString("type", column.Type);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("rows");
        long rows = 0;
        var truncated = false;
        while (query.Read())
        {
            if (rows == maxRows) { truncated = true; break; }
            json.WriteStartArray();
            for (var c = 0; c < query.Columns.Count; c++) DuckValue.WriteJson(json, query.Value(c));
            json.WriteEndArray();
            rows++;
        }
        json.WriteEndArray();
        json.WriteNumber("rowCount", rows);
        json.WriteBoolean("truncated", truncated);
        json.WriteEndObject();
        return new SqlAnswer(rows, truncated);
    }

    /// <summary>
    /// Semicolon-separated, a header of column names, rows as they come. Field by field straight to the writer (issue 18:
    /// the 1M-row answer against DuckDB's own COPY); whole numbers and texts are read without boxing, every other type
    /// through <see cref="CsvText.Field"/>, which decides every field's text either way.
    /// </summary>
    public static SqlAnswer Csv(SqlQuery query, TextWriter csv, int maxRows)
    {
        var columns = query.Columns.Count;
        for (var c = 0; c < columns; c++)
        {
            if (c > 0) csv.Write(';');
            csv.Write(CsvText.Field(query.Columns[c].Name));
        }
        csv.Write("\r\n");
        var reader = query.Reader;
        var kinds = Enumerable.Range(0, columns).Select(c => reader.GetFieldType(c)).ToArray();
        Span<char> digits = stackalloc char[24];
        long rows = 0;
        while (rows < maxRows && query.Read())
        {
            for (var c = 0; c < columns; c++)
            {
                if (c > 0) csv.Write(';');
                if (reader.IsDBNull(c)) continue;
                var kind = kinds[c];
                if (kind == typeof(long) && reader.GetInt64(c).TryFormat(digits, out var written, default, CultureInfo.InvariantCulture)
                    || kind == typeof(int) && reader.GetInt32(c).TryFormat(digits, out written, default, CultureInfo.InvariantCulture))
                    csv.Write(digits[..written]);
                else if (kind == typeof(string)) csv.Write(CsvText.Field(reader.GetString(c)));
                else csv.Write(CsvText.Field(query.Value(c)));
            }
            csv.Write("\r\n");
            rows++;
        }
        csv.Flush();
        return new SqlAnswer(rows, rows == maxRows && query.Read());
    }

    /// <summary>The same as <see cref="Csv"/>, for callers that await (the <c>sql</c> verb).</summary>
    public static Task<SqlAnswer> CsvAsync(SqlQuery query, TextWriter csv, int maxRows) => Task.FromResult(Csv(query, csv, maxRows));

    /// <summary>One sheet, each cell typed as its column (see <see cref="ExcelCells"/>); texts too long for a cell cut and listed on a notes sheet.</summary>
    public static (byte[] Workbook, SqlAnswer Answer) Xlsx(SqlQuery query, int maxRows, string lang)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("SQL");
        for (var c = 0; c < query.Columns.Count; c++) sheet.Cell(1, c + 1).SetValue(query.Columns[c].Name);
        sheet.Row(1).Style.Font.SetBold();
        var cells = new ExcelCells(lang);
        var row = 1;
        while (row - 1 < maxRows && query.Read())
        {
            row++;
            for (var c = 0; c < query.Columns.Count; c++) cells.Put(sheet.Cell(row, c + 1), query.Value(c));
        }
        var answer = new SqlAnswer(row - 1, row - 1 == maxRows && query.Read());
        sheet.SheetView.FreezeRows(1);
        cells.AddNotes(workbook);
        using var buffer = new MemoryStream();
        workbook.SaveAs(buffer);
        return (buffer.ToArray(), answer);
    }

    /// <summary>Aligned columns for a terminal.</summary>
    public static SqlAnswer Table(SqlQuery query, TextWriter output, int maxRows)
    {
        var rows = new List<string[]> { query.Columns.Select(c => c.Name).ToArray() };
        var truncated = false;
        while (query.Read())
        {
            if (rows.Count - 1 == maxRows) { truncated = true; break; }
            rows.Add(Enumerable.Range(0, query.Columns.Count).Select(c => DuckValue.Text(query.Value(c)).ReplaceLineEndings(" ")).ToArray());
        }
        Aligned(rows, truncated, output);
        return new SqlAnswer(rows.Count - 1, truncated);
    }

    /// <summary>A header row and its rows, each column as wide as its widest cell, and the count.</summary>
    public static void Aligned(IReadOnlyList<string[]> rows, bool truncated, TextWriter output)
    {
        var widths = Enumerable.Range(0, rows[0].Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
        for (var r = 0; r < rows.Count; r++)
        {
            output.WriteLine(string.Join("  ", rows[r].Select((cell, c) => cell.PadRight(widths[c]))).TrimEnd());
            if (r == 0) output.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        }
        output.WriteLine(truncated ? $"({rows.Count - 1} rows shown; more were cut off at the cap)" : $"({rows.Count - 1} rows)");
    }
}
