using System.Globalization;

namespace Cockpit.Ingest.Xlsx;

/// <summary>The day a date cell stands for: an Excel serial number in the workbook's date system, or an ISO 8601 value.</summary>
public static class ExcelDates
{
    private static readonly DateOnly Day0Of1904 = new(1904, 1, 1);
    private static readonly string[] IsoForms = ["yyyy-MM-ddK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK"];

    /// <summary>
    /// The date of a serial, or null when out of range. In the 1900 date system (Excel for Windows) serial 1 is 1.1.1900
    /// and Excel counts a 29 February 1900 that never was; in the 1904 one (Excel for Mac) serial 0 is 1.1.1904.
    /// </summary>
    public static DateOnly? FromSerial(double serial, bool date1904 = false)
    {
        if (!double.IsFinite(serial)) return null;
        var days = Math.Floor(serial);
        if (date1904)
            return days >= 0 && days <= DateOnly.MaxValue.DayNumber - Day0Of1904.DayNumber ? Day0Of1904.AddDays((int)days) : null;
        if (days < 1 || days > 2958465) return null; // 2958465 is 31.12.9999
        if (days == 60) return null; // 29.2.1900 never was
        if (days < 60) days++; // Excel counts the phantom day: serials before it are one day early
        return new DateOnly(1899, 12, 30).AddDays((int)days);
    }

    /// <summary>
    /// The date of an ISO 8601 cell value (t="d"): "2020-07-01", "2020-07-01T00:00:00", with fractions or a zone
    /// ("Z", "+03:00"). The date is the one written, whatever the zone; a time alone is no date.
    /// </summary>
    public static DateOnly? FromIso(string text) =>
        DateTimeOffset.TryParseExact(text.Trim(), IsoForms, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment)
            ? DateOnly.FromDateTime(moment.DateTime)
            : null;
}
