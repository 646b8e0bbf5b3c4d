using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Cockpit.Dashboards.Tests.Web;
using Cockpit.Testing;
using static Cockpit.Dashboards.Tests.Controllers.ControllerWorkbooks;

namespace Cockpit.Dashboards.Tests.Controllers;

/// <summary>
/// The controllers' pages without JavaScript, as a browser without script would use them: plain GETs and form posts with
/// the page's token, on the local run (the local administrator, no sign-in).
/// </summary>
[NonParallelizable]
public partial class ControllerPagesTests : TempFolderTest
{
    private RunningCockpit cockpit = null!;

    [SetUp]
    public async Task Start() => cockpit = await RunningCockpit.StartAsync("--Cockpit:Auth:LocalAdmin=true");

    [TearDown]
    public async Task Stop() => await cockpit.DisposeAsync();

    private HttpClient Client => cockpit.Client;

    private async Task<string> Page(string path)
    {
        using var response = await Client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), html);
        return html;
    }

    private async Task<(HttpStatusCode Status, string Html)> Upload(byte[] workbook, string name)
    {
        var token = Token(await Page("/upload?lang=en"));
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        var file = new ByteArrayContent(workbook);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        form.Add(file, "file", name);
        using var response = await Client.PostAsync("/upload?lang=en", form);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private async Task<(HttpStatusCode Status, string Html)> Post(string path, string html, params (string Name, string Value)[] fields)
    {
        using var form = new FormUrlEncodedContent([new("__RequestVerificationToken", Token(html)), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]);
        using var response = await Client.PostAsync(path, form);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task The_upload_page_is_a_multipart_form_with_the_monthly_template_beside_it()
    {
        var html = await Page("/upload?month=2020-07&lang=en");

        Assert.That(html, Does.Contain("enctype=\"multipart/form-data\"").And.Contain("type=\"file\" id=\"file\" name=\"file\""));
        Assert.That(html, Does.Contain("/api/templates/monthly.xlsx?month=2020-07"));
        Assert.That(html, Does.Not.Contain("<script>").And.Not.Contain(" style=").And.Not.Contain(" onclick="));
    }

    [Test]
    public async Task A_monthly_workbook_with_text_in_a_number_cell_answers_a_page_naming_that_sheet_and_cell()
    {
        var (status, html) = await Upload(Monthly(Temp.Path, "paljon"), "tammikuu.xlsx");

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(html, Does.Contain("data-sheet=\"Mittarit\"").And.Contain("Cell C5"));
        Assert.That(Target().Match(html).Groups[1].Value, Is.EqualTo("paljon"), "the excerpt marks the cell with what it holds");
        Assert.That(html, Does.Match("<tr class=\"header\">[^\n]*<td>Toteuma</td>"), "the header row tops the excerpt");
        Assert.That(html, Does.Not.Contain("name=\"sha256\""), "nothing to confirm");
    }

    [Test]
    public async Task A_good_monthly_workbook_answers_a_preview_confirming_loads_it_and_the_history_lists_it()
    {
        var (status, preview) = await Upload(Monthly(Temp.Path, 41), "tammikuu.xlsx");
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), preview);
        Assert.That(preview, Does.Contain("2020-01").And.Contain("action=\"/upload/confirm?lang=en\""));

        var (loaded, done) = await Post("/upload/confirm?lang=en", preview, ("sha256", Sha256(preview)));
        var history = await Page("/uploads?lang=en");
        var again = await Post("/upload/confirm?lang=en", preview, ("sha256", Sha256(preview)));

        Assert.That(loaded, Is.EqualTo(HttpStatusCode.Created), done);
        Assert.That(done, Does.Contain("Workbook loaded"));
        Assert.That(history, Does.Contain("tammikuu.xlsx").And.Contain("data-outcome=\"loaded\"").And.Contain("data-outcome=\"validated\""));
        Assert.That(again.Status, Is.EqualTo(HttpStatusCode.Gone), "the checked bytes load once");
    }

    [Test]
    public async Task A_form_without_its_token_is_refused()
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Monthly(Temp.Path, 41)), "file", "x.xlsx" } };
        using var response = await Client.PostAsync("/upload", form);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task The_forecast_flow_by_plain_form_posts_from_problems_to_preview_to_review_to_the_leadership_page()
    {
        var (_, first) = await Upload(First(Temp.Path), "ennuste-1.xlsx");
        Assert.That((await Post("/upload/confirm?lang=en", first, ("sha256", Sha256(first)))).Status, Is.EqualTo(HttpStatusCode.Created), "the first workbook loads");
        var leadershipBefore = await Page($"/?round=2%2F2020&theme={Theme}&lang=en");

        var (refused, problems) = await Upload(WithThreeProblems(Temp.Path), "ennuste-2.xlsx");
        var (checkedOk, preview) = await Upload(Corrected(Temp.Path), "ennuste-2.xlsx");
        var (loaded, done) = await Post("/upload/confirm?lang=en", preview, ("sha256", Sha256(preview)));

        Assert.That(refused, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(Cells().Matches(problems).Select(m => m.Groups[1].Value), Is.EquivalentTo(new[] { "F2", "E3", "F4" }));
        Assert.That(Regex.Matches(problems, "<div class=\"excerpt\">").Count, Is.EqualTo(3), "each problem in its excerpt");
        Assert.That(problems, Does.Contain("rowspan=\"2\" data-merged=\"true\">Testitavoite yksi"), "merged cells stay merged");
        Assert.That(checkedOk, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(preview, Does.Contain("Forecasts that change (2)").And.Contain("Mittari yksi").And.Contain("Mittari kolme").And.Not.Contain("<b>Mittari kaksi</b>"));
        Assert.That(preview, Does.Contain("<ins>viivästyy koronan vuoksi ja toteutuminen on epävarma.</ins>").Or.Contain("<ins>"));
        Assert.That(StatusChange().Matches(preview).Select(m => (m.Groups[1].Value, m.Groups[2].Value)),
            Is.EqualTo(new[] { ("on_track", "at_risk"), ("will_not_be_met", "achieved") }));
        Assert.That(loaded, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(done, Does.Contain("href=\"/review?round=2%2F2020&amp;lang=en\""));

        var review = await Page("/review?round=2%2F2020&lang=en");
        var kaksi = MetricId(review, "Mittari kaksi");
        var yksi = MetricId(review, "Mittari yksi");
        var (confirmed, _) = await Post("/review/confirm?lang=en", review, ("round", "2/2020"), ("metric", kaksi));
        var (withoutReason, _) = await Post("/review/override?lang=en", review, ("round", "2/2020"), ("metric", yksi), ("status", "on_track"), ("reason", " "));
        var (overridden, _) = await Post("/review/override?lang=en", review, ("round", "2/2020"), ("metric", yksi), ("status", "on_track"), ("reason", "Korona ei enää viivästytä"));
        var after = await Page("/review?round=2%2F2020&lang=en");
        var leadership = await Page($"/?round=2%2F2020&theme={Theme}&lang=en");

        Assert.That(WebUtility.HtmlDecode(review), Does.Contain("Nobody has reviewed this round's statuses yet"));
        Assert.That(WebUtility.HtmlDecode(after), Does.Match("Reviewed 2 of [0-9]+ statuses; the status derived from the text was right in 1 of them, and with confidence 0.90 or more in [01] of [012]\\."),
            "the confirmed one was right, the one set by hand to another status wrong: " + Regex.Match(WebUtility.HtmlDecode(after), "<p class=\"agreement\">[^<]*").Value);
        Assert.That(review, Does.Contain("<mark>"), "the deciding phrase is marked");
        Assert.That(Section(review, "first"), Does.Contain("Mittari yksi"), "a risk rule and a changed status come first");
        Assert.That((confirmed, withoutReason, overridden), Is.EqualTo((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK)), "each answers by a redirect back to the review");
        Assert.That(Item(after, kaksi), Does.Contain("class=\"confirmed\""));
        Assert.That(Item(after, yksi), Does.Contain("Korona ei enää viivästytä"));
        Assert.That(Regex.Matches(leadershipBefore, "class=\"unconfirmed\">unconfirmed").Count, Is.EqualTo(3));
        Assert.That(Regex.Matches(leadership, "class=\"unconfirmed\">unconfirmed").Count, Is.EqualTo(1), "only Mittari kolme is left unconfirmed");
        Assert.That(leadership, Does.Contain("1 unconfirmed"), "its card says how many");
    }

    [Test]
    public async Task A_round_answers_its_review_and_an_unknown_one_says_so()
    {
        await Page("/review?round=2%2F2020");
        using var unknown = await Client.GetAsync("/review?round=3%2F2031");

        Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    private static string MetricId(string html, string metric) =>
        Regex.Match(html, $"data-metric=\"(\\d+)\" data-status=\"[a-z_]+\">\\s*<h3>{Regex.Escape(metric)}</h3>").Groups[1].Value is { Length: > 0 } id
            ? id : throw new AssertionException($"no review item for {metric}");

    private static string Item(string html, string id) => Regex.Match(html, $"<article class=\"item\" id=\"m{id}\".*?</article>", RegexOptions.Singleline).Value;

    private static string Section(string html, string id) => Regex.Match(html, $"<section class=\"review\" id=\"{id}\".*?</section>", RegexOptions.Singleline).Value;

    [GeneratedRegex("<td class=\"target\" aria-current=\"true\">([^<]*)</td>")]
    private static partial Regex Target();

    [GeneratedRegex("<li data-cell=\"([A-Z]+[0-9]+)\">")]
    private static partial Regex Cells();

    [GeneratedRegex("<p class=\"status\"><span class=\"badge\" data-status=\"([a-z_]+)\">[^<]*</span> → <span class=\"badge\" data-status=\"([a-z_]+)\">")]
    private static partial Regex StatusChange();
}
