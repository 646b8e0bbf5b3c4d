using Cockpit.Dashboards.Dashboards;
using Microsoft.Data.Analysis;
using ScottPlot;

namespace Cockpit.Dashboards.Charts;

/// <summary>Renders a chart tile's data as PNG, SVG or JPEG; a tile with no data gets an image that says so.</summary>
public static class ChartRenderer
{
    public static byte[] Render(Tile tile, DataFrame data, ChartRequest request)
    {
        var title = tile.Title.In(request.Lang);
        var plot = data.Rows.Count == 0
            ? NoData.Plot(title, request.Lang)
            : tile.Visual switch
            {
                Visuals.StackedBar => StatusBars.Plot(title, data, request.Lang, horizontal: true),
                Visuals.Trend => StatusBars.Plot(title, RoundAxis.Labelled(data, "category", request.Lang), request.Lang, horizontal: false),
                Visuals.Heatmap => StatusHeatmap.Plot(title, RoundAxis.Labelled(data, "column_label", request.Lang), request.Lang, (int)(request.Width / request.Scale)),
                Visuals.Lines => SeriesChart.Plot(title, data, request.Lang, lines: true),
                Visuals.Bars => SeriesChart.Plot(title, data, request.Lang, lines: false),
                _ => throw new ArgumentException($"tile '{tile.Id}' is a {tile.Visual}, not a chart", nameof(tile)),
            };
        plot.ScaleFactor = (float)request.Scale;
        return request.Format switch
        {
            ChartFormat.Svg => System.Text.Encoding.UTF8.GetBytes(plot.GetSvgXml(request.Width, request.Height)),
            ChartFormat.Jpeg => plot.GetImageBytes(request.Width, request.Height, ImageFormat.Jpeg),
            _ => plot.GetImageBytes(request.Width, request.Height, ImageFormat.Png),
        };
    }
}
