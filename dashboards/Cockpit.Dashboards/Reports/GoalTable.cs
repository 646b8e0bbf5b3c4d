using Cockpit.Status;
using PdfSharp.Drawing;

namespace Cockpit.Dashboards.Reports;

/// <summary>
/// The goal table of the board pack: themes and goals as headings, each metric with its status badge, the evidence
/// for that status and the forecast text in full, broken across pages as it must.
/// </summary>
internal static class GoalTable
{
    private const double BadgeWidth = 104;
    private static readonly XBrush Band = new XSolidBrush(XColor.FromArgb(0xEE, 0xF1, 0xF4));
    private static readonly XPen Rule = new(XColors.LightGray, 0.5);

    public static void Write(ReportCanvas canvas, BoardPackData pack)
    {
        if (pack.Goals.Count == 0) return;
        var lang = pack.Lang;
        canvas.NewPage();
        canvas.Paragraph(pack.GoalsTitle, ReportCanvas.Font(14, bold: true), BoardPack.Text, canvas.Left, canvas.Width);
        canvas.Y += 6;
        GoalRow? before = null;
        foreach (var row in pack.Goals)
        {
            if (before is null || before.Theme != row.Theme) Theme(canvas, row.Theme);
            if (before is null || before.Theme != row.Theme || before.Goal != row.Goal) Goal(canvas, row, lang);
            Metric(canvas, row, lang);
            before = row;
        }
    }

    private static void Theme(ReportCanvas canvas, string theme)
    {
        var font = ReportCanvas.Font(12, bold: true);
        var lines = canvas.Lines(theme, font, canvas.Width - 12);
        var height = lines.Count * font.GetHeight() + 10;
        canvas.Need(height + 80); // a theme heading never ends a page
        canvas.Y += 6;
        canvas.G.DrawRectangle(Band, canvas.Left, canvas.Y, canvas.Width, height);
        var y = canvas.Y + 5;
        foreach (var line in lines) y = BoardPack.Line(canvas, line, font, BoardPack.Text, canvas.Left + 6, y, canvas.Width - 12);
        canvas.Y += height + 6;
    }

    private static void Goal(ReportCanvas canvas, GoalRow row, string lang)
    {
        var font = ReportCanvas.Font(10, bold: true);
        if (canvas.Need(canvas.Lines(row.Goal, font, canvas.Width).Count * font.GetHeight() + 60)) Continued(canvas, row.Theme, lang);
        canvas.Y += 2;
        canvas.Paragraph(row.Goal, font, BoardPack.Text, canvas.Left, canvas.Width);
        canvas.Y += 4;
    }

    private static void Metric(ReportCanvas canvas, GoalRow row, string lang)
    {
        var name = ReportCanvas.Font(9.5, bold: true);
        var body = ReportCanvas.Font(8.5);
        var nameWidth = canvas.Width - BadgeWidth - 12 - 10;
        var nameLines = canvas.Lines(row.Metric, name, nameWidth);
        var top = nameLines.Count * name.GetHeight() + 2;
        if (canvas.Need(top + 3 * body.GetHeight() * 1.15 + 8)) // the name with its first lines of text
            Continued(canvas, $"{row.Theme} › {row.Goal}", lang);
        canvas.G.DrawLine(Rule, canvas.Left, canvas.Y, canvas.Left + canvas.Width, canvas.Y);
        canvas.Y += 5;
        var y = canvas.Y;
        foreach (var line in nameLines) y = BoardPack.Line(canvas, line, name, BoardPack.Text, canvas.Left + 10, y, nameWidth);
        Badge(canvas, row, lang, canvas.Left + canvas.Width - BadgeWidth, canvas.Y); // after the name, so a reader reads them in that order
        canvas.Y = Math.Max(y, canvas.Y + (row.ByHand ? 30 : 18)) + 2;
        var textX = canvas.Left + 10;
        var textWidth = canvas.Width - 10;
        if (row.Text.Length == 0)
        {
            canvas.Paragraph(ReportTexts.NoForecast.In(lang), body, BoardPack.Grey, textX, textWidth);
        }
        else
        {
            canvas.Paragraph($"{ReportTexts.Evidence.In(lang)}: {row.Evidence}", body, BoardPack.Grey, textX, textWidth);
            canvas.Y += 2;
            canvas.Paragraph($"{ReportTexts.ForecastText.In(lang)}: {row.Text}", body, BoardPack.Text, textX, textWidth);
        }
        canvas.Y += 8;
    }

    // On a page that goes on with a theme or goal: which one, so that a page read alone says where it belongs.
    private static void Continued(ReportCanvas canvas, string heading, string lang)
    {
        var shortened = heading.Length <= 140 ? heading : heading[..139].TrimEnd() + "…";
        canvas.Paragraph($"{shortened} ({ReportTexts.Continued.In(lang)})", ReportCanvas.Font(8), BoardPack.Grey, canvas.Left, canvas.Width);
        canvas.Y += 4;
    }

    private static void Badge(ReportCanvas canvas, GoalRow row, string lang, double x, double y)
    {
        var font = ReportCanvas.Font(8.5, bold: true);
        var colour = BoardPack.Colour(row.Status);
        var dark = row.Status is ForecastStatus.OnTrack or ForecastStatus.AtRisk;
        canvas.G.DrawRoundedRectangle(new XSolidBrush(colour), x, y, BadgeWidth, 15, 6, 6);
        canvas.G.DrawString(StatusLabels.For(row.Status, lang), font, dark ? BoardPack.Text : XBrushes.White,
            new XRect(x, y, BadgeWidth, 15), XStringFormats.Center);
        if (row.ByHand)
            canvas.G.DrawString($"({ReportTexts.SetByHand.In(lang)})", ReportCanvas.Font(7), BoardPack.Grey,
                new XRect(x, y + 16, BadgeWidth, 11), XStringFormats.TopCenter);
    }
}
