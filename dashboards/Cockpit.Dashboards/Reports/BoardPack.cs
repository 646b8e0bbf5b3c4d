using Cockpit.Status;
using PdfSharp.Drawing;

namespace Cockpit.Dashboards.Reports;

/// <summary>
/// The round as a PDF for the board meeting: a cover with the division, round and date and the status cards, the
/// charts, then the goal table with every metric's status, evidence and forecast text; numbered pages.
/// </summary>
public static class BoardPack
{
    private static readonly XBrush Ink = new XSolidBrush(XColor.FromArgb(0x22, 0x22, 0x22));
    private static readonly XBrush Muted = new XSolidBrush(XColor.FromArgb(0x55, 0x55, 0x55));

    public static byte[] Write(BoardPackData pack)
    {
        var lang = pack.Lang;
        var round = $"{ReportTexts.Round.In(lang)} {pack.Round.Label(lang)}";
        using var canvas = new ReportCanvas($"{pack.Division}: {ReportTexts.BoardPack.In(lang)} {pack.Round.Label(lang)}");
        Cover(canvas, pack, round);
        Cards(canvas, pack);
        Charts(canvas, pack);
        GoalTable.Write(canvas, pack);
        canvas.Footers($"{pack.Division} · {round}", (page, pages) => ReportTexts.PageOf(lang, page, pages));
        return canvas.Save();
    }

    private static void Cover(ReportCanvas canvas, BoardPackData pack, string round)
    {
        var lang = pack.Lang;
        canvas.Y += 90;
        canvas.Paragraph(ReportTexts.BoardPack.In(lang).ToUpperInvariant(), ReportCanvas.Font(11, bold: true), Muted, canvas.Left, canvas.Width);
        canvas.Y += 6;
        canvas.Paragraph(pack.Division, ReportCanvas.Font(24, bold: true), Ink, canvas.Left, canvas.Width);
        canvas.Y += 10;
        canvas.Paragraph(round, ReportCanvas.Font(16), Ink, canvas.Left, canvas.Width);
        canvas.Paragraph($"{ReportTexts.Prepared.In(lang)} {ReportTexts.Date(lang, pack.Date)}", ReportCanvas.Font(11), Muted, canvas.Left, canvas.Width);
        canvas.Y += 16;
        canvas.G.DrawRectangle(new XSolidBrush(XColor.FromArgb(0x1B, 0x4F, 0x72)), canvas.Left, canvas.Y, 80, 4);
        canvas.Y += 60;
    }

    private static void Cards(ReportCanvas canvas, BoardPackData pack)
    {
        if (pack.Counts.Count == 0) return;
        var lang = pack.Lang;
        canvas.Paragraph(ReportTexts.MetricsByStatus.In(lang), ReportCanvas.Font(14, bold: true), Ink, canvas.Left, canvas.Width);
        var compared = pack.Previous is { } previous ? $"{ReportTexts.ComparedWith.In(lang)} {previous.Label(lang)}" : ReportTexts.NoPrevious.In(lang);
        canvas.Paragraph($"{ReportTexts.Round.In(lang)} {pack.Round.Label(lang)}; {compared}", ReportCanvas.Font(9), Muted, canvas.Left, canvas.Width);
        canvas.Y += 8;

        const double gap = 8;
        var width = (canvas.Width - gap * (pack.Counts.Count - 1)) / pack.Counts.Count;
        var label = ReportCanvas.Font(9, bold: true);
        var small = ReportCanvas.Font(8);
        var count = ReportCanvas.Font(26, bold: true);
        var cards = pack.Counts.Select(c => (Count: c,
            Label: canvas.Lines(StatusLabels.For(c.Status, lang), label, width - 16),
            Change: canvas.Lines(Change(c, pack.Previous is not null, lang), small, width - 16))).ToList();
        var labelBlock = cards.Max(c => c.Label.Count) * label.GetHeight(); // the counts stand level however the labels wrap
        var height = 12 + labelBlock + 8 + count.GetHeight() + small.GetHeight() + 4
            + cards.Max(c => c.Change.Count) * small.GetHeight() + 12;
        canvas.Need(height);
        for (var i = 0; i < cards.Count; i++)
        {
            var (c, labelLines, changeLines) = cards[i];
            var x = canvas.Left + i * (width + gap);
            canvas.G.DrawRectangle(new XPen(XColors.LightGray, 0.75), XBrushes.White, x, canvas.Y, width, height);
            canvas.G.DrawRectangle(new XSolidBrush(Colour(c.Status)), x, canvas.Y, width, 5);
            var y = canvas.Y + 12;
            foreach (var line in labelLines) y = Line(canvas, line, label, Ink, x + 8, y, width - 16);
            y = canvas.Y + 12 + labelBlock + 8;
            y = Line(canvas, c.Now.ToString(System.Globalization.CultureInfo.InvariantCulture), count, Ink, x + 8, y, width - 16);
            y = Line(canvas, ReportTexts.Metrics.In(lang), small, Muted, x + 8, y, width - 16) + 4;
            foreach (var line in changeLines) y = Line(canvas, line, small, Muted, x + 8, y, width - 16);
        }
        canvas.Y += height + 16;
    }

    private static string Change(StatusCount count, bool hasPrevious, string lang)
    {
        if (!hasPrevious) return ReportTexts.NoPrevious.In(lang);
        var delta = count.Now - count.Previous;
        var sign = delta > 0 ? "+" : delta < 0 ? "−" : "±";
        return $"{sign}{Math.Abs(delta)} {ReportTexts.SincePrevious.In(lang)}";
    }

    private static void Charts(ReportCanvas canvas, BoardPackData pack)
    {
        if (pack.Charts.Count == 0) return;
        canvas.NewPage();
        canvas.Paragraph(ReportTexts.Charts.In(pack.Lang), ReportCanvas.Font(14, bold: true), Ink, canvas.Left, canvas.Width);
        canvas.Y += 6;
        foreach (var chart in pack.Charts)
        {
            var scale = canvas.Width / chart.Width;
            var height = chart.Height * scale;
            var room = canvas.Bottom - ReportCanvas.Margin;
            if (height > room) (scale, height) = (room / chart.Height, room);
            canvas.Need(height);
            using var image = XImage.FromStream(new MemoryStream(chart.Image));
            var width = chart.Width * scale;
            canvas.G.DrawImage(image, canvas.Left + (canvas.Width - width) / 2, canvas.Y, width, height);
            canvas.Y += height + 14;
        }
    }

    internal static double Line(ReportCanvas canvas, string text, XFont font, XBrush brush, double x, double y, double width)
    {
        var height = font.GetHeight();
        canvas.G.DrawString(text, font, brush, new XRect(x, y, width, height), XStringFormats.TopLeft);
        return y + height;
    }

    internal static XColor Colour(ForecastStatus status) => XColor.FromArgb(Convert.ToInt32(StatusLabels.Colour(status)[1..], 16) | unchecked((int)0xFF000000));

    internal static XBrush Text => Ink;

    internal static XBrush Grey => Muted;
}
