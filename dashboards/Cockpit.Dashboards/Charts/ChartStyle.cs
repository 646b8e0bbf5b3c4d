using Cockpit.Status;
using ScottPlot;

namespace Cockpit.Dashboards.Charts;

/// <summary>What every chart shares: the bundled DejaVu Sans (so å, ä, ö render on any machine) and the status palette.</summary>
internal static class ChartStyle
{
    public const string FontName = "DejaVu Sans";

    public static readonly ForecastStatus[] StatusOrder =
        [ForecastStatus.Achieved, ForecastStatus.OnTrack, ForecastStatus.AtRisk, ForecastStatus.WillNotBeMet, ForecastStatus.NotAssessed];

    private static readonly Lazy<bool> FontsLoaded = new(() =>
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Fonts");
        Fonts.AddFontFile(FontName, Path.Combine(folder, "DejaVuSans.ttf"), bold: false, italic: false);
        Fonts.AddFontFile(FontName, Path.Combine(folder, "DejaVuSans-Bold.ttf"), bold: true, italic: false);
        Fonts.Default = FontName;
        return true;
    });

    public static Plot NewPlot(string title)
    {
        _ = FontsLoaded.Value;
        var plot = new Plot();
        plot.Font.Set(FontName);
        plot.Title(title, 16);
        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.White;
        return plot;
    }

    public static Color Colour(ForecastStatus status) => Color.FromHex(StatusLabels.Colour(status));

    public static void StatusLegend(Plot plot, IEnumerable<ForecastStatus> statuses, string lang)
    {
        foreach (var status in statuses)
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = StatusLabels.For(status, lang), FillColor = Colour(status), LineWidth = 0 });
        plot.Legend.FontName = FontName;
        plot.ShowLegend(Edge.Bottom);
    }

    /// <summary>Shortens a long label to <paramref name="max"/> characters and breaks it into lines of about <paramref name="width"/>.</summary>
    public static string Wrap(string text, int width, int max)
    {
        var shortened = text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";
        var lines = new List<string>();
        var line = "";
        foreach (var word in shortened.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line);
                line = word;
            }
            else line = line.Length == 0 ? word : line + " " + word;
        }
        if (line.Length > 0) lines.Add(line);
        return string.Join('\n', lines);
    }
}
