using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Cockpit.Dashboards.Page;

namespace Cockpit.Dashboards.Tests.Web;

/// <summary>A metric's story, and the goal table's links to it, its status filter and order, and overrides with their reason.</summary>
public partial class MetricPageTests
{
    private const string ControllerKey = "metric-page-controller";
    private RunningCockpit cockpit = null!;

    [OneTimeSetUp]
    public async Task Start() => cockpit = await RunningCockpit.StartAsync(TestKeys.Arguments(new TestKey("Maija Controller", "controller", ControllerKey)));

    [OneTimeTearDown]
    public async Task Stop() => await cockpit.DisposeAsync();

    [Test]
    public async Task A_metric_with_two_rounds_shows_both_texts_and_what_changed_between_them()
    {
        var history = (await cockpit.Client.Json("/api/goals/3")).GetProperty("rounds").Rows().Where(r => r.Str("text").Length > 0).ToList();

        var html = await cockpit.Client.GetStringAsync("/metrics/3?lang=en");

        Assert.That(history, Has.Count.GreaterThanOrEqualTo(2));
        Assert.That(html, Does.Contain("<h3>1/2020 ").And.Contain("<h3>2/2020 "));
        Assert.That(WebUtility.HtmlDecode(html), Does.Contain(history[0].Str("text")), "the first round's text whole");
        Assert.That(html, Does.Match("<ins>[^<]+</ins>").And.Match("<del>[^<]+</del>"), "the second round's changes marked");
        Assert.That(html, Does.Contain("<mark>"), "the deciding phrase marked");
        Assert.That(WebUtility.HtmlDecode(html), Does.Contain("The goal's other metrics"));
    }

    [Test]
    public async Task An_unknown_metric_is_a_404_problem() => await cockpit.Client.Problem("/metrics/99999", 404, "/problems/unknown-metric");

    [Test]
    public async Task Every_row_of_the_goal_table_links_to_its_metric_s_story()
    {
        var ids = (await cockpit.Client.Json("/api/goals?round=2%2F2020")).Rows().Select(r => r.GetProperty("id").GetInt32()).ToList();

        var html = await cockpit.Client.GetStringAsync("/?round=2%2F2020");

        Assert.That(MetricLink().Matches(html).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)), Is.EqualTo(ids));
    }

    [Test]
    public async Task Sorted_by_status_the_worst_come_first_and_the_status_filter_narrows_the_table()
    {
        var sorted = await cockpit.Client.GetStringAsync("/?round=2%2F2020&sort=status");
        var atRisk = await cockpit.Client.GetStringAsync("/?round=2%2F2020&status=at_risk");

        var order = RowStatus().Matches(sorted).Select(m => m.Groups[1].Value).ToList();
        Assert.That(order.First(), Is.EqualTo("will_not_be_met"));
        Assert.That(order.Last(), Is.EqualTo("achieved"));
        Assert.That(RowStatus().Matches(atRisk).Select(m => m.Groups[1].Value), Is.Not.Empty.And.All.EqualTo("at_risk"));
        await cockpit.Client.Problem("/?sort=colour", 400, "/problems/bad-filter");
    }

    [Test]
    public async Task A_status_set_by_hand_shows_who_and_why_beside_what_the_text_gives()
    {
        using var controller = new HttpClient { BaseAddress = cockpit.Address };
        controller.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ControllerKey);
        using var set = await controller.PostAsJsonAsync("/api/overrides", new { metric = 5, round = "1/2020", status = "will_not_be_met", reason = "Rahoitus päättyi" });

        var html = await cockpit.Client.GetStringAsync("/?round=1%2F2020&lang=en");
        var story = await cockpit.Client.GetStringAsync("/metrics/5?round=1%2F2020&lang=en");

        Assert.That(set.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(html, Does.Contain("<b>Status set by hand by Maija Controller:</b> Rahoitus päättyi"));
        Assert.That(html, Does.Contain("<b>Status derived from the text:</b>"));
        Assert.That(story, Does.Contain("Status set by hand by Maija Controller:</b> Rahoitus päättyi"));
    }

    [Test]
    public void A_word_diff_keeps_what_stayed_and_marks_what_came_and_went()
    {
        var parts = WordDiff.Between("Hanke on toteutumassa.", "Hanke ei ole toteutumassa.");

        Assert.That(parts, Is.EqualTo(new[] { new DiffPart(Change.Same, "Hanke "), new DiffPart(Change.Removed, "on "), new DiffPart(Change.Added, "ei ole "), new DiffPart(Change.Same, "toteutumassa.") }));
        Assert.That(string.Concat(parts.Where(p => p.Change != Change.Removed).Select(p => p.Text)), Is.EqualTo("Hanke ei ole toteutumassa."));
    }

    [Test]
    public void Huge_texts_count_as_replaced_instead_of_filling_memory()
    {
        var huge = string.Join(' ', Enumerable.Range(0, 5000).Select(i => $"sana{i}"));

        var parts = WordDiff.Between(huge, huge + " loppu");

        Assert.That(parts.Select(p => p.Change), Is.EqualTo(new[] { Change.Removed, Change.Added }));
    }

    [GeneratedRegex("""<td class="metric"><a href="/metrics/(\d+)\?""")]
    private static partial Regex MetricLink();

    [GeneratedRegex("""<tr data-status="([a-z_]+)">""")]
    private static partial Regex RowStatus();
}
