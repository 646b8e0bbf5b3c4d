using Cockpit.Dashboards.Tables;
using Cockpit.Status;
using Microsoft.Data.Analysis;
using ScottPlot;
using StatusCodes = Cockpit.Status.StatusCodes;

namespace Cockpit.Dashboards.Charts;

/// <summary>
/// One cell per metric and round (<c>row_label, column_label, status</c>) in its status colour: a metric's path
/// through the rounds reads along its row. Long metric texts are shortened so that 50+ rows stay legible.
/// </summary>
internal static class StatusHeatmap
{
    public static Plot Plot(string title, DataFrame data, string lang, int width)
    {
        var rows = new Labels();
        var columns = new Labels();
        var cells = new List<(int Row, int Column, ForecastStatus Status)>();
        for (long i = 0; i < data.Rows.Count; i++)
        {
            var row = rows.IndexOf(data["row_label"].Label(i));
            var column = columns.IndexOf(data["column_label"].Label(i));
            if (StatusCodes.TryParse(data["status"][i] as string, out var status)) cells.Add((row, column, status));
        }

        var plot = ChartStyle.NewPlot(title);
        foreach (var (row, column, status) in cells)
        {
            var top = rows.Count - row; // first metric on top
            var rectangle = plot.Add.Rectangle(column, column + 0.96, top - 0.94, top);
            rectangle.FillColor = ChartStyle.Colour(status);
            rectangle.LineWidth = 0;
        }
        plot.Axes.Left.SetTicks(rows.Select((_, r) => rows.Count - r - 0.47).ToArray(), rows.Select(r => ChartStyle.Wrap(r, LabelLength(width), LabelLength(width))).ToArray());
        plot.Axes.Bottom.SetTicks(columns.Select((_, c) => c + 0.48).ToArray(), columns.ToArray());
        foreach (var axis in new IAxis[] { plot.Axes.Left, plot.Axes.Bottom })
        {
            axis.TickLabelStyle.FontName = ChartStyle.FontName;
            axis.TickLabelStyle.FontSize = rows.Count > 40 ? 9 : 12;
            axis.MajorTickStyle.Length = 0;
        }
        plot.Axes.SetLimits(0, columns.Count, 0, rows.Count);
        plot.HideGrid();
        ChartStyle.StatusLegend(plot, ChartStyle.StatusOrder.Where(s => cells.Any(c => c.Status == s)), lang);
        return plot;
    }

    // A metric's label takes at most about a third of the image's width.
    private static int LabelLength(int width) => Math.Clamp(width / 20, 18, 60);

    /// <summary>The height in pixels that gives every row room, for when the request does not say.</summary>
    public static int NaturalHeight(long cells, int columns) =>
        Math.Clamp(160 + (int)(cells / Math.Max(1, columns)) * 18, 400, 4000);

    /// <summary>Distinct labels in order of first appearance.</summary>
    private sealed class Labels : List<string>
    {
        private readonly Dictionary<string, int> index = [];

        public new int IndexOf(string label)
        {
            if (index.TryGetValue(label, out var i)) return i;
            index[label] = Count;
            Add(label);
            return Count - 1;
        }
    }
}
