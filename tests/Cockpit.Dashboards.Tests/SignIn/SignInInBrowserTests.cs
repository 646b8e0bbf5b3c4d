using System.Net;
using System.Text.Json.Nodes;
using Cockpit.Dashboards.Tests.Browser;
using Cockpit.Dashboards.Tests.Web;
using Cockpit.Testing;

namespace Cockpit.Dashboards.Tests.SignIn;

/// <summary>
/// People sign in as people do: headless Chromium goes to the cockpit, is sent to the real provider's login form, types a
/// name, and comes back to the page with their name on it. Each test starts with a browser of its own (no cookies).
/// </summary>
[NonParallelizable]
public class SignInInBrowserTests
{
    private OidcProvider provider = null!;
    private RunningCockpit cockpit = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        HeadlessChromium.RequireInstalled();
        provider = await OidcProvider.StartAsync();
        cockpit = await RunningCockpit.StartAsync([.. provider.CockpitArguments(), "--Cockpit:Auth:AnonymousViewers=false"]);
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        if (cockpit is not null) await cockpit.DisposeAsync();
        if (provider is not null) await provider.DisposeAsync();
    }

    private string Url(string path) => new Uri(cockpit.Address, path).ToString();

    /// <summary>Opens <paramref name="path"/>, signs in at the provider's form as <paramref name="login"/>, and returns where the browser lands.</summary>
    private async Task<string> SignInAsync(HeadlessChromium browser, string login, string path = "/", RunningCockpit? at = null)
    {
        await browser.NavigateAsync(new Uri((at ?? cockpit).Address, path).ToString());
        Assert.That(await Location(browser), Does.StartWith(provider.Issuer.ToString()), "sent to the provider to sign in");
        await browser.EvaluateAndWaitForLoadAsync($$"""
            (() => { document.querySelector('input[name=login]').value = '{{login}}';
                     setTimeout(() => document.querySelector('form').submit(), 0); })()
            """);
        return await Location(browser);
    }

    private static async Task<string> Location(HeadlessChromium browser) => (string)(await browser.EvaluateAsync("location.href"))!;

    private static async Task<string> Text(HeadlessChromium browser, string selector) =>
        (string?)await browser.EvaluateAsync($"document.querySelector('{selector}')?.textContent ?? ''") ?? "";

    [Test]
    public async Task A_viewer_signs_in_at_the_provider_and_lands_where_they_were_going_with_their_name_on_the_page()
    {
        await using var browser = await HeadlessChromium.StartAsync();

        var landed = await SignInAsync(browser, "vera", "/?lang=sv");

        Assert.That(landed, Is.EqualTo(Url("/?lang=sv")));
        Assert.That(await Text(browser, ".bar .name"), Is.EqualTo("Vera Viewer"));
        Assert.That(await Text(browser, ".bar .role"), Is.EqualTo("(läsare)"));
        Assert.That((int)(await browser.EvaluateAsync("document.querySelectorAll('tr[data-status]').length"))!, Is.GreaterThan(10));
        Assert.That(browser.Errors.Where(e => e.Contains(cockpit.Address.Authority, StringComparison.Ordinal)), Is.Empty,
            "no error on the cockpit's own page (the provider's form asks Google for a font, which this network refuses)");
    }

    [Test]
    public async Task A_viewer_is_refused_a_controller_s_page_with_a_sentence_and_a_person_without_a_role_is_refused_the_cockpit()
    {
        await using var vera = await HeadlessChromium.StartAsync();
        await SignInAsync(vera, "vera");
        var template = await vera.EvaluateAsync("fetch('/api/templates/monthly.xlsx').then(async r => [r.status, await r.text()])");

        await using var nobody = await HeadlessChromium.StartAsync();
        await SignInAsync(nobody, "nobody");
        var page = await nobody.EvaluateAsync("fetch('/', { headers: { Accept: 'text/html' } }).then(async r => [r.status, await r.text()])");

        Assert.That(template![0]!.GetValue<int>(), Is.EqualTo(403));
        Assert.That(template[1]!.GetValue<string>(), Does.Contain("Vera Viewer is signed in as viewer, which may not use this"));
        Assert.That(page![0]!.GetValue<int>(), Is.EqualTo(403));
        Assert.That(page[1]!.GetValue<string>(), Does.Contain("Noora Nobody is signed in but has no role in the cockpit"));
    }

    [Test]
    public async Task A_controller_uploads_with_the_page_s_token_and_the_audit_names_them_while_a_post_without_it_is_refused()
    {
        await using var browser = await HeadlessChromium.StartAsync();
        await SignInAsync(browser, "carl");
        var workbook = Convert.ToBase64String(await File.ReadAllBytesAsync(Repository.SampleWorkbook));

        var answers = await browser.EvaluateAsync($$"""
            (async () => {
              const bytes = Uint8Array.from(atob('{{workbook}}'), c => c.charCodeAt(0));
              const form = () => { const f = new FormData(); f.append('file', new File([bytes], 'ennusteet.xlsx')); return f; };
              const token = document.querySelector('input[name=__RequestVerificationToken]').value;
              const withToken = await fetch('/api/uploads?dryRun=true', { method: 'POST', body: form(), headers: { RequestVerificationToken: token } });
              const without = await fetch('/api/uploads?dryRun=true', { method: 'POST', body: form() });
              const audit = await (await fetch('/api/uploads', { headers: { Accept: 'application/json' } })).json();
              return [withToken.status, without.status, audit.map(a => a.attempted_by)];
            })()
            """);

        Assert.That(answers![0]!.GetValue<int>(), Is.EqualTo(200), "the dry run passes");
        Assert.That(answers[1]!.GetValue<int>(), Is.EqualTo(400), "no token, no upload");
        Assert.That(answers[2]!.AsArray().Select(a => a!.GetValue<string>()), Is.EqualTo(new[] { "Carl Controller" }));
    }

    [Test]
    public async Task Signing_out_ends_the_session_here_and_at_the_provider()
    {
        await using var browser = await HeadlessChromium.StartAsync();
        await SignInAsync(browser, "ada");
        var session = (await browser.CookiesAsync(cockpit.Address.ToString()))["cockpit.session"];

        await browser.EvaluateAndWaitForLoadAsync("setTimeout(() => document.querySelector('form.signout button').click(), 0)");
        Assert.That(await Location(browser), Does.StartWith(provider.Issuer.ToString()), "the provider asks to confirm");
        await browser.EvaluateAndWaitForLoadAsync("setTimeout(() => document.querySelector('button[value=yes]').click(), 0)");
        var signedOut = await Location(browser);
        await browser.NavigateAsync(Url("/"));
        var afterwards = await Location(browser);

        Assert.That(signedOut, Is.EqualTo(Url("/signed-out")));
        Assert.That(afterwards, Does.StartWith(provider.Issuer + "interaction/"), "the provider asks for a name again");
        Assert.That(await Status(session), Is.EqualTo(HttpStatusCode.Unauthorized), "a copy of the cookie ends with the session");
    }

    [Test]
    public async Task A_tampered_session_cookie_is_refused()
    {
        await using var browser = await HeadlessChromium.StartAsync();
        await SignInAsync(browser, "anna");
        var session = (await browser.CookiesAsync(cockpit.Address.ToString()))["cockpit.session"];
        var tampered = session[..^3] + (session[^3] == 'A' ? 'B' : 'A') + session[^2..];

        Assert.That(await Status(session), Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await Status(tampered), Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task An_expired_session_is_refused()
    {
        await using var shortSessions = await RunningCockpit.StartAsync([.. provider.CockpitArguments(which: 1), "--Cockpit:Auth:AnonymousViewers=false",
            "--Cockpit:Auth:Session=00:00:05"]);
        await using var browser = await HeadlessChromium.StartAsync();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await SignInAsync(browser, "vera", at: shortSessions);
        var session = (await browser.CookiesAsync(shortSessions.Address.ToString()))["cockpit.session"];
        var fresh = await Status(session, shortSessions);
        Assume.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(4)), "signing in took most of the session: the machine is too busy to tell");

        await Task.Delay(TimeSpan.FromSeconds(6));

        Assert.That(fresh, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await Status(session, shortSessions), Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    private async Task<HttpStatusCode> Status(string sessionCookie, RunningCockpit? at = null)
    {
        using var client = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = (at ?? cockpit).Address };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/goals");
        request.Headers.Add("Cookie", $"cockpit.session={sessionCookie}");
        using var answer = await client.SendAsync(request);
        return answer.StatusCode;
    }
}
