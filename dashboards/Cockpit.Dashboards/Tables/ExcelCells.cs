using System.Globalization;
using System.Numerics;
using ClosedXML.Excel;
using Cockpit.Model.Store;

namespace Cockpit.Dashboards.Tables;

/// <summary>
/// Writes each cell with the type of its value, never guessed from text (ClosedXML's <c>Value = "2/2020"</c> makes a
/// date; <c>SetValue&lt;string&gt;</c> keeps text): text as text, whole and decimal numbers as numbers, booleans as
/// booleans, DATE as a date, timestamps as date-times, NULL as an empty cell. A text longer than a cell holds is cut
/// with a visible mark, and <see cref="AddNotes"/> lists every cut on a sheet of its own.
/// </summary>
public sealed class ExcelCells(string lang)
{
    public const int MaxText = 32_767;
    public const string DateFormat = "yyyy-mm-dd";
    public const string TimestampFormat = "yyyy-mm-dd hh:mm:ss";
    public const string UtcFormat = "yyyy-mm-dd hh:mm:ss \"UTC\"";

    private static readonly DateTime FirstExcelDate = new(1900, 3, 1); // before it, Excel's serials are off by its phantom 29.2.1900
    private readonly List<(string Cell, int Length)> cuts = [];

    public string Mark => lang switch { "sv" => "…[avkortad]", "en" => "…[truncated]", _ => "…[katkaistu]" };

    public void Put(IXLCell cell, object? value)
    {
        switch (value)
        {
            case null: break;
            case string s: cell.SetValue(Fit(cell, s)); break;
            case bool b: cell.SetValue(b); break;
            case sbyte or byte or short or ushort or int or uint or long: cell.SetValue(Convert.ToInt64(value, CultureInfo.InvariantCulture)); break;
            case ulong u: cell.SetValue((decimal)u); break;
            case decimal m: cell.SetValue(m); break;
            case BigInteger big when big >= (BigInteger)decimal.MinValue && big <= (BigInteger)decimal.MaxValue: cell.SetValue((decimal)big); break;
            case double d when double.IsFinite(d): cell.SetValue(d); break;
            case float f when float.IsFinite(f): cell.SetValue((double)f); break;
            case DateOnly d when d.ToDateTime(TimeOnly.MinValue) >= FirstExcelDate: Date(cell, d.ToDateTime(TimeOnly.MinValue), DateFormat); break;
            case DateTime t when t >= FirstExcelDate: Date(cell, t, t.Kind == DateTimeKind.Utc ? UtcFormat : TimestampFormat); break;
            default: cell.SetValue(Fit(cell, DuckValue.Text(value))); break;
        }
    }

    /// <summary>A sheet that names every cut cell and its full length, when any was cut.</summary>
    public void AddNotes(XLWorkbook workbook)
    {
        if (cuts.Count == 0) return;
        var notes = workbook.AddWorksheet(lang switch { "sv" => "Anmärkningar", "en" => "Notes", _ => "Huomautukset" });
        notes.Column(1).Width = 120;
        for (var i = 0; i < cuts.Count; i++)
            notes.Cell(i + 1, 1).SetValue(Note(cuts[i].Cell, cuts[i].Length));
    }

    private string Fit(IXLCell cell, string text)
    {
        if (text.Length <= MaxText) return text;
        cuts.Add(($"{cell.Worksheet.Name}!{cell.Address.ToStringRelative()}", text.Length));
        return text[..(MaxText - Mark.Length)] + Mark;
    }

    private static void Date(IXLCell cell, DateTime value, string format)
    {
        cell.SetValue(value);
        cell.Style.NumberFormat.Format = format;
    }

    private string Note(string cell, int length)
    {
        var full = length.ToString("N0", Dashboards.LocalText.Culture(lang));
        return lang switch
        {
            "sv" => $"{cell}: texten har {full} tecken, mer än de 32 767 en Excel-cell rymmer; den är avkortad och slutar med {Mark}. Hela texten finns i JSON- och CSV-formaten.",
            "en" => $"{cell}: the text has {full} characters, more than the 32,767 an Excel cell holds; it is cut and ends with {Mark}. The whole text is in the JSON and CSV formats.",
            _ => $"{cell}: tekstissä on {full} merkkiä, enemmän kuin Excelin soluun mahtuvat 32 767; se on katkaistu ja päättyy merkintään {Mark}. Koko teksti on JSON- ja CSV-muodoissa.",
        };
    }
}
