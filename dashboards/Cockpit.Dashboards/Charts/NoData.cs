using ScottPlot;

namespace Cockpit.Dashboards.Charts;

/// <summary>The image for a selection with nothing to show: the chart's title and a sentence saying so.</summary>
internal static class NoData
{
    public static Plot Plot(string title, string lang)
    {
        var plot = ChartStyle.NewPlot(title);
        var text = plot.Add.Text(Message(lang), 0, 0);
        text.LabelFontName = ChartStyle.FontName;
        text.LabelFontSize = 18;
        text.LabelAlignment = Alignment.MiddleCenter;
        plot.Axes.SetLimits(-1, 1, -1, 1);
        plot.HideAxesAndGrid();
        return plot;
    }

    public static string Message(string lang) => lang switch
    {
        "sv" => "Inga uppgifter för detta urval",
        "en" => "No data for this selection",
        _ => "Ei tietoja tällä valinnalla",
    };
}
