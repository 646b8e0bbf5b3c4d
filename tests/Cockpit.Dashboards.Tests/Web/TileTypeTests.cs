using System.Net;
using System.Text.Json;
using Cockpit.Testing;

namespace Cockpit.Dashboards.Tests.Web;

/// <summary>A tile may return any DuckDB type a view can: each becomes a table in every format and, where it is a chart, a chart.</summary>
public class TileTypeTests
{
    /// <summary>Tile id, visual, query: added to the dashboard file, with no code.</summary>
    private static readonly (string Id, string Visual, string Query)[] Tiles =
    [
        ("type-hugeint", "stacked-bar", "SELECT theme AS category, status, sum(1) AS n FROM v_forecasts GROUP BY ALL ORDER BY ALL"),
        ("type-decimal", "bars", "SELECT service_entity AS category, sum(budget)::DECIMAL(18,2) AS budget FROM v_budget GROUP BY ALL ORDER BY ALL"),
        ("type-date", "lines", "SELECT month AS category, actual, target FROM v_metric_values WHERE metric_id = (SELECT min(metric_id) FROM v_metric_values) ORDER BY month"),
        ("type-timestamp", "table", "SELECT TIMESTAMP '2020-06-30 16:45:00' AS stamp, TIMESTAMPTZ '2020-06-30 16:45:00+03' AS zoned"),
        ("type-interval", "table", "SELECT INTERVAL 90 MINUTE AS span, TIME '08:30:00' AS clock"),
        ("type-list", "table", "SELECT list(DISTINCT status ORDER BY status) AS statuses, {'n': count(*)} AS counts FROM v_forecasts"),
        ("type-uuid", "table", "SELECT '6f1c0c2e-4a47-4c1b-9a3e-2b1f6f5b7a10'::UUID AS id"),
        ("type-blob", "table", "SELECT 'Kulttuuri'::BLOB AS bytes"),
    ];

    private TempDirectory temp = null!;
    private RunningCockpit cockpit = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        temp = new TempDirectory();
        var added = string.Join("", Tiles.Select(t =>
            $$"""{ "id": "{{t.Id}}", "visual": "{{t.Visual}}", "title": { "fi": "{{t.Id}}" }, "parameters": [], "query": {{JsonSerializer.Serialize(t.Query)}} },"""));
        var definition = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "cockpit.dashboard.json")).Replace("\"tiles\": [", "\"tiles\": [" + added);
        File.WriteAllText(temp.File("types.dashboard.json"), definition);
        cockpit = await RunningCockpit.StartAsync("--Cockpit:Dashboard=" + temp.File("types.dashboard.json"));
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        await cockpit.DisposeAsync();
        temp.Dispose();
    }

    public static IEnumerable<string> TileIds() => Tiles.Select(t => t.Id);

    [TestCaseSource(nameof(TileIds))]
    public async Task A_tile_of_any_type_answers_in_json_csv_and_excel(string id)
    {
        foreach (var format in new[] { "json", "csv", "xlsx" })
        {
            using var response = await cockpit.Client.GetAsync($"/api/tiles/{id}?format={format}");
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"{id} as {format}: {await response.Content.ReadAsStringAsync()}");
        }
        var rows = (await cockpit.Client.Json($"/api/tiles/{id}")).EnumerateArray().ToList();
        Assert.That(rows, Is.Not.Empty, id);
    }

    [TestCase("type-hugeint")]
    [TestCase("type-decimal")]
    [TestCase("type-date")]
    public async Task A_chart_tile_draws_whatever_type_its_numbers_and_categories_are(string id)
    {
        using var png = await cockpit.Client.GetAsync($"/api/charts/{id}.png");
        using var svg = await cockpit.Client.GetAsync($"/api/charts/{id}.svg");
        Assert.That(png.StatusCode, Is.EqualTo(HttpStatusCode.OK), id);
        Assert.That(await svg.Content.ReadAsStringAsync(), Does.Not.Contain("System.").And.Contain("<svg"), id);
    }

    [Test]
    public async Task Values_of_each_type_read_as_a_person_and_a_program_expect()
    {
        var date = (await cockpit.Client.Json("/api/tiles/type-date"))[0];
        var stamp = (await cockpit.Client.Json("/api/tiles/type-timestamp"))[0];
        var span = (await cockpit.Client.Json("/api/tiles/type-interval"))[0];
        var list = (await cockpit.Client.Json("/api/tiles/type-list"))[0];
        var blob = (await cockpit.Client.Json("/api/tiles/type-blob"))[0];
        var huge = (await cockpit.Client.Json("/api/tiles/type-hugeint"))[0];
        var svg = await cockpit.Client.GetStringAsync("/api/charts/type-date.svg");
        Assert.Multiple(() =>
        {
            Assert.That(date.Str("category"), Does.Match(@"^2020-\d\d-01$"), "a DATE as ISO 8601");
            Assert.That(svg, Does.Contain(date.Str("category")), "the chart labels a DATE category as the JSON does");
            Assert.That(stamp.Str("stamp"), Is.EqualTo("2020-06-30T16:45:00"));
            Assert.That(stamp.Str("zoned"), Is.EqualTo("2020-06-30T13:45:00Z"));
            Assert.That(span.Str("span"), Is.EqualTo("PT1H30M"));
            Assert.That(span.Str("clock"), Is.EqualTo("08:30:00"));
            Assert.That(list.Str("statuses"), Does.StartWith("[\"").And.EndWith("\"]"));
            Assert.That(blob.Str("bytes"), Is.EqualTo(Convert.ToBase64String("Kulttuuri"u8.ToArray())));
            Assert.That(huge.GetProperty("n").ValueKind, Is.EqualTo(JsonValueKind.Number));
        });
    }

    [Test]
    public async Task The_page_shows_table_tiles_of_every_type_as_their_exports_write_them()
    {
        using var page = await cockpit.Client.GetAsync("/");
        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await page.Content.ReadAsStringAsync(), Does.Contain("<td>PT1H30M</td>").And.Contain("<td>2020-06-30T13:45:00Z</td>"));
    }
}
