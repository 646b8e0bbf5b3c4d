using Cockpit.Dashboards.Tests.Web;

namespace Cockpit.Dashboards.Tests.Browser;

/// <summary>The leadership page in real headless Chromium: it loads whole, with no error, and its filter works.</summary>
[NonParallelizable]
public class PageInBrowserTests
{
    private RunningCockpit cockpit = null!;
    private HeadlessChromium browser = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        HeadlessChromium.RequireInstalled();
        cockpit = await RunningCockpit.StartAsync();
        browser = await HeadlessChromium.StartAsync();
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        if (browser is not null) await browser.DisposeAsync();
        if (cockpit is not null) await cockpit.DisposeAsync();
    }

    [Test]
    public async Task The_page_loads_with_every_image_and_no_console_error()
    {
        await browser.NavigateAsync(new Uri(cockpit.Address, "/").ToString());

        var images = await browser.EvaluateAsync("""
            Promise.all(Array.from(document.images).map(i => i.complete ? 0 : new Promise(r => { i.onload = i.onerror = r; })))
                .then(() => Array.from(document.images).map(i => i.naturalWidth > 0 ? 'ok' : 'broken ' + i.src))
            """);
        var screenshot = Path.Combine(TestContext.CurrentContext.WorkDirectory, "cockpit-page.png");
        await File.WriteAllBytesAsync(screenshot, await browser.ScreenshotAsync());
        TestContext.AddTestAttachment(screenshot, "the leadership page as Chromium drew it");

        var charts = Dashboards.Dashboard.Load(Path.Combine(AppContext.BaseDirectory, "cockpit.dashboard.json")).Tiles.Count(t => t.IsChart);
        Assert.That(images!.AsArray().Select(i => i!.GetValue<string>()).ToList(), Has.Count.EqualTo(charts).And.All.EqualTo("ok"));
        Assert.That(browser.Errors, Is.Empty);
    }

    [Test]
    public async Task Choosing_a_theme_shows_only_that_theme_s_goals()
    {
        await browser.NavigateAsync(new Uri(cockpit.Address, "/").ToString());
        var before = (int)(await browser.EvaluateAsync("document.querySelectorAll('tr[data-status]').length"))!;

        var theme = (string)(await browser.EvaluateAndWaitForLoadAsync("""
            (() => { const s = document.querySelector('select[name=theme]'); s.value = 'Maailman toimivin kaupunki';
                     setTimeout(() => document.querySelector('form.filters').submit(), 0); return s.value; })()
            """))!;
        var after = (int)(await browser.EvaluateAsync("document.querySelectorAll('tr[data-status]').length"))!;
        var themes = await browser.EvaluateAsync("Array.from(document.querySelectorAll('td.theme')).map(td => td.textContent)");

        Assert.That(theme, Is.EqualTo("Maailman toimivin kaupunki"));
        Assert.That(after, Is.InRange(1, before - 1));
        Assert.That(themes!.AsArray().Select(t => t!.GetValue<string>()).ToList(), Is.EqualTo(new[] { theme }));
        Assert.That(browser.Errors, Is.Empty);
    }

    [Test]
    public async Task With_script_choosing_a_round_shows_it_at_once()
    {
        await using var fresh = await HeadlessChromium.StartAsync();
        await fresh.NavigateAsync(new Uri(cockpit.Address, "/?round=2%2F2020").ToString());
        var button = (bool)(await fresh.EvaluateAsync("document.querySelector('form.filters button').hidden"))!;

        await fresh.EvaluateAndWaitForLoadAsync("""
            (() => { const s = document.querySelector('select[name=round]'); s.value = '1/2020';
                     setTimeout(() => s.dispatchEvent(new Event('change')), 0); })()
            """);

        Assert.That(button, Is.True, "the button is for pages without script");
        Assert.That((string)(await fresh.EvaluateAsync("location.search"))!, Does.Contain("round=1%2F2020"));
        Assert.That(fresh.Errors, Is.Empty);
    }
}
