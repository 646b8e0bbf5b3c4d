using System.Text;
using System.Text.Json;
using ClosedXML.Excel;
using Cockpit.Status;
using Cockpit.Model.Store;
using Microsoft.Data.Analysis;
using StatusCodes = Cockpit.Status.StatusCodes;

namespace Cockpit.Dashboards.Tables;

/// <summary>Writes a <see cref="DataFrame"/> as JSON (column names), CSV or Excel (headers in the reader's language).</summary>
public static class TableWriter
{
    /// <summary>Letters such as ä and ö as they are (<see cref="DuckValue.JsonOptions"/>).</summary>
    public static readonly JsonWriterOptions JsonOptions = DuckValue.JsonOptions;

    public static byte[] Write(DataFrame frame, TableFormat format, string lang, string title) => format switch
    {
        TableFormat.Csv => Csv(frame, lang),
        TableFormat.Xlsx => Xlsx(frame, lang, title),
        _ => Json(frame),
    };

    public static byte[] Json(DataFrame frame)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonOptions))
        {
            json.WriteStartArray();
            WriteRows(json, frame);
            json.WriteEndArray();
        }
        return buffer.ToArray();
    }

    /// <summary>The rows as JSON objects, into an array the caller has opened.</summary>
    public static void WriteRows(Utf8JsonWriter json, DataFrame frame)
    {
        for (long row = 0; row < frame.Rows.Count; row++)
        {
            json.WriteStartObject();
            foreach (var column in frame.Columns)
            {
                json.WritePropertyName(column.Name);
                DuckValue.WriteJson(json, column[row]);
            }
            json.WriteEndObject();
        }
    }

    // Semicolon-separated with a byte-order mark: what Excel opens directly in a Finnish locale.
    private static byte[] Csv(DataFrame frame, string lang)
    {
        var csv = new StringBuilder();
        csv.AppendJoin(';', frame.Columns.Select(c => CsvText.Field(ColumnNames.For(c.Name, lang)))).Append("\r\n");
        for (long row = 0; row < frame.Rows.Count; row++)
            csv.AppendJoin(';', frame.Columns.Select(c => CsvText.Field(c[row]))).Append("\r\n");
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static byte[] Xlsx(DataFrame frame, string lang, string title)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet(SheetName(title));
        var columns = frame.Columns.ToList();
        for (var c = 0; c < columns.Count; c++)
        {
            sheet.Cell(1, c + 1).SetValue(ColumnNames.For(columns[c].Name, lang));
            sheet.Column(c + 1).Width = columns[c].Name is "evidence" or "text" or "goal" or "metric" ? 60 : 16;
        }
        sheet.Row(1).Style.Font.SetBold();
        var cells = new ExcelCells(lang);
        for (long row = 0; row < frame.Rows.Count; row++)
        {
            for (var c = 0; c < columns.Count; c++) cells.Put(sheet.Cell((int)row + 2, c + 1), columns[c][row]);
            if (frame.Columns.IndexOf("status") is var s and >= 0 && StatusCodes.TryParse(frame.Columns[s][row] as string, out var status))
                foreach (var c in Enumerable.Range(0, columns.Count).Where(c => columns[c].Name is "status" or "label"))
                    sheet.Cell((int)row + 2, c + 1).Style.Fill.SetBackgroundColor(XLColor.FromHtml(StatusLabels.Colour(status)));
        }
        sheet.SheetView.FreezeRows(1);
        sheet.Columns().Style.Alignment.SetWrapText().Alignment.SetVertical(XLAlignmentVerticalValues.Top);
        cells.AddNotes(workbook);
        using var buffer = new MemoryStream();
        workbook.SaveAs(buffer);
        return buffer.ToArray();
    }

    private static string SheetName(string title)
    {
        var name = new string(title.Where(ch => ch is not (':' or '\\' or '/' or '?' or '*' or '[' or ']')).ToArray()).Trim();
        return name.Length == 0 ? "Cockpit" : name[..Math.Min(31, name.Length)];
    }
}
