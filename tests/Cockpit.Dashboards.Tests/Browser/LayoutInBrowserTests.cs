using System.Net;
using System.Net.Http.Headers;
using Cockpit.Dashboards.Tests.Web;
using Cockpit.Testing;

namespace Cockpit.Dashboards.Tests.Browser;

/// <summary>
/// The leadership page as leadership sees it on a phone (390 px) and a laptop (1440 px): nothing wider than the screen,
/// every image sized before it loads, no console error; and on paper: no form, every metric's forecast text. The round of
/// the year before is loaded too (every metric of 2/2020 as 2/2019), so that each row carries its "last year" badge and each
/// metric page the year before beside its round.
/// </summary>
[NonParallelizable]
public class LayoutInBrowserTests
{
    private RunningCockpit cockpit = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        HeadlessChromium.RequireInstalled();
        cockpit = await RunningCockpit.StartAsync(TestKeys.Arguments(new TestKey("Layout Controller", "controller", ControllerKey)));
        await LoadTheYearBefore();
    }

    private const string ControllerKey = "layout-controller";

    // Every metric of 2/2020 again as 2/2019, by its theme, goal and metric wording, with the same text.
    private async Task LoadTheYearBefore()
    {
        using var folder = new TempDirectory();
        var sheet = new WorkbookBuilder().Sheet("Ennusteet").Row(1, null, "Teema", "Sitova toiminnan tavoite", "Mittari", "Ennuste 2/2019");
        var row = 2;
        foreach (var goal in (await cockpit.Client.Json("/api/goals?round=2%2F2020")).Rows())
            sheet.Row(row++, null, goal.Str("theme"), goal.Str("goal"), goal.Str("metric"), goal.Str("text"));
        var file = new ByteArrayContent(File.ReadAllBytes(sheet.Save(folder.File("ennuste-2019.xlsx"))));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        using var upload = new HttpRequestMessage(HttpMethod.Post, "/api/uploads") { Content = new MultipartFormDataContent { { file, "file", "ennuste-2019.xlsx" } } };
        upload.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ControllerKey);
        using var loaded = await cockpit.Client.SendAsync(upload);
        Assert.That(loaded.StatusCode, Is.EqualTo(HttpStatusCode.Created), await loaded.Content.ReadAsStringAsync());
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        if (cockpit is not null) await cockpit.DisposeAsync();
    }

    [TestCase(390, "/?lang=fi")]
    [TestCase(390, "/?lang=sv&sort=status")]
    [TestCase(1440, "/?lang=en")]
    [TestCase(390, "/metrics/3?lang=fi")]
    [TestCase(1440, "/metrics/3?lang=en")]
    public async Task Nothing_is_wider_than_the_screen_every_image_is_sized_and_nothing_fails(int width, string path)
    {
        await using var browser = await HeadlessChromium.StartAsync(width, 900);
        await browser.NavigateAsync(new Uri(cockpit.Address, path).ToString());

        var overflow = await browser.EvaluateAsync("""
            Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > innerWidth + 1
                && !e.closest('.table')).map(e => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().width)}px`).slice(0, 5)
            """);
        var pageWidth = (int)(await browser.EvaluateAsync("document.documentElement.scrollWidth"))!;
        var unsized = await browser.EvaluateAsync("Array.from(document.images).filter(i => !i.getAttribute('width') || !i.getAttribute('height')).map(i => i.src)");
        var screenshot = Path.Combine(TestContext.CurrentContext.WorkDirectory, $"layout-{width}-{string.Concat(path.Where(char.IsLetterOrDigit))}.png");
        await File.WriteAllBytesAsync(screenshot, await browser.ScreenshotAsync());
        TestContext.AddTestAttachment(screenshot, $"{path} at {width} px");

        Assert.That(overflow!.AsArray(), Is.Empty, "elements past the right edge");
        Assert.That(pageWidth, Is.LessThanOrEqualTo(width), "no horizontal scrolling");
        Assert.That(unsized!.AsArray(), Is.Empty, "images without width and height");
        Assert.That(browser.Errors, Is.Empty);
        if (width == 390 && path.StartsWith("/?", StringComparison.Ordinal))
            Assert.That((int)(await browser.EvaluateAsync("document.querySelectorAll('.last-year .badge').length"))!, Is.GreaterThan(5), "the year before is on the page");
    }

    [Test]
    public async Task On_paper_the_form_is_gone_and_every_metric_s_forecast_text_is_there()
    {
        await using var browser = await HeadlessChromium.StartAsync(1000, 900);
        await browser.NavigateAsync(new Uri(cockpit.Address, "/?round=2%2F2020").ToString());
        var texts = (await cockpit.Client.Json("/api/goals?round=2%2F2020")).Rows().Select(r => r.Str("text")).Where(t => t.Length > 0).ToList();

        var onScreen = (string)(await browser.EvaluateAsync("document.body.innerText"))!;
        await browser.EmulateMediaAsync("print");
        var onPaper = (string)(await browser.EvaluateAsync("document.body.innerText"))!;
        var formShown = (bool)(await browser.EvaluateAsync("document.querySelector('form.filters').getClientRects().length > 0"))!;

        Assert.That(texts, Has.Count.GreaterThan(5));
        Assert.That(texts.Count(t => onScreen.Contains(FirstLine(t), StringComparison.Ordinal)), Is.Zero, "on screen the texts wait behind a click");
        Assert.That(texts.Where(t => !onPaper.Contains(FirstLine(t), StringComparison.Ordinal)), Is.Empty, "every text on paper");
        Assert.That(formShown, Is.False);
    }

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();
}
