using System.Buffers.Binary;
using System.Net;
using System.Net.Http.Headers;

namespace Cockpit.Dashboards.Tests.Web;

public class ChartTests : CockpitServerTest
{
    [TestCase("status-by-theme", 1200, 600, "")]
    [TestCase("status-trend", 1200, 600, "")]
    [TestCase("status-by-theme", 640, 480, "&width=640&height=480")]
    [TestCase("goal-heatmap", 900, 700, "&width=900&height=700")]
    [TestCase("metric-trend", 1200, 600, "")]
    [TestCase("budget", 1000, 500, "&width=1000&height=500")]
    public async Task A_chart_is_a_png_of_the_size_asked_for(string chart, int width, int height, string size)
    {
        using var response = await Client.GetAsync($"/api/charts/{chart}.png?round=2/2020{size}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("image/png"));
        Assert.That(PngSize(await response.Content.ReadAsByteArrayAsync()), Is.EqualTo((width, height)));
    }

    [Test]
    public async Task The_heatmap_is_as_tall_as_its_metrics_need_when_no_height_is_asked()
    {
        var png = await Client.GetByteArrayAsync("/api/charts/goal-heatmap.png");

        Assert.That(PngSize(png).Height, Is.GreaterThanOrEqualTo(400));
    }

    [TestCase("fi", "Epävarma", "Tila teemoittain")]
    [TestCase("sv", "Osäkert", "Status per tema")]
    [TestCase("en", "At risk", "Status by theme")]
    public async Task An_svg_chart_is_labelled_in_the_asked_language(string lang, string label, string title)
    {
        var svg = await Client.GetStringAsync($"/api/charts/status-by-theme.svg?round=1/2020&lang={lang}");

        Assert.That(svg, Does.StartWith("<svg").Or.Contain("<svg"));
        Assert.That(svg, Does.Contain(label).And.Contain(title));
    }

    [Test]
    public async Task The_metric_trend_shows_actual_against_target_month_by_month_for_the_asked_metric()
    {
        var goals = (await Client.Json("/api/goals?round=2/2020")).Rows().ToList();
        var teams = goals.First(g => g.Str("metric").Contains("Teams", StringComparison.Ordinal)).GetProperty("id").GetInt64();

        var svg = await Client.GetStringAsync($"/api/charts/metric-trend.svg?metric={teams}&lang=en");

        Assert.That(svg, Does.Contain("Actual").And.Contain("Target").And.Contain("2020-01").And.Contain("2020-06"));
    }

    [Test]
    public async Task The_budget_chart_compares_budget_actual_and_forecast_per_service_entity()
    {
        var svg = await Client.GetStringAsync("/api/charts/budget.svg");

        Assert.That(svg, Does.Contain("Talousarvio").And.Contain("Toteuma").And.Contain("Ennuste").And.Contain("Kaupunginkirjasto"));
    }

    [Test]
    public async Task A_metric_that_is_no_id_is_a_400_problem() =>
        await Client.Problem("/api/charts/metric-trend.png?metric=Teams", 400, "/problems/bad-filter");

    [Test]
    public async Task A_selection_with_no_data_gets_an_image_that_says_so()
    {
        var svg = await Client.GetStringAsync("/api/charts/status-by-theme.svg?theme=Ei%20tällaista%20teemaa");

        Assert.That(svg, Does.Contain("Ei tietoja tällä valinnalla"));
    }

    [Test]
    public async Task Every_status_has_one_colour_in_every_chart()
    {
        var byTheme = await Client.GetStringAsync("/api/charts/status-by-theme.svg?round=2/2020");
        var trend = await Client.GetStringAsync("/api/charts/status-trend.svg");

        foreach (var colour in new[] { "#1B7F3B", "#7BC96F", "#D7263D" })
            Assert.That(new[] { byTheme, trend }, Has.All.Contains(colour).IgnoreCase, colour);
    }

    [Test]
    public async Task A_cached_chart_is_answered_304_for_the_same_etag()
    {
        using var first = await Client.GetAsync("/api/charts/status-trend.png");
        var etag = first.Headers.ETag;
        Assert.That(etag, Is.Not.Null);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/charts/status-trend.png");
        request.Headers.IfNoneMatch.Add(etag!);
        using var second = await Client.SendAsync(request);

        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
    }

    [Test]
    public async Task Another_size_of_the_same_chart_has_another_etag()
    {
        using var small = await Client.GetAsync("/api/charts/status-trend.png?width=400&height=300");
        using var large = await Client.GetAsync("/api/charts/status-trend.png?width=800&height=600");

        Assert.That(small.Headers.ETag, Is.Not.EqualTo(large.Headers.ETag));
    }

    [Test]
    public async Task A_stale_etag_gets_the_image_again()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/charts/status-trend.png");
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"u0-o0-e0-0000000000000000\""));
        using var response = await Client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task An_unknown_chart_is_a_404_problem_that_lists_the_charts()
    {
        var problem = await Client.Problem("/api/charts/pie.png", 404, "/problems/unknown-chart");

        Assert.That(problem.Str("detail"), Does.Contain("status-by-theme"));
    }

    [TestCase("/api/charts/status-trend.png?width=10")]
    [TestCase("/api/charts/status-trend.png?height=100000")]
    [TestCase("/api/charts/status-trend.png?width=wide")]
    public async Task A_bad_size_is_a_400_problem(string path) => await Client.Problem(path, 400, "/problems/bad-size");

    [Test]
    public async Task A_table_tile_is_no_chart() => await Client.Problem("/api/charts/goals.png", 404, "/problems/unknown-chart");

    [Test]
    public async Task A_chart_in_another_image_format_is_a_400_problem() =>
        await Client.Problem("/api/charts/status-trend.gif", 400, "/problems/bad-format");

    private static (int Width, int Height) PngSize(byte[] png)
    {
        Assert.That(png.AsSpan(1, 3).ToArray(), Is.EqualTo("PNG"u8.ToArray()), "a PNG signature");
        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
    }
}
