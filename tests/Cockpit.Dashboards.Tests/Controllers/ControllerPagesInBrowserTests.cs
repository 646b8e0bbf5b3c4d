using System.Text.Json.Nodes;
using Cockpit.Dashboards.Tests.Browser;
using Cockpit.Dashboards.Tests.SignIn;
using Cockpit.Dashboards.Tests.Web;
using Cockpit.Dashboards.Web;
using Cockpit.Ingest;
using Cockpit.Testing;
using static Cockpit.Dashboards.Tests.Controllers.ControllerWorkbooks;

namespace Cockpit.Dashboards.Tests.Controllers;

/// <summary>
/// The controllers' pages in headless Chromium, used as a controller would: problems seen in place, the corrected workbook
/// dropped on the form, its preview, loading, the review, and the leadership page that follows. Screenshots are kept.
/// </summary>
[NonParallelizable]
public class ControllerPagesInBrowserTests : TempFolderTest
{
    private RunningCockpit cockpit = null!;

    [OneTimeSetUp]
    public void RequireChromium() => HeadlessChromium.RequireInstalled();

    [SetUp]
    public async Task Start()
    {
        cockpit = await RunningCockpit.StartAsync("--Cockpit:Auth:LocalAdmin=true");
        var db = cockpit.Service<CockpitDatabase>();
        var prepared = new WorkbookIngest(db.Store).Prepare(new MemoryStream(First(Temp.Path)), "ennuste-1.xlsx");
        Assert.That(db.Write(store => prepared.Load(store, new IngestOptions("setup"))).Status, Is.EqualTo(IngestStatus.Loaded));
    }

    [TearDown]
    public async Task Stop() => await cockpit.DisposeAsync();

    private string Url(string path) => new Uri(cockpit.Address, path).ToString();

    internal static string Shot(string name) => Path.Combine(TestContext.CurrentContext.WorkDirectory, name);

    internal static async Task Screenshot(HeadlessChromium browser, string name)
    {
        await File.WriteAllBytesAsync(Shot(name), await browser.ScreenshotAsync());
        TestContext.AddTestAttachment(Shot(name), name);
    }

    /// <summary>Puts the workbook in the form's file field and sends the form, as choosing a file and pressing the button does.</summary>
    internal static Task Choose(HeadlessChromium browser, byte[] workbook, string name) =>
        browser.EvaluateAndWaitForLoadAsync($$"""
            (() => { const input = document.querySelector('form.upload input[type=file]'); input.files = {{Files(workbook, name)}};
                     setTimeout(() => input.form.submit(), 0); })()
            """);

    /// <summary>Drops the workbook on the form's drop zone, as dragging it there from a folder does.</summary>
    private static Task Drop(HeadlessChromium browser, byte[] workbook, string name) =>
        browser.EvaluateAndWaitForLoadAsync($$"""
            (() => { const zone = document.querySelector('[data-drop]'); const dt = new DataTransfer(); for (const f of {{Files(workbook, name)}}) dt.items.add(f);
                     setTimeout(() => zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true })), 0); })()
            """);

    private static string Files(byte[] workbook, string name) => $$"""
        (() => { const b = atob('{{Convert.ToBase64String(workbook)}}'); const a = new Uint8Array(b.length); for (let i = 0; i < b.length; i++) a[i] = b.charCodeAt(i);
                 const dt = new DataTransfer(); dt.items.add(new File([a], '{{name}}', { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' })); return dt.files; })()
        """;

    internal static Task Click(HeadlessChromium browser, string selector) =>
        browser.EvaluateAndWaitForLoadAsync($"setTimeout(() => document.querySelector('{selector}').click(), 0)");

    private static async Task<List<string>> Texts(HeadlessChromium browser, string selector) =>
        (await browser.EvaluateAsync($"Array.from(document.querySelectorAll('{selector}')).map(e => e.textContent.trim())"))!.AsArray()
            .Select(n => n!.GetValue<string>()).ToList();

    [Test]
    public async Task A_controller_sees_the_problems_in_place_loads_the_corrected_workbook_reviews_it_and_the_leadership_page_follows()
    {
        await using var browser = await HeadlessChromium.StartAsync(1440);
        await browser.NavigateAsync(Url($"/?round=2%2F2020&theme={Theme}&lang=en"));
        var unconfirmedBefore = await Texts(browser, "td small.unconfirmed");

        await browser.NavigateAsync(Url("/upload?lang=en"));
        await Choose(browser, WithThreeProblems(Temp.Path), "ennuste-2.xlsx");
        var problemCells = await Texts(browser, "li[data-cell] .excerpt td.target");
        var problemAt = (await browser.EvaluateAsync("Array.from(document.querySelectorAll('li[data-cell]')).map(li => li.dataset.cell)"))!.AsArray().Select(n => n!.GetValue<string>()).ToList();
        await Screenshot(browser, "upload-problems-1440.png");

        await Drop(browser, Corrected(Temp.Path), "ennuste-2.xlsx");
        var changed = await Texts(browser, ".change .what b");
        var inserted = await Texts(browser, ".change ins");
        await Screenshot(browser, "upload-preview-1440.png");

        await Click(browser, "form.confirm button");
        var loaded = await Texts(browser, "section.loaded h2");
        await Click(browser, "a.review");
        var firstToCheck = await Texts(browser, "#first article h3");
        var confirmId = (string)(await browser.EvaluateAsync("Array.from(document.querySelectorAll('article')).find(a => a.querySelector('h3').textContent === 'Mittari kaksi').dataset.metric"))!;
        await Click(browser, $"#m{confirmId} form.confirm button");
        var overrideId = (string)(await browser.EvaluateAsync("Array.from(document.querySelectorAll('article')).find(a => a.querySelector('h3').textContent === 'Mittari yksi').dataset.metric"))!;
        await browser.EvaluateAndWaitForLoadAsync($$"""
            (() => { const f = document.querySelector('#m{{overrideId}} form.override'); f.status.value = 'on_track'; f.reason.value = 'Korona ei enää viivästytä';
                     setTimeout(() => f.querySelector('button').click(), 0); })()
            """);
        var confirmedText = await Texts(browser, $"#m{confirmId} .confirmed");
        var overrideText = await Texts(browser, $"#m{overrideId} p.override");
        await Screenshot(browser, "review-1440.png");
        await browser.NavigateAsync(Url($"/?round=2%2F2020&theme={Theme}&lang=en"));
        var unconfirmedAfter = await Texts(browser, "td small.unconfirmed");
        var cards = await Texts(browser, ".card .unconfirmed");

        Assert.That(problemAt, Is.EqualTo(new[] { "F2", "E3", "F4" }), "every problem, each with its cell");
        Assert.That(problemCells, Has.Count.EqualTo(3), "each in an excerpt with the cell marked");
        Assert.That(changed, Is.EqualTo(new[] { "Mittari yksi", "Mittari kolme" }), "the preview names the changed texts");
        Assert.That(string.Join(" ", inserted), Does.Contain("saavutettu"));
        Assert.That(loaded, Is.EqualTo(new[] { "Workbook loaded" }));
        Assert.That(firstToCheck, Does.Contain("Mittari yksi"));
        Assert.That(confirmedText.Single(), Does.Contain("Confirmed"));
        Assert.That(overrideText.Single(), Does.Contain("Korona ei enää viivästytä"));
        Assert.That((unconfirmedBefore, unconfirmedAfter), Is.EqualTo((new[] { "unconfirmed", "unconfirmed", "unconfirmed" }, new[] { "unconfirmed" })), "the leadership page marks only the status nobody confirmed");
        Assert.That(cards, Is.EqualTo(new[] { "1 unconfirmed" }));
        Assert.That(browser.Errors, Is.Empty);
    }

    [TestCase(390)]
    [TestCase(1440)]
    public async Task Every_controller_page_fits_the_screen_without_a_console_error(int width)
    {
        await using var browser = await HeadlessChromium.StartAsync(width);
        var overflow = new Dictionary<string, bool>();
        async Task Check(string name)
        {
            overflow[name] = (bool)(await browser.EvaluateAsync("document.documentElement.scrollWidth > window.innerWidth"))!;
            await Screenshot(browser, $"{name}-{width}.png");
        }

        await browser.NavigateAsync(Url("/upload"));
        await Check("upload");
        await Choose(browser, WithThreeProblems(Temp.Path), "ennuste-2.xlsx");
        await Check("upload-problems");
        await browser.NavigateAsync(Url("/upload"));
        await Choose(browser, Corrected(Temp.Path), "ennuste-2.xlsx");
        await Check("upload-preview");
        await Click(browser, "form.confirm button");
        await Check("upload-loaded");
        await browser.NavigateAsync(Url("/uploads"));
        await Check("uploads");
        await browser.NavigateAsync(Url("/review?round=2%2F2020"));
        await Check("review");
        await browser.NavigateAsync(Url("/?round=2%2F2020"));
        await Screenshot(browser, $"cockpit-{width}.png"); // the leadership page is another issue's; its overflow at 390 px is older than these marks

        Assert.That(overflow.Where(o => o.Value).Select(o => o.Key), Is.Empty, "pages wider than the screen");
        Assert.That(browser.Errors, Is.Empty);
    }
}

/// <summary>Carl, a controller, signs in at the real provider and loads a workbook; the history says it was he.</summary>
[NonParallelizable]
public class ControllerSignedInTests : TempFolderTest
{
    [Test]
    public async Task Carl_signs_in_checks_and_loads_a_workbook_and_the_history_names_him()
    {
        if (!File.Exists(HeadlessChromium.Executable)) Assert.Ignore("chromium is not installed");
        await using var provider = await OidcProvider.StartAsync();
        await using var cockpit = await RunningCockpit.StartAsync([.. provider.CockpitArguments(), "--Cockpit:Auth:AnonymousViewers=false"]);
        await using var browser = await HeadlessChromium.StartAsync(1024);

        await browser.NavigateAsync(new Uri(cockpit.Address, "/upload?lang=en").ToString());
        await browser.EvaluateAndWaitForLoadAsync("""
            (() => { document.querySelector('input[name=login]').value = 'carl';
                     setTimeout(() => document.querySelector('form').submit(), 0); })()
            """);
        var landed = (string)(await browser.EvaluateAsync("location.pathname"))!;
        await ControllerPagesInBrowserTests.Choose(browser, Corrected(Temp.Path), "carl.xlsx");
        var preview = (await browser.EvaluateAsync("document.querySelectorAll('form.confirm button').length"))!.GetValue<int>();
        await ControllerPagesInBrowserTests.Click(browser, "form.confirm button");
        var loaded = (string)(await browser.EvaluateAsync("document.querySelector('section.loaded h2')?.textContent ?? ''"))!;
        await browser.NavigateAsync(new Uri(cockpit.Address, "/uploads?lang=en").ToString());
        var first = (await browser.EvaluateAsync("Array.from(document.querySelector('tbody tr').cells).map(c => c.textContent)"))!.AsArray().Select(n => n!.GetValue<string>()).ToList();
        await ControllerPagesInBrowserTests.Screenshot(browser, "uploads-carl.png");

        Assert.That(landed, Is.EqualTo("/upload"));
        Assert.That(preview, Is.EqualTo(1));
        Assert.That(loaded, Is.EqualTo("Workbook loaded"));
        Assert.That(first[1..4], Is.EqualTo(new[] { "Carl Controller", "carl.xlsx", "forecast" }));
        Assert.That(first[4], Is.EqualTo("loaded"));
    }
}
