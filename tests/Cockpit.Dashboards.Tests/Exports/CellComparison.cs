using System.Globalization;
using System.Text.Json;
using Cockpit.Dashboards.Tables;

namespace Cockpit.Dashboards.Tests.Exports;

/// <summary>Whether a cell as a real client read it holds the same value, with the same type, as the JSON answer's.</summary>
public static class CellComparison
{
    /// <summary>An Excel cell (openpyxl's view: null, or {t, v}) against the JSON value.</summary>
    public static void AssertExcel(JsonElement expected, JsonElement cell, string where)
    {
        var type = cell.ValueKind == JsonValueKind.Null ? null : cell.GetProperty("t").GetString();
        switch (expected.ValueKind)
        {
            case JsonValueKind.Null:
                Assert.That(type, Is.Null, $"{where}: NULL must be an empty cell");
                break;
            case JsonValueKind.Number:
                Assert.That(type, Is.EqualTo("n"), $"{where}: {expected} must be a number");
                Assert.That(cell.GetProperty("v").GetDouble(), Is.EqualTo(expected.GetDouble()).Within(1e-9).Percent, where);
                break;
            case JsonValueKind.True or JsonValueKind.False:
                Assert.That(type, Is.EqualTo("b"), $"{where}: {expected} must be a boolean");
                Assert.That(cell.GetProperty("v").GetBoolean(), Is.EqualTo(expected.GetBoolean()), where);
                break;
            case JsonValueKind.String when type == "d":
                AssertSameMoment(expected.GetString()!, cell, where);
                break;
            case JsonValueKind.String when expected.GetString() == "":
                Assert.That(type, Is.Null.Or.EqualTo("s"), $"{where}: an empty text");
                break;
            case JsonValueKind.String:
                var text = expected.GetString()!;
                Assert.That(type, Is.EqualTo("s"), $"{where}: '{Short(text)}' must stay text");
                Assert.That(cell.GetProperty("v").GetString(), Is.EqualTo(text.Length <= ExcelCells.MaxText ? text : Cut(text, cell)), where);
                break;
            default: // lists and structs of analyst SQL: their JSON as text
                Assert.That(type, Is.EqualTo("s"), $"{where}: {expected.GetRawText()} as JSON text");
                Assert.That(cell.GetProperty("v").GetString(), Is.EqualTo(expected.GetRawText()), where);
                break;
        }
    }

    /// <summary>A CSV field (Python's csv module) against the JSON value; a text a spreadsheet would run as a formula comes back after a <c>'</c>.</summary>
    public static void AssertCsv(JsonElement expected, string field, string where)
    {
        switch (expected.ValueKind)
        {
            case JsonValueKind.Null: Assert.That(field, Is.Empty, where); break;
            case JsonValueKind.Number:
                Assert.That(double.Parse(field, NumberStyles.Float, CultureInfo.InvariantCulture), Is.EqualTo(expected.GetDouble()).Within(1e-9).Percent, where);
                break;
            case JsonValueKind.True or JsonValueKind.False: Assert.That(field, Is.EqualTo(expected.GetBoolean() ? "true" : "false"), where); break;
            case JsonValueKind.String: Assert.That(field, Is.EqualTo(AsCsvText(expected.GetString()!)), where); break;
            default: Assert.That(field, Is.EqualTo(expected.GetRawText()), where); break;
        }
    }

    // Only texts: a DATE or an INTERVAL is a string in JSON but no text in the CSV, and none of the tests' begins so.
    private static string AsCsvText(string text) => text.Length > 0 && "=+-@\t\r".Contains(text[0]) ? "'" + text : text;

    // A DATE is a date cell with format yyyy-mm-dd; a timestamp a date-time cell; both to the millisecond Excel keeps.
    private static void AssertSameMoment(string iso, JsonElement cell, string where)
    {
        var read = DateTime.Parse(cell.GetProperty("v").GetString()!, CultureInfo.InvariantCulture);
        if (iso.Length == 10)
        {
            Assert.That(cell.GetProperty("format").GetString(), Is.EqualTo(ExcelCells.DateFormat), $"{where}: a date shown as a date");
            Assert.That(read, Is.EqualTo(DateTime.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture)), where);
            return;
        }
        var expected = DateTime.Parse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
        Assert.That(read, Is.EqualTo(expected).Within(TimeSpan.FromMilliseconds(1)), where);
        Assert.That(cell.GetProperty("format").GetString(), Does.StartWith("yyyy-mm-dd hh:mm:ss"), $"{where}: a timestamp shown with its time");
    }

    private static string Cut(string text, JsonElement cell)
    {
        var read = cell.GetProperty("v").GetString()!;
        var mark = read[read.LastIndexOf('…')..];
        Assert.That(read, Has.Length.EqualTo(ExcelCells.MaxText), "a cut text fills the cell");
        return text[..(ExcelCells.MaxText - mark.Length)] + mark;
    }

    private static string Short(string text) => text.Length > 60 ? text[..60] + "…" : text;
}
