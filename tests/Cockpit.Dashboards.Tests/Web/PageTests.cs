using System.Net;
using System.Text.RegularExpressions;
using Cockpit.Testing;

namespace Cockpit.Dashboards.Tests.Web;

public partial class PageTests : CockpitServerTest
{
    [Test]
    public async Task The_page_is_finnish_html_with_cards_charts_and_the_goal_table()
    {
        var html = await Client.GetStringAsync("/");

        Assert.That(html, Does.Contain("<html lang=\"fi\">"));
        Assert.That(Regex.Matches(html, "class=\"card\"").Count, Is.EqualTo(5), "a card per status");
        Assert.That(html, Does.Contain("/api/charts/status-by-theme.svg?round=2%2F2020"));
        Assert.That(TableRows().Matches(html).Count, Is.EqualTo(11));
        Assert.That(html, Does.Contain("<details>").And.Contain("Perustelu"));
    }

    [Test]
    public async Task The_theme_filter_narrows_the_table_without_javascript()
    {
        var html = await Client.GetStringAsync("/?round=2%2F2020&theme=Maailman+toimivin+kaupunki");

        Assert.That(TableRows().Matches(html).Count, Is.EqualTo(3));
        Assert.That(html, Does.Contain("<option value=\"Maailman toimivin kaupunki\" selected>"));
        Assert.That(html, Does.Contain("<form method=\"get\" action=\"/\" class=\"filters\">").And.Contain("<button type=\"submit\">"));
        Assert.That(html, Does.Not.Match("<script(?![^>]*\\bsrc=)"), "scripts only from files, as enhancements");
    }

    [Test]
    public async Task The_cards_tell_the_change_since_the_previous_round()
    {
        var html = await Client.GetStringAsync("/?round=2%2F2020");

        Assert.That(html, Does.Contain("edellisestä kierroksesta"));
        Assert.That(await Client.GetStringAsync("/?round=1%2F2020"), Does.Contain("ei edellistä kierrosta"));
    }

    [TestCase("sv", "Osäkert", "Omgång")]
    [TestCase("en", "At risk", "Round")]
    public async Task The_page_speaks_swedish_and_english_too(string lang, string label, string round)
    {
        var html = await Client.GetStringAsync($"/?lang={lang}");

        Assert.That(html, Does.Contain($"<html lang=\"{lang}\">").And.Contain(label).And.Contain(round));
    }

    [Test]
    public async Task A_bad_round_on_the_page_is_a_400_problem() => await Client.Problem("/?round=9/2020", 400, "/problems/bad-filter");

    [Test]
    public async Task A_new_tile_in_the_dashboard_file_is_a_new_chart_without_new_code()
    {
        using var temp = new TempDirectory();
        var definition = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "cockpit.dashboard.json")).Replace(
            "\"tiles\": [",
            """
            "tiles": [
                {
                  "id": "status-by-goal", "visual": "stacked-bar", "title": { "fi": "Tila tavoitteittain" }, "parameters": ["round"],
                  "query": "SELECT left(goal, 40) AS category, status, count(*) AS n FROM v_forecasts WHERE round = $round GROUP BY ALL"
                },
            """);
        File.WriteAllText(temp.File("custom.dashboard.json"), definition);
        await using var custom = await RunningCockpit.StartAsync("--Cockpit:Dashboard=" + temp.File("custom.dashboard.json"));

        using var chart = await custom.Client.GetAsync("/api/charts/status-by-goal.png");
        var page = await custom.Client.GetStringAsync("/");

        Assert.That(chart.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page, Does.Contain("/api/charts/status-by-goal.svg"));
    }

    [GeneratedRegex("<tr data-status=")]
    private static partial Regex TableRows();
}
