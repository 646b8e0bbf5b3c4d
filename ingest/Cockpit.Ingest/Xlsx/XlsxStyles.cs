using System.Globalization;
using System.Xml;

namespace Cockpit.Ingest.Xlsx;

/// <summary>
/// Which cell styles (xl/styles.xml: cellXfs and their numFmts) show a number as a date, so that a date cell can be
/// read as one: Excel stores 30.4.2020 as the serial 43951 and only its number format says it is a date.
/// </summary>
public sealed class XlsxStyles
{
    public static readonly XlsxStyles None = new([]);

    private readonly bool[] dateStyles;

    private XlsxStyles(bool[] dateStyles) => this.dateStyles = dateStyles;

    public bool IsDate(int styleIndex) => styleIndex >= 0 && styleIndex < dateStyles.Length && dateStyles[styleIndex];

    /// <summary>Reads numFmts and cellXfs from a styles part; other parts of it are skipped.</summary>
    internal static XlsxStyles Read(XmlReader reader)
    {
        var customDates = new Dictionary<int, bool>();
        var styles = new List<bool>();
        var inCellXfs = false;
        for (var more = reader.Read(); more; more = reader.Read())
        {
            // formats of named styles and conditional formats come first and look alike: skip them whole
            while (reader.NodeType == XmlNodeType.Element && reader.LocalName is "cellStyleXfs" or "dxfs") reader.Skip();
            if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "cellXfs") inCellXfs = false;
            if (reader.NodeType != XmlNodeType.Element) continue;
            switch (reader.LocalName)
            {
                case "numFmt" when int.TryParse(reader.GetAttribute("numFmtId"), NumberStyles.None, CultureInfo.InvariantCulture, out var id):
                    customDates[id] = IsDateFormat(reader.GetAttribute("formatCode") ?? "");
                    break;
                case "cellXfs":
                    inCellXfs = !reader.IsEmptyElement;
                    break;
                case "xf" when inCellXfs:
                    var format = int.TryParse(reader.GetAttribute("numFmtId"), NumberStyles.None, CultureInfo.InvariantCulture, out var f) ? f : 0;
                    styles.Add(IsBuiltInDate(format) || customDates.GetValueOrDefault(format));
                    break;
            }
        }
        return new XlsxStyles([.. styles]);
    }

    /// <summary>Excel's built-in date and date-time formats: 14–22 and 45–47 (27–36 and 50–58 in East Asian locales).</summary>
    public static bool IsBuiltInDate(int numFmtId) => numFmtId is >= 14 and <= 22 or >= 45 and <= 47 or >= 27 and <= 36 or >= 50 and <= 58;

    /// <summary>A custom format is a date when it has d, m or y outside quoted text, brackets ([Red], [h]) and escapes.</summary>
    public static bool IsDateFormat(string formatCode)
    {
        var section = formatCode.Split(';')[0];
        for (var i = 0; i < section.Length; i++)
        {
            var c = section[i];
            if (c == '"')
            {
                var end = section.IndexOf('"', i + 1);
                if (end < 0) return false;
                i = end;
            }
            else if (c == '[')
            {
                var end = section.IndexOf(']', i + 1);
                if (end < 0) return false;
                i = end;
            }
            else if (c is '\\' or '_' or '*') i++; // the next character is literal (or padding)
            else if (char.ToLowerInvariant(c) is 'd' or 'm' or 'y') return true;
        }
        return false;
    }
}
