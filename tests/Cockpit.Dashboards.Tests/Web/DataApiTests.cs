using ClosedXML.Excel;
using Cockpit.Status;

namespace Cockpit.Dashboards.Tests.Web;

/// <summary>The data API over the real server and the sample: 2/2020 is the latest reported round.</summary>
public class DataApiTests : CockpitServerTest
{
    [Test]
    public async Task Health_answers_ok_while_the_database_is_open()
    {
        var health = await Client.Json("/healthz");
        Assert.That(health.Str("status"), Is.EqualTo("ok"));
    }

    [Test]
    public async Task Rounds_lists_every_round_with_how_many_forecasts_were_written()
    {
        var rounds = (await Client.Json("/api/rounds")).Rows().Select(r => (r.Str("round"), r.GetProperty("reported").GetInt64())).ToList();
        Assert.That(rounds, Is.EqualTo(new[] { ("1/2020", 11L), ("2/2020", 11L), ("3/2020", 0L) }));
    }

    [Test]
    public async Task Goals_default_to_the_latest_reported_round_with_labels_evidence_and_text()
    {
        var goals = (await Client.Json("/api/goals")).Rows().ToList();
        Assert.That(goals, Has.Count.EqualTo(11));
        Assert.That(goals.Select(g => g.Str("round")).Distinct(), Is.EqualTo(new[] { "2/2020" }));
        var achieved = goals.First(g => g.Str("status") == "achieved");
        Assert.That(achieved.Str("label"), Is.EqualTo("Saavutettu"));
        Assert.That(achieved.Str("evidence"), Does.Contain(" — "));
        Assert.That(achieved.Str("text"), Is.Not.Empty);
    }

    [Test]
    public async Task Goals_filter_by_round_theme_and_status_and_speak_the_asked_language()
    {
        var goals = (await Client.Json("/api/goals?round=1/2020&theme=Uudistuvat%20palvelut&status=at_risk&lang=sv")).Rows().ToList();
        Assert.That(goals, Is.Not.Empty);
        Assert.That(goals.Select(g => (g.Str("round"), g.Str("theme"), g.Str("status"), g.Str("label"))).Distinct(),
            Is.EqualTo(new[] { ("1/2020", "Uudistuvat palvelut", "at_risk", "Osäkert") }));
    }

    [Test]
    public async Task Goals_as_csv_have_finnish_headers_and_semicolons()
    {
        var csv = await Client.GetStringAsync("/api/goals?format=csv");
        var header = csv.Split("\r\n")[0].TrimStart('\uFEFF');
        Assert.That(header, Does.StartWith("Tunniste;Teema;Sitova toiminnan tavoite;Mittari;Kierros;Tila;Tila (teksti)"));
        Assert.That(csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(12));
    }

    [Test]
    public async Task Goals_as_excel_carry_the_status_colours()
    {
        await using var stream = await Client.GetStreamAsync("/api/goals?format=xlsx");
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer);
        using var workbook = new XLWorkbook(buffer);
        var sheet = workbook.Worksheet(1);
        var statusColumn = sheet.Row(1).CellsUsed().First(c => c.GetString() == "Tila").Address.ColumnNumber;
        var red = sheet.Column(statusColumn).CellsUsed().First(c => c.GetString() == "will_not_be_met");
        Assert.That(red.Style.Fill.BackgroundColor.Color.ToArgb() & 0xFFFFFF, Is.EqualTo(Convert.ToInt32(StatusLabels.Colour(ForecastStatus.WillNotBeMet)[1..], 16)));
    }

    [Test]
    public async Task One_metric_s_history_shows_every_round_and_what_changed()
    {
        var goals = (await Client.Json("/api/goals")).Rows().ToList();
        var id = goals.First(g => g.Str("status") == "achieved").GetProperty("id").GetInt64();

        var history = await Client.Json($"/api/goals/{id}");

        var rounds = history.GetProperty("rounds").Rows().ToList();
        Assert.That(rounds.Select(r => r.Str("round")), Is.EqualTo(new[] { "1/2020", "2/2020", "3/2020" }));
        Assert.That(rounds[0].Str("change"), Is.EqualTo("first"));
        Assert.That(rounds[1].Str("change"), Is.EqualTo("improved"), "to achieved from an earlier, weaker status");
        Assert.That(rounds[2].Str("status"), Is.EqualTo("not_assessed"));
    }

    [Test]
    public async Task An_unknown_metric_is_a_404_problem() =>
        await Client.Problem("/api/goals/9999", 404, "/problems/unknown-metric");

    [Test]
    public async Task Status_summary_counts_per_status_overall_and_per_theme_with_the_change_since_the_round_before()
    {
        var rows = (await Client.Json("/api/status-summary?round=2/2020")).Rows().ToList();
        var overall = rows.Where(r => r.Str("theme") == "").ToList();
        Assert.That(overall.Sum(r => r.GetProperty("n").GetInt64()), Is.EqualTo(11));
        Assert.That(overall.Sum(r => r.GetProperty("previous").GetInt64()), Is.EqualTo(11));
        Assert.That(overall.Select(r => r.Str("previous_round")).Distinct(), Is.EqualTo(new[] { "1/2020" }));
        Assert.That(overall.All(r => r.GetProperty("change").GetInt64() == r.GetProperty("n").GetInt64() - r.GetProperty("previous").GetInt64()));
        Assert.That(rows.Select(r => r.Str("theme")).Distinct().Count(), Is.EqualTo(5), "overall and four themes");
    }

    [TestCase("/api/goals?round=4/2020")]
    [TestCase("/api/goals?round=1/2019")]
    [TestCase("/api/goals?status=green")]
    [TestCase("/api/status-summary?lang=de")]
    public async Task A_bad_filter_is_a_400_problem(string path) => await Client.Problem(path, 400, "/problems/bad-filter");

    [Test]
    public async Task An_unknown_table_format_is_a_400_problem() =>
        await Client.Problem("/api/goals?format=pdf", 400, "/problems/bad-format");

    [Test]
    public async Task On_a_loopback_binding_viewers_need_no_key_but_a_wrong_key_is_refused()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/goals");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "not-a-key");
        using var refused = await Client.SendAsync(request);

        Assert.That((int)refused.StatusCode, Is.EqualTo(401));
        Assert.That((int)(await Client.GetAsync("/api/goals")).StatusCode, Is.EqualTo(200));
    }

    [Test]
    public async Task An_unknown_address_is_a_404_problem_too() =>
        await Client.Problem("/api/nothing-here", 404, "https://tools.ietf.org/html/rfc9110#section-15.5.5");

    [Test]
    public async Task The_openapi_document_describes_the_api()
    {
        var openapi = await Client.Json("/openapi/v1.json");
        var paths = openapi.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.That(paths, Is.SupersetOf(new[] { "/api/rounds", "/api/goals", "/api/goals/{id}", "/api/status-summary", "/api/charts/{file}" }));
    }
}
