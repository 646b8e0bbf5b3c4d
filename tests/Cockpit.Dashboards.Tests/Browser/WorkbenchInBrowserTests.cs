using System.Text.Json.Nodes;
using Cockpit.Dashboards.Tests.SignIn;
using Cockpit.Dashboards.Tests.Web;
using Cockpit.Testing;

namespace Cockpit.Dashboards.Tests.Browser;

/// <summary>The SQL workbench (/sql) in headless Chromium, used by Anna the analyst signed in at the test provider.</summary>
[NonParallelizable]
public class WorkbenchInBrowserTests
{
    private const string PerRound = "SELECT round, count(*) AS n FROM ";
    private const string PerRoundTail = " WHERE round_year = $year GROUP BY round ORDER BY round";

    private const string Editor = "document.querySelector('.editor').shadowRoot.querySelector('.cm-content')";

    private OidcProvider provider = null!;
    private RunningCockpit cockpit = null!;
    private TempDirectory downloads = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        HeadlessChromium.RequireInstalled();
        provider = await OidcProvider.StartAsync();
        cockpit = await RunningCockpit.StartAsync([.. provider.CockpitArguments(), "--Cockpit:Auth:AnonymousViewers=false", "--Cockpit:Sql:WarmWorkers=true"]);
        downloads = new TempDirectory();
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        if (cockpit is not null) await cockpit.DisposeAsync();
        if (provider is not null) await provider.DisposeAsync();
        downloads?.Dispose();
    }

    [Test]
    public async Task An_analyst_writes_runs_downloads_and_saves_a_query_and_a_fresh_session_opens_its_link()
    {
        await using var browser = await HeadlessChromium.StartAsync(1440, 1000);
        await SignInAsync(browser, "anna", "/sql?lang=en");
        Assert.That(await Text(browser, "h1"), Is.EqualTo("SQL workbench"));
        Assert.That((bool)(await browser.EvaluateAsync($"!!{Editor} && document.getElementById('sql').hidden"))!, Is.True, "CodeMirror took over the text area");
        Assert.That((string)(await browser.EvaluateAsync("getComputedStyle(document.querySelector('.editor').shadowRoot.querySelector('.cm-editor')).display"))!,
            Is.EqualTo("flex"), "CodeMirror's own styles apply (its constructed stylesheet), not blocked by the Content-Security-Policy");

        await ReplaceStatementAsync(browser, PerRound);
        await browser.EvaluateAsync("document.querySelector('#views button.view[data-insert=v_forecasts]').click()");
        await browser.InsertTextAsync(PerRoundTail);
        await browser.EvaluateAsync("document.querySelector('input[data-param=year]').value = '2020'");
        await RunWithCtrlEnterAsync(browser, ".answer .grid");

        Assert.That(await Texts(browser, ".answer th .name"), Is.EqualTo(new[] { "round", "n" }));
        Assert.That(await Texts(browser, ".answer th .type"), Is.EqualTo(new[] { "VARCHAR", "BIGINT" }));
        Assert.That(await Texts(browser, ".answer tbody td"), Is.EqualTo(new[] { "1/2020", "11", "2/2020", "11", "3/2020", "11" }));
        Assert.That(await Text(browser, ".answer .count"), Is.EqualTo("3 rows"));
        Assert.That(await Text(browser, ".answer .duration"), Does.EndWith(" ms"));
        var screenshot = Path.Combine(TestContext.CurrentContext.WorkDirectory, "sql-workbench-analyst.png");
        await File.WriteAllBytesAsync(screenshot, await browser.ScreenshotAsync());
        TestContext.AddTestAttachment(screenshot, "Anna's query with a parameter, run");
        Assert.That(await WaitForAsync(browser, "#history li code"), Is.True);
        Assert.That(await Text(browser, "#history li code"), Is.EqualTo(PerRound + "v_forecasts" + PerRoundTail), "my history, newest first");

        await browser.AllowDownloadsAsync(downloads.Path);
        var file = await browser.DownloadAsync("document.querySelector('button[value=csv]').click()");
        Assert.That(Path.GetFileName(file), Is.EqualTo("sql.csv"));
        var csv = await File.ReadAllTextAsync(file);
        Assert.That(csv.ReplaceLineEndings("\n"), Is.EqualTo("round;n\n1/2020;11\n2/2020;11\n3/2020;11\n"));
        Assert.That(Unexpected(browser.Errors), Is.Empty, "no console error, no Content-Security-Policy violation but the known one");

        await browser.EvaluateAndWaitForLoadAsync("""
            (() => { document.getElementById('save-name').value = 'Forecasts per round';
                     setTimeout(() => document.querySelector('button[value=save]').click(), 0); })()
            """);
        var link = (string)(await browser.EvaluateAsync("location.pathname + location.search"))!;
        Assert.That(link, Does.StartWith("/sql?saved="));
        Assert.That(await Text(browser, ".saved-name"), Is.EqualTo("Forecasts per round"));

        await ReplaceStatementAsync(browser, "SELECT * FROM read_csv('/etc/passwd')");
        await RunWithCtrlEnterAsync(browser, ".answer .error");
        Assert.That(await Text(browser, ".answer .error .sentence"), Is.EqualTo("the table function read_csv is not available to analysts"));
        Assert.That(await Text(browser, ".answer .error .where"), Is.EqualTo("line 1, column 15"));
        Assert.That(Unexpected(browser.Errors), Has.All.Contains("400"), "only the refused statement's answer, nothing else");

        await using var fresh = await HeadlessChromium.StartAsync(1440, 1000);
        await SignInAsync(fresh, "anna", link);
        Assert.That((string)(await fresh.EvaluateAsync("location.pathname + location.search"))!, Is.EqualTo(link));
        Assert.That(await Text(fresh, ".saved-name"), Is.EqualTo("Forecasts per round"));
        Assert.That((string)(await fresh.EvaluateAsync($"{Editor}.textContent"))!, Is.EqualTo(PerRound + "v_forecasts" + PerRoundTail));
        Assert.That(await Texts(fresh, "#params input"), Has.Count.EqualTo(1));
        Assert.That(Unexpected(fresh.Errors), Is.Empty);
    }

    [TestCase(390)]
    [TestCase(1440)]
    public async Task The_workbench_fits_the_screen_with_a_wide_answer(int width)
    {
        await using var browser = await HeadlessChromium.StartAsync(width, 1000);
        await SignInAsync(browser, "anna", "/sql?lang=en");
        await ReplaceStatementAsync(browser, "SELECT * FROM v_forecasts ORDER BY metric_id, round_year, round_no LIMIT 12");
        await RunWithCtrlEnterAsync(browser, ".answer .grid");

        var overflow = await browser.EvaluateAsync("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        var screenshot = Path.Combine(TestContext.CurrentContext.WorkDirectory, $"sql-workbench-{width}.png");
        await File.WriteAllBytesAsync(screenshot, await browser.ScreenshotAsync());
        TestContext.AddTestAttachment(screenshot, $"the workbench at {width} px");

        Assert.That((int)overflow!, Is.Zero, "no horizontal scrolling of the page: the answer scrolls in its own box");
        Assert.That(await Text(browser, ".answer .count"), Is.EqualTo("12 rows"));
        Assert.That(Unexpected(browser.Errors), Is.Empty);
    }

    [Test]
    public async Task A_viewer_is_not_shown_the_workbench()
    {
        await using var browser = await HeadlessChromium.StartAsync();
        await SignInAsync(browser, "vera", "/?lang=en");
        Assert.That((bool)(await browser.EvaluateAsync("!!document.querySelector('.bar nav a[href^=\"/sql\"]')"))!, Is.False, "no link in the bar");
        await browser.NavigateAsync(new Uri(cockpit.Address, "/sql").ToString());
        Assert.That((bool)(await browser.EvaluateAsync("document.getElementById('sql-form') === null"))!, Is.True);
    }

    // Known and open: Chromium reports one blocked inline style *attribute* inside the editor's shadow root once text is
    // typed and run (CodeMirror sets its styles through CSSOM, which the policy allows; the source is not found yet). It
    // is blocked, so the policy holds; every other error, and any blocked <style> element, still fails the test.
    private static List<string> Unexpected(IEnumerable<string> errors) =>
        errors.Where(e => !(e.Contains("Applying inline style", StringComparison.Ordinal) && e.Contains("style attributes", StringComparison.Ordinal))).ToList();

    private async Task SignInAsync(HeadlessChromium browser, string login, string path)
    {
        await browser.NavigateAsync(new Uri(cockpit.Address, path).ToString());
        await browser.EvaluateAndWaitForLoadAsync($$"""
            (() => { document.querySelector('input[name=login]').value = '{{login}}';
                     setTimeout(() => document.querySelector('form').submit(), 0); })()
            """);
        // The provider's login page asks for a web font and a favicon it lacks: forget those, and load ours again to see its own.
        browser.ForgetErrors();
        await browser.NavigateAsync(new Uri(cockpit.Address, path).ToString());
    }

    // Select all in the editor and type over it, as a person would.
    private static async Task ReplaceStatementAsync(HeadlessChromium browser, string sql)
    {
        await browser.EvaluateAsync($"{Editor}.focus()");
        await browser.PressAsync("a", "KeyA", 65, ctrl: true);
        await browser.InsertTextAsync(sql);
    }

    private static async Task RunWithCtrlEnterAsync(HeadlessChromium browser, string shows)
    {
        await browser.EvaluateAsync("document.getElementById('answer').replaceChildren()");
        await browser.EvaluateAsync($"{Editor}.focus()");
        await browser.PressAsync("Enter", "Enter", 13, ctrl: true);
        Assert.That(await WaitForAsync(browser, shows), Is.True, $"the answer shows {shows}");
    }

    // Waits (in the page) for an element to appear; false if it does not within 25 s.
    private static async Task<bool> WaitForAsync(HeadlessChromium browser, string selector) =>
        (bool)(await browser.EvaluateAsync($$"""
            new Promise(done => { const until = Date.now() + 25000;
                (function look() { if (document.querySelector('{{selector}}')) done(true); else if (Date.now() > until) done(false); else setTimeout(look, 50); })(); })
            """))!;

    private static async Task<string> Text(HeadlessChromium browser, string selector) =>
        (string?)await browser.EvaluateAsync($"document.querySelector('{selector}')?.textContent ?? ''") ?? "";

    private static async Task<List<string>> Texts(HeadlessChromium browser, string selector) =>
        (await browser.EvaluateAsync($"Array.from(document.querySelectorAll('{selector}')).map(e => e.value ?? e.textContent)"))!
            .AsArray().Select(n => n!.GetValue<string>()).ToList();
}
