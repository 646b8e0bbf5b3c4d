using Cockpit.Dashboards.Tables;
using Cockpit.Status;
using Microsoft.Data.Analysis;
using ScottPlot;
using StatusCodes = Cockpit.Status.StatusCodes;

namespace Cockpit.Dashboards.Charts;

/// <summary>
/// Counts per status stacked in one bar per category (<c>category, status, n</c>): horizontal for themes,
/// vertical for rounds. Statuses stack in the order of the traffic light, green first.
/// </summary>
internal static class StatusBars
{
    public static Plot Plot(string title, DataFrame data, string lang, bool horizontal)
    {
        var categories = Enumerable.Range(0, (int)data.Rows.Count).Select(i => data["category"].Label(i)).Distinct().ToList();
        var counts = new Dictionary<(string, ForecastStatus), double>();
        for (long i = 0; i < data.Rows.Count; i++)
            if (StatusCodes.TryParse(data["status"][i] as string, out var status))
                counts[(data["category"].Label(i), status)] = Convert.ToDouble(data["n"][i], System.Globalization.CultureInfo.InvariantCulture);

        var plot = ChartStyle.NewPlot(title);
        var bars = new List<Bar>();
        for (var c = 0; c < categories.Count; c++)
        {
            var position = horizontal ? categories.Count - 1 - c : c; // first category on top
            double stacked = 0;
            foreach (var status in ChartStyle.StatusOrder)
            {
                if (!counts.TryGetValue((categories[c], status), out var n) || n == 0) continue;
                bars.Add(new Bar
                {
                    Position = position, ValueBase = stacked, Value = stacked + n, FillColor = ChartStyle.Colour(status),
                    LineWidth = 0, Size = 0.7, Label = n.ToString(System.Globalization.CultureInfo.InvariantCulture), CenterLabel = true,
                });
                stacked += n;
            }
        }
        var barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = horizontal;
        barPlot.ValueLabelStyle.FontName = ChartStyle.FontName;
        barPlot.ValueLabelStyle.FontSize = 13;

        var positions = Enumerable.Range(0, categories.Count).Select(i => (double)(horizontal ? categories.Count - 1 - i : i)).ToArray();
        var labels = categories.Select(c => ChartStyle.Wrap(c, horizontal ? 26 : 14, 80)).ToArray();
        var categoryAxis = horizontal ? (IAxis)plot.Axes.Left : plot.Axes.Bottom;
        categoryAxis.SetTicks(positions, labels);
        categoryAxis.TickLabelStyle.FontName = ChartStyle.FontName;
        categoryAxis.MajorTickStyle.Length = 0;
        var valueAxis = horizontal ? (IAxis)plot.Axes.Bottom : plot.Axes.Left;
        valueAxis.TickLabelStyle.FontName = ChartStyle.FontName;
        valueAxis.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
        plot.HideGrid();
        if (horizontal) plot.Axes.Margins(left: 0, right: 0.05, bottom: 0.05, top: 0.05);
        else plot.Axes.Margins(bottom: 0, top: 0.05);
        ChartStyle.StatusLegend(plot, ChartStyle.StatusOrder.Where(s => counts.Keys.Any(k => k.Item2 == s)), lang);
        return plot;
    }
}
