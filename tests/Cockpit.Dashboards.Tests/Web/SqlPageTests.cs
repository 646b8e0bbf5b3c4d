using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Cockpit.Dashboards.Tests.Web;

/// <summary>/sql without script: the form posts the statement and the answer comes back as a table; history and saved queries.</summary>
public partial class SqlPageTests
{
    private RunningCockpit cockpit = null!;

    [OneTimeSetUp]
    public async Task Start() => cockpit = await RunningCockpit.StartAsync([
        "--Cockpit:Auth:LocalAdmin=true", .. TestKeys.Arguments(new TestKey("Viewer", "viewer", "page-viewer-key"), new TestKey("Analyst", "analyst", "page-analyst-key"))]);

    [OneTimeTearDown]
    public async Task Stop() => await cockpit.DisposeAsync();

    [Test]
    public async Task The_form_runs_a_statement_with_a_parameter_and_shows_the_answer_as_a_table()
    {
        using var browser = Browser();
        var token = await TokenAsync(browser);

        using var answer = await PostAsync(browser, token, ("sql", "SELECT round, count(*) AS n FROM v_forecasts WHERE round = $round GROUP BY round"), ("p.round", "2/2020"), ("do", "run"));
        var html = await answer.Content.ReadAsStringAsync();

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(html, Does.Contain("<span class=\"name\">round</span> <span class=\"type\">VARCHAR</span>").And.Contain("<span class=\"name\">n</span> <span class=\"type\">BIGINT</span>"));
        Assert.That(html, Does.Contain("<td>2/2020</td><td class=\"num\">11</td>").And.Contain("<span class=\"count\">1 riviä</span>"));
        Assert.That(html, Does.Contain("name=\"p.round\" data-param=\"round\" value=\"2/2020\""), "the parameter keeps its value");
    }

    [Test]
    public async Task An_escape_attempt_is_refused_with_its_sentence_and_place()
    {
        using var browser = Browser();
        var token = await TokenAsync(browser);

        using var answer = await PostAsync(browser, token, ("sql", "SELECT *\nFROM read_text('/etc/passwd')"), ("do", "run"));
        var html = await answer.Content.ReadAsStringAsync();

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(html, Does.Contain("<p class=\"sentence\">the table function read_text is not available to analysts</p>").And.Contain("rivi 2, sarake 6"));
    }

    [Test]
    public async Task The_form_downloads_csv_and_saves_a_query_whose_link_opens_it()
    {
        using var browser = Browser();
        var token = await TokenAsync(browser);
        const string sql = "SELECT round FROM v_forecasts GROUP BY round ORDER BY round";

        using var csv = await PostAsync(browser, token, ("sql", sql), ("do", "csv"));
        using var saved = await PostAsync(browser, token, ("sql", sql), ("name", "Rounds <all>"), ("do", "save"));
        var link = saved.Headers.Location?.ToString() ?? "";
        var opened = await browser.GetStringAsync(link);

        Assert.That(csv.Content.Headers.ContentDisposition?.FileName, Is.EqualTo("sql.csv"));
        Assert.That((await csv.Content.ReadAsStringAsync()).ReplaceLineEndings("\n").TrimStart('\uFEFF'), Is.EqualTo("round\n1/2020\n2/2020\n3/2020\n"));
        Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(link, Does.Match(@"^/sql\?saved=\d+&lang=fi$"));
        Assert.That(opened, Does.Contain("<strong class=\"saved-name\">Rounds &lt;all&gt;</strong>").And.Contain($">{sql}</textarea>"));
    }

    [Test]
    public async Task History_is_each_person_s_own_and_viewers_get_no_workbench()
    {
        using var analyst = Keyed("page-analyst-key");
        using var viewer = Keyed("page-viewer-key");
        using var run = await analyst.PostAsJsonAsync("/api/sql", new { sql = "SELECT 42 AS answer" });
        using var local = Browser();

        var mine = await analyst.Json("/api/sql/history");
        var theirs = await local.Json("/api/sql/history");

        Assert.That(mine.Rows().First().Str("sql"), Is.EqualTo("SELECT 42 AS answer"));
        Assert.That(theirs.Rows().Select(r => r.Str("sql")), Does.Not.Contain("SELECT 42 AS answer"));
        Assert.That((int)(await viewer.GetAsync("/sql")).StatusCode, Is.EqualTo(403));
        Assert.That((int)(await viewer.GetAsync("/api/sql/history")).StatusCode, Is.EqualTo(403));
        Assert.That((int)(await viewer.GetAsync("/api/export/duckdb")).StatusCode, Is.EqualTo(403));
    }

    private HttpClient Browser() => new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = cockpit.Address };

    private HttpClient Keyed(string key)
    {
        var client = new HttpClient { BaseAddress = cockpit.Address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    private static async Task<string> TokenAsync(HttpClient browser)
    {
        var page = await browser.GetStringAsync("/sql");
        return Token().Match(page).Groups[1].Value;
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient browser, string token, params (string Name, string Value)[] fields) =>
        browser.PostAsync("/sql", new FormUrlEncodedContent([new("__RequestVerificationToken", token), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]));

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
