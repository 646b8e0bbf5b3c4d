using System.Net;
using System.Net.Http.Headers;
using Cockpit.Dashboards.Tests.Reports;
using Cockpit.Testing;

namespace Cockpit.Dashboards.Tests.Web;

/// <summary>
/// The year-end outcome on the real server: a workbook with Ennuste 3/2020 and Toteuma 2020 uploaded over the sample; the
/// outcome is round 4/2020, after forecast 3, and everywhere people read it it is "Toteuma 2020", "Utfall 2020", "Outcome 2020".
/// </summary>
public class OutcomeRoundTests
{
    private const string ControllerKey = "outcome-round-controller";
    private const string Metric = "Tilinpäätöksen testimittari";
    private RunningCockpit cockpit = null!;
    private HttpClient controller = null!;

    [OneTimeSetUp]
    public async Task StartAndUploadTheYearEnd()
    {
        cockpit = await RunningCockpit.StartAsync(TestKeys.Arguments(new TestKey("Maija Controller", "controller", ControllerKey)));
        controller = new HttpClient { BaseAddress = cockpit.Address };
        controller.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ControllerKey);
        using var temp = new TempDirectory();
        var workbook = new WorkbookBuilder().Sheet("Data")
            .Row(1, null, "Kaupunkistrategian teema", "Sitova toiminnan tavoite", "Sitovan toiminnan tavoitteen mittarit", "Ennuste 3/2020", "Toteuma 2020")
            .Row(2, null, "Testiteema", "Tilinpäätöksen testitavoite", Metric, "Tavoite toteutuu.", "Tavoite toteutuu.")
            .Save(temp.File("toteuma-2020.xlsx"));
        var file = new ByteArrayContent(await File.ReadAllBytesAsync(workbook));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        using var response = await controller.PostAsync("/api/uploads", new MultipartFormDataContent { { file, "file", "toteuma-2020.xlsx" } });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        controller.Dispose();
        await cockpit.DisposeAsync();
    }

    [Test]
    public async Task The_rounds_list_the_outcome_after_forecast_three_with_its_kind_and_label()
    {
        var rounds = (await controller.Json("/api/rounds?lang=sv")).Rows().ToList();

        Assert.That(rounds.Select(r => r.Str("round")), Is.EqualTo(new[] { "1/2020", "2/2020", "3/2020", "4/2020" }));
        Assert.That(rounds.Select(r => r.Str("round_kind")), Is.EqualTo(new[] { "forecast", "forecast", "forecast", "outcome" }));
        Assert.That(rounds.Select(r => r.Str("round_label")), Is.EqualTo(new[] { "1/2020", "2/2020", "3/2020", "Utfall 2020" }));
    }

    [Test]
    public async Task Api_goals_shows_the_outcome_round_with_its_label_and_reads_the_present_tense_as_achieved()
    {
        var outcome = (await controller.Json("/api/goals?round=4%2F2020&lang=en")).Rows().Single();
        var forecast = (await controller.Json("/api/goals?round=3%2F2020&lang=en")).Rows().Single(r => r.Str("metric") == Metric);

        Assert.That((outcome.Str("metric"), outcome.Str("round"), outcome.Str("round_kind"), outcome.Str("round_label"), outcome.Str("status")),
            Is.EqualTo((Metric, "4/2020", "outcome", "Outcome 2020", "achieved")));
        Assert.That((forecast.Str("round_kind"), forecast.Str("round_label"), forecast.Str("status")), Is.EqualTo(("forecast", "3/2020", "on_track")));
        Assert.That((await controller.Json("/api/goals?round=Toteuma%202020")).Rows().Single().Str("round"), Is.EqualTo("4/2020"), "the label is a round too");
    }

    [Test]
    public async Task The_leadership_page_offers_the_outcome_by_its_label_and_compares_it_with_forecast_three()
    {
        var fi = await controller.GetStringAsync("/");
        var sv = await controller.GetStringAsync("/?round=4%2F2020&lang=sv");
        var summary = (await controller.Json("/api/status-summary?round=4%2F2020")).Rows().First();

        Assert.That(fi, Does.Contain("<option value=\"4/2020\" selected>Toteuma 2020</option>"), "the latest reported round is the default");
        Assert.That(fi, Does.Contain("<option value=\"3/2020\">3/2020</option>"), "forecast labels unchanged");
        Assert.That(sv, Does.Contain("<option value=\"4/2020\" selected>Utfall 2020</option>"));
        Assert.That(fi, Does.Contain("edellisestä kierroksesta"));
        Assert.That((summary.Str("previous_round"), summary.Str("round_label")), Is.EqualTo(("3/2020", "Toteuma 2020")));
    }

    [Test]
    public async Task The_metric_page_lists_the_outcome_last_by_its_label()
    {
        var id = (await controller.Json("/api/goals?round=4%2F2020")).Rows().Single().GetProperty("id").GetInt32();

        var html = await controller.GetStringAsync($"/metrics/{id}?lang=en");
        var history = (await controller.Json($"/api/goals/{id}?lang=fi")).GetProperty("rounds").Rows().ToList();

        Assert.That(html.IndexOf("<h3>3/2020 ", StringComparison.Ordinal), Is.LessThan(html.IndexOf("<h3>Outcome 2020 ", StringComparison.Ordinal)).And.GreaterThan(0));
        Assert.That(history.Select(r => (r.Str("round_label"), r.Str("change"))), Is.EqualTo(new[] { ("3/2020", "first"), ("Toteuma 2020", "improved") }));
    }

    [Test]
    public async Task The_review_marks_a_status_changed_since_forecast_three()
    {
        var html = WebUtility.HtmlDecode(await controller.GetStringAsync("/review?round=4%2F2020&lang=en"));

        Assert.That(html, Does.Contain("Status review, round Outcome 2020"));
        Assert.That(html, Does.Contain("status changed since the previous round (On track)"));
    }

    [Test]
    public async Task The_board_pack_and_the_trend_chart_name_the_outcome()
    {
        var pdf = PdfContent.Read(await controller.GetByteArrayAsync("/api/reports/round.pdf?round=4%2F2020&lang=sv"));
        var trend = await controller.GetStringAsync("/api/charts/status-trend.svg?lang=en");
        var csv = await controller.GetStringAsync("/api/goals?round=4%2F2020&lang=fi&format=csv");

        Assert.That(PdfContent.Squeeze(string.Concat(pdf.Pages)), Does.Contain("OmgångUtfall2020"));
        Assert.That(trend, Does.Contain("Outcome 2020"));
        Assert.That(csv, Does.Contain("Kierroksen laji").And.Contain("Toteuma 2020"));
    }
}
