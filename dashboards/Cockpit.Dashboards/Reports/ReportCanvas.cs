using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Cockpit.Dashboards.Reports;

/// <summary>
/// A PDF written top to bottom on A4 pages: <see cref="Y"/> is where the next thing goes, and whatever does not fit
/// below it goes on a new page. Footers are drawn last, when the number of pages is known.
/// </summary>
internal sealed class ReportCanvas : IDisposable
{
    public const double Margin = 48;
    private const double FooterSpace = 28;

    private readonly PdfDocument document = new();
    private XGraphics? graphics;

    public ReportCanvas(string title)
    {
        DejaVuFonts.Install();
        document.Info.Title = title;
        document.Info.Creator = "Cockpit";
        NewPage();
    }

    public XGraphics G => graphics!;

    public double Y { get; set; }

    public double Left => Margin;

    public double Width => G.PageSize.Width - 2 * Margin;

    public double Bottom => G.PageSize.Height - Margin - FooterSpace;

    public int PageCount => document.PageCount;

    public void NewPage()
    {
        graphics?.Dispose();
        var page = document.AddPage();
        page.Size = PageSize.A4;
        graphics = XGraphics.FromPdfPage(page);
        Y = Margin;
    }

    /// <summary>Starts a new page unless <paramref name="height"/> fits below <see cref="Y"/>; true when it started one.</summary>
    public bool Need(double height)
    {
        if (Y + height <= Bottom || Y == Margin) return false;
        NewPage();
        return true;
    }

    public static XFont Font(double size, bool bold = false) =>
        new(DejaVuFonts.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);

    public IReadOnlyList<string> Lines(string text, XFont font, double width) =>
        LineBreaker.Lines(text, width, s => G.MeasureString(s, font).Width);

    /// <summary>Writes a text wrapped to <paramref name="width"/> from <see cref="Y"/> down, going on to the next page as it must.</summary>
    public void Paragraph(string text, XFont font, XBrush brush, double x, double width, double lineHeight = 0)
    {
        var step = lineHeight > 0 ? lineHeight : font.GetHeight() * 1.15;
        foreach (var line in Lines(text, font, width))
        {
            Need(step);
            G.DrawString(line, font, brush, new XRect(x, Y, width, step), XStringFormats.TopLeft);
            Y += step;
        }
    }

    /// <summary>Draws a footer on every page: <paramref name="left"/> and the page number, which only now is known.</summary>
    public void Footers(string left, Func<int, int, string> pageOf)
    {
        graphics?.Dispose();
        graphics = null;
        var font = Font(7.5);
        for (var i = 0; i < document.PageCount; i++)
        {
            using var g = XGraphics.FromPdfPage(document.Pages[i], XGraphicsPdfPageOptions.Append);
            var line = g.PageSize.Height - Margin + 4;
            g.DrawLine(new XPen(XColors.LightGray, 0.5), Margin, line - 6, g.PageSize.Width - Margin, line - 6);
            var box = new XRect(Margin, line, g.PageSize.Width - 2 * Margin, 12);
            g.DrawString(left, font, XBrushes.DimGray, box, XStringFormats.TopLeft);
            g.DrawString(pageOf(i + 1, document.PageCount), font, XBrushes.DimGray, box, XStringFormats.TopRight);
        }
    }

    public byte[] Save()
    {
        graphics?.Dispose();
        graphics = null;
        using var buffer = new MemoryStream();
        document.Save(buffer, closeStream: false);
        return buffer.ToArray();
    }

    public void Dispose()
    {
        graphics?.Dispose();
        document.Dispose();
    }
}
