using Cockpit.Dashboards.Tables;
using Microsoft.Data.Analysis;
using ScottPlot;

namespace Cockpit.Dashboards.Charts;

/// <summary>
/// Numbers per category (<c>category</c> and one numeric column per series, named in the legend in the reader's
/// language): lines across months (actual against target), or bars side by side (budget, actual, forecast).
/// A text column <c>subtitle</c>, if any, names what is shown (the metric) under the title.
/// </summary>
internal static class SeriesChart
{
    private static readonly Color[] Palette = [Color.FromHex("#0000BF"), Color.FromHex("#E8772E"), Color.FromHex("#7F7F7F"), Color.FromHex("#3CA2C8")];

    public static Plot Plot(string title, DataFrame data, string lang, bool lines)
    {
        if (data.Columns.IndexOf("subtitle") >= 0 && data.Rows.Count > 0 && data["subtitle"][0] is string subtitle)
            title += "\n" + ChartStyle.Wrap(subtitle, 90, 90);
        var plot = ChartStyle.NewPlot(title);
        var categories = Enumerable.Range(0, (int)data.Rows.Count).Select(i => data["category"].Label(i)).ToArray();
        var series = data.Columns.Where(c => c.Name != "category" && c is PrimitiveDataFrameColumn<long> or PrimitiveDataFrameColumn<double> or PrimitiveDataFrameColumn<decimal>).ToList();
        for (var s = 0; s < series.Count; s++)
        {
            var values = Enumerable.Range(0, categories.Length).Select(i => series[s][i] is { } v ? Convert.ToDouble(v, System.Globalization.CultureInfo.InvariantCulture) : double.NaN).ToArray();
            var colour = Palette[s % Palette.Length];
            var name = ColumnNames.For(series[s].Name, lang);
            if (lines)
            {
                var line = plot.Add.Scatter(Enumerable.Range(0, values.Length).Select(i => (double)i).ToArray(), values, colour);
                line.LegendText = name;
                line.LineWidth = 2;
                line.MarkerSize = 7;
            }
            else
            {
                var width = 0.8 / series.Count;
                var bars = plot.Add.Bars(values.Select((v, i) => new Bar
                {
                    Position = i - 0.4 + width * (s + 0.5), Value = double.IsNaN(v) ? 0 : v, Size = width * 0.95, FillColor = colour, LineWidth = 0,
                }).ToList());
                bars.LegendText = name;
                bars.Color = colour;
            }
        }
        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, categories.Length).Select(i => (double)i).ToArray(), categories.Select(c => ChartStyle.Wrap(c, 14, 40)).ToArray());
        foreach (var axis in new IAxis[] { plot.Axes.Bottom, plot.Axes.Left }) axis.TickLabelStyle.FontName = ChartStyle.FontName;
        var culture = Dashboards.LocalText.Culture(lang);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => v.ToString("#,0.##", culture) };
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        if (!lines) plot.Axes.Margins(bottom: 0, top: 0.08);
        plot.Legend.FontName = ChartStyle.FontName;
        plot.ShowLegend(Edge.Bottom);
        return plot;
    }
}
