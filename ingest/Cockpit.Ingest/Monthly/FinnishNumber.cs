using System.Globalization;

namespace Cockpit.Ingest.Monthly;

/// <summary>
/// Reads a number typed as text the way a Finnish controller writes it: "85,5", "1 234,5" (spaces, no-break spaces),
/// "−12" (a real minus sign), "85 %", "1.234,5", and plain "85.5".
/// </summary>
public static class FinnishNumber
{
    public static bool TryParse(string text, out double value)
    {
        value = 0;
        var t = new string(text.Where(c => !char.IsWhiteSpace(c) && c != '\u202F').ToArray())
            .Replace('\u2212', '-').Replace('\u2013', '-')
            .TrimEnd('%', '€');
        if (t.Length == 0) return false;
        int commas = t.Count(c => c == ','), dots = t.Count(c => c == '.');
        if (commas > 0 && dots > 0)
        {
            // the one that comes last is the decimal separator, the other groups thousands
            t = t.LastIndexOf(',') > t.LastIndexOf('.') ? t.Replace(".", "").Replace(',', '.') : t.Replace(",", "");
        }
        else if (commas == 1) t = t.Replace(',', '.');
        else if (commas > 1) return false;
        else if (dots > 1) t = t.Replace(".", "");
        return double.TryParse(t, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
            CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
    }
}
