using ClosedXML.Excel;

namespace Cockpit.Samples;

/// <summary>The look of the division's forecast table: a title, a bold wrapped header, wrapped top-aligned cells.</summary>
internal static class ForecastSheetStyle
{
    public static readonly string[] Headers =
    [
        "Kytkeytyminen kaupunkiyhteisiin hankkeisiin ja yhteissuunnittelun teemoihin",
        "Kaupunkistrategian teema",
        "Strategian painopiste",
        "Sitova toiminnan tavoite",
        "Sitovan toiminnan tavoitteen mittarit",
    ];

    public static void Title(IXLWorksheet sheet, string title, string subtitle)
    {
        sheet.Cell(1, 1).Value = title;
        sheet.Cell(1, 1).Style.Font.SetBold().Font.SetFontSize(14);
        sheet.Cell(2, 1).Value = subtitle;
        sheet.Cell(2, 1).Style.Font.SetItalic();
    }

    public static void Header(IXLWorksheet sheet, int row, IReadOnlyList<string> headers, double[] widths)
    {
        for (var i = 0; i < headers.Count; i++)
        {
            sheet.Cell(row, i + 1).Value = headers[i];
            sheet.Column(i + 1).Width = widths[Math.Min(i, widths.Length - 1)];
        }
        var range = sheet.Range(row, 1, row, headers.Count);
        range.Style.Font.SetBold().Fill.SetBackgroundColor(XLColor.FromHtml("#0000BF")).Font.SetFontColor(XLColor.White);
        range.Style.Alignment.SetWrapText().Alignment.SetVertical(XLAlignmentVerticalValues.Top);
    }

    public static void Body(IXLWorksheet sheet, int firstRow, int lastRow, int columns)
    {
        var body = sheet.Range(firstRow, 1, lastRow, columns);
        body.Style.Alignment.SetWrapText().Alignment.SetVertical(XLAlignmentVerticalValues.Top);
        body.Style.Border.SetInsideBorder(XLBorderStyleValues.Thin).Border.SetOutsideBorder(XLBorderStyleValues.Thin);
    }

    /// <summary>Merges each run of equal, non-empty values in <paramref name="column"/> between the rows given, as the real report does.</summary>
    public static void MergeRuns(IXLWorksheet sheet, int column, int firstRow, int lastRow)
    {
        var start = firstRow;
        for (var row = firstRow + 1; row <= lastRow + 1; row++)
        {
            if (row <= lastRow && sheet.Cell(row, column).GetString() == sheet.Cell(start, column).GetString()) continue;
            if (row - 1 > start)
            {
                for (var r = start + 1; r < row; r++) sheet.Cell(r, column).Clear(XLClearOptions.Contents);
                sheet.Range(start, column, row - 1, column).Merge();
            }
            start = row;
        }
    }
}
