using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Cockpit.Dashboards.Auth;
using Cockpit.Dashboards.Web;
using Cockpit.Testing;
using static Cockpit.Dashboards.Tests.Controllers.ControllerWorkbooks;

namespace Cockpit.Dashboards.Tests.Web;

/// <summary>
/// Who stands behind a status and how it stood a year earlier, as leadership reads it: two forecast workbooks (2019 and 2020,
/// the same goal and metric in both, and a metric new in 2020) loaded through the controllers' forms, a status confirmed and
/// another set by hand in the review form; then the metric page, the goal table on <c>/</c> and <c>/api/goals</c>.
/// </summary>
[NonParallelizable]
public class MetricPageHistoryTests
{
    private const string Theme = "Vertailuteema";
    private const string Compared = "Kävijämäärä kasvaa";
    private const string New = "Uusi mittari";
    private const string Text2019 = "Tavoite ei toteudu, koska kirjasto oli suljettuna remontin vuoksi.";
    private const string Text2020 = "Tavoite on toteutumassa.";

    private RunningCockpit cockpit = null!;
    private Dictionary<string, int> ids = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        cockpit = await RunningCockpit.StartAsync("--Cockpit:Auth:LocalAdmin=true");
        using var folder = new TempDirectory();
        await Load(Workbook(folder.Path, 2019, ("Kirjastoissa käy enemmän väkeä", Compared, Text2019)), "ennuste-2019.xlsx");
        // The 2020 workbook writes the goal and metric in another case and spacing: the same words all the same.
        await Load(Workbook(folder.Path, 2020, ("Kirjastoissa  käy enemmän VÄKEÄ", "kävijämäärä kasvaa ", Text2020),
            ("Kirjastoissa  käy enemmän VÄKEÄ", New, "Hanke etenee suunnitellusti.")), "ennuste-2020.xlsx");
        ids = (await cockpit.Client.Json($"/api/goals?round=2/2020&theme={Theme}")).Rows()
            .ToDictionary(r => r.Str("metric").Trim().ToLowerInvariant() == Compared.ToLowerInvariant() ? Compared : r.Str("metric"), r => r.GetProperty("id").GetInt32());
    }

    [OneTimeTearDown]
    public async Task Stop() => await cockpit.DisposeAsync();

    [Test]
    public async Task The_goal_table_shows_last_year_s_status_where_the_same_goal_and_metric_were_reported_and_nothing_where_not()
    {
        var html = await Page($"/?round=2%2F2020&theme={Theme}&lang=en");

        Assert.That(Row(html, ids[Compared]), Does.Contain("last year: <span class=\"badge\" data-status=\"will_not_be_met\">Will not be met</span>"));
        Assert.That(Row(html, ids[New]), Does.Not.Contain("last-year"));
    }

    [Test]
    public async Task The_metric_page_shows_the_same_round_a_year_earlier_beside_this_year_s_and_a_new_metric_shows_none()
    {
        var compared = WebUtility.HtmlDecode(await Page($"/metrics/{ids[Compared]}?round=2%2F2020&lang=en"));
        var fresh = await Page($"/metrics/{ids[New]}?round=2%2F2020&lang=en");

        var round2020 = Regex.Match(compared, "<li data-status=\"[a-z_]+\" aria-current=\"true\"><h3>2/2020 .*?</li>", RegexOptions.Singleline).Value;
        Assert.That(round2020, Does.Contain(Text2020));
        Assert.That(round2020, Does.Contain("A year earlier (2/2019):</b> <span class=\"badge\" data-status=\"will_not_be_met\">").And.Contain(Text2019));
        Assert.That(fresh, Does.Not.Contain("year-before"));
    }

    [Test]
    public async Task The_goals_api_carries_the_year_before_round_and_status_where_there_is_one()
    {
        var rows = (await cockpit.Client.Json($"/api/goals?round=2/2020&theme={Theme}")).Rows().ToDictionary(r => r.GetProperty("id").GetInt32());

        Assert.That((rows[ids[Compared]].Str("year_before_round"), rows[ids[Compared]].Str("year_before_status")), Is.EqualTo(("2/2019", "will_not_be_met")));
        Assert.That(rows[ids[New]].GetProperty("year_before_status").ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.Null));
    }

    [Test]
    public async Task A_status_confirmed_in_the_review_names_its_confirmer_and_date_on_the_metric_page()
    {
        var before = await Page($"/metrics/{ids[Compared]}?round=2%2F2020&lang=en");
        var review = await Page("/review?round=2%2F2020&lang=en");

        var (status, _) = await Post("/review/confirm?lang=en", review, ("round", "2/2020"), ("metric", ids[Compared].ToString(CultureInfo.InvariantCulture)));
        var after = await Page($"/metrics/{ids[Compared]}?round=2%2F2020&lang=en");
        var finnish = await Page($"/metrics/{ids[Compared]}?round=2%2F2020&lang=fi");

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), "the form answers by a redirect back to the review");
        Assert.That(Round(before, "2/2020"), Does.Contain("Nobody has confirmed this status yet."));
        Assert.That(Round(after, "2/2020"), Does.Contain($"<p class=\"confirmed\">Status confirmed by {LocalAccess.LocalName} on {Today("en")}</p>"));
        Assert.That(Round(finnish, "2/2020"), Does.Contain($"Tilan vahvisti {LocalAccess.LocalName} {Today("fi")}"));
        Assert.That(Round(after, "2/2019"), Does.Not.Contain("Status confirmed"), "a confirmation holds for its own round");
    }

    [Test]
    public async Task A_status_set_by_hand_names_its_author_reason_and_date_on_the_metric_page()
    {
        var review = await Page("/review?round=2%2F2020&lang=en");

        await Post("/review/override?lang=en", review, ("round", "2/2020"), ("metric", ids[New].ToString(CultureInfo.InvariantCulture)),
            ("status", "at_risk"), ("reason", "Rahoitus on epävarma"));
        var story = WebUtility.HtmlDecode(await Page($"/metrics/{ids[New]}?round=2%2F2020&lang=en"));

        Assert.That(Round(story, "2/2020"), Does.Contain($"<b>Status set by hand by {LocalAccess.LocalName}:</b> Rahoitus on epävarma <small>({Today("en")})</small>"));
        Assert.That(Round(story, "2/2020"), Does.Contain("Status derived from the text:"), "beside what the text itself gives");
    }

    private static string Today(string lang) => lang == "en"
        ? CityClock.Today().ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))
        : CityClock.Today().ToString("d.M.yyyy", CultureInfo.InvariantCulture);

    private static string Row(string html, int id) =>
        Regex.Match(html, $"<tr data-status=\"[a-z_]+\">(?:(?!</tr>).)*?/metrics/{id}\\?.*?</tr>", RegexOptions.Singleline).Value is { Length: > 0 } row
            ? row : throw new AssertionException($"no row for metric {id}");

    private static string Round(string html, string round) =>
        Regex.Match(html, $"<li data-status=\"[a-z_]+\"(?: aria-current=\"true\")?><h3>{Regex.Escape(round)} .*?</li>", RegexOptions.Singleline).Value;

    /// <summary>A forecast workbook of one year, rounds 1 and 2, the theme's goal and its metrics with their round-2 texts.</summary>
    private static byte[] Workbook(string folder, int year, params (string Goal, string Metric, string Round2)[] metrics)
    {
        var sheet = new WorkbookBuilder().Sheet("Ennusteet")
            .Row(1, null, "Teema", "Sitova toiminnan tavoite", "Mittari", $"Ennuste 1/{year}", $"Ennuste 2/{year}");
        for (var i = 0; i < metrics.Length; i++)
            sheet.Row(i + 2, null, Theme, metrics[i].Goal, metrics[i].Metric, "Hanke etenee suunnitellusti.", metrics[i].Round2);
        return File.ReadAllBytes(sheet.Save(Path.Combine(folder, $"{Guid.NewGuid():N}.xlsx")));
    }

    private async Task Load(byte[] workbook, string name)
    {
        using var form = new MultipartFormDataContent { { new StringContent(Token(await Page("/upload?lang=en"))), "__RequestVerificationToken" } };
        var file = new ByteArrayContent(workbook);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        form.Add(file, "file", name);
        using var checkedUpload = await cockpit.Client.PostAsync("/upload?lang=en", form);
        var preview = await checkedUpload.Content.ReadAsStringAsync();
        var (loaded, done) = await Post("/upload/confirm?lang=en", preview, ("sha256", Sha256(preview)));
        Assert.That(loaded, Is.EqualTo(HttpStatusCode.Created), done);
    }

    private async Task<string> Page(string path)
    {
        using var response = await cockpit.Client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), html);
        return html;
    }

    private async Task<(HttpStatusCode Status, string Html)> Post(string path, string html, params (string Name, string Value)[] fields)
    {
        using var form = new FormUrlEncodedContent([new("__RequestVerificationToken", Token(html)), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]);
        using var response = await cockpit.Client.PostAsync(path, form);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
