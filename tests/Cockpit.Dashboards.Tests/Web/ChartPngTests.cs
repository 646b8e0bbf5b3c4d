using Cockpit.Dashboards.Charts;
using Cockpit.Dashboards.Dashboards;
using Cockpit.Dashboards.Web;
using Cockpit.Model.Store;
using Microsoft.AspNetCore.Http;
using ScottPlot;
using SkiaSharp;

namespace Cockpit.Dashboards.Tests.Web;

/// <summary>The cockpit encodes PNGs itself (faster, issue 18): the pixels must be ScottPlot's own, at every scale.</summary>
public class ChartPngTests : CockpitServerTest
{
    [TestCase("status-by-theme", 1200, 600, 1.0)]
    [TestCase("status-trend", 1200, 600, 1.0)]
    [TestCase("goal-heatmap", 900, 700, 1.0)]
    [TestCase("metric-trend", 1200, 600, 1.0)]
    [TestCase("budget", 1000, 500, 1.0)]
    [TestCase("status-by-theme", 1600, 800, 2.0)]
    public void A_png_has_the_pixels_of_scottplots_own_png(string chart, int width, int height, double scale)
    {
        var tile = Cockpit.Service<Dashboard>().Find(chart)!;
        var db = Cockpit.Service<CockpitDatabase>();
        var rounds = db.Rounds;
        var filters = Filters.Parse(new QueryCollection(), rounds.Select(r => r.Round).ToList(), RoundCatalog.Current(rounds), out _)!;
        var data = db.Read(c => c.Frame(tile.Query, filters.For(tile)));
        var request = new ChartRequest(width, height, "fi", ChartFormat.Png, scale);

        using var ours = SKBitmap.Decode(ChartRenderer.Render(tile, data, request));
        using var scottPlots = SKBitmap.Decode(ChartRenderer.Plot(tile, data, request).GetImageBytes(width, height, ImageFormat.Png));

        Assert.That((ours.Width, ours.Height), Is.EqualTo((width, height)));
        Assert.That((scottPlots.Width, scottPlots.Height), Is.EqualTo((width, height)));
        Assert.That(ours.Pixels, Is.EqualTo(scottPlots.Pixels), "the same pixels");
    }
}
