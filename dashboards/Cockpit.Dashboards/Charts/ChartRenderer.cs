using Cockpit.Dashboards.Dashboards;
using Microsoft.Data.Analysis;
using ScottPlot;
using SkiaSharp;

namespace Cockpit.Dashboards.Charts;

/// <summary>Renders a chart tile's data as PNG, SVG or JPEG; a tile with no data gets an image that says so.</summary>
public static class ChartRenderer
{
    public static byte[] Render(Tile tile, DataFrame data, ChartRequest request)
    {
        var plot = Plot(tile, data, request);
        return request.Format switch
        {
            ChartFormat.Svg => System.Text.Encoding.UTF8.GetBytes(plot.GetSvgXml(request.Width, request.Height)),
            ChartFormat.Jpeg => plot.GetImageBytes(request.Width, request.Height, ImageFormat.Jpeg),
            _ => Png(plot, request.Width, request.Height),
        };
    }

    /// <summary>The tile's chart, drawn at the request's scale, before it is encoded.</summary>
    public static Plot Plot(Tile tile, DataFrame data, ChartRequest request)
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
        return plot;
    }

    // ScottPlot's own PNG is Skia's default encoder, which tries every filter on every row at zlib level 6: most of a cold
    // chart's time (issue 18). The same pixels with the Sub filter at level 3 are several times faster, in a larger file.
    private static byte[] Png(Plot plot, int width, int height)
    {
        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        plot.Render(surface.Canvas, width, height);
        using var image = surface.Snapshot();
        using var pixels = image.PeekPixels();
        using var png = pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.Sub, 3)) ?? throw new InvalidOperationException("Skia could not encode the PNG");
        return png.ToArray();
    }
}
