using Cockpit.Model.Store;

namespace Cockpit.Dashboards.Tables;

/// <summary>One CSV field, for every CSV the cockpit writes (tables and analyst SQL).</summary>
public static class CsvText
{
    /// <summary>What a spreadsheet may run as a formula when a cell begins with it.</summary>
    public const string FormulaStarts = "=+-@\t\r";

    /// <summary>
    /// The value as written by <see cref="DuckValue.Text"/>, quoted when it holds a separator, quote or line break. A text
    /// (never a number: -5 stays -5) beginning with =, +, -, @, tab or CR gets a leading <c>'</c>, so that a spreadsheet
    /// opening the file shows it rather than runs it (CSV injection).
    /// </summary>
    public static string Field(object? value)
    {
        var text = DuckValue.Text(value);
        if (value is string && text.Length > 0 && FormulaStarts.Contains(text[0])) text = "'" + text;
        return text.IndexOfAny([';', '"', '\n', '\r']) < 0 ? text : "\"" + text.Replace("\"", "\"\"") + "\"";
    }
}
