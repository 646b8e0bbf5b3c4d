using System.Net;
using System.Net.Http.Headers;
using System.Web;
using Cockpit.Dashboards.Tests.Web;
using Cockpit.Dashboards.Web;

namespace Cockpit.Dashboards.Tests.SignIn;

/// <summary>
/// A cockpit with a real OpenID Connect provider and anonymous viewers off, seen over HTTP: browsers are sent to sign in,
/// programs get 401, keys still work, forms need their token, forged answers from the "provider" are refused and counted.
/// </summary>
public class SignInTests
{
    private const string ViewerKey = "viewer-key-for-sign-in-tests";

    private OidcProvider provider = null!;
    private RunningCockpit cockpit = null!;
    private HttpClient browser = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        provider = await OidcProvider.StartAsync();
        cockpit = await RunningCockpit.StartAsync([.. provider.CockpitArguments(), .. TestKeys.Arguments(new TestKey("Viewer Key", "viewer", ViewerKey)),
            "--Cockpit:Auth:AnonymousViewers=false", "--Cockpit:Auth:Failures:Limit=5"]);
        browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = cockpit.Address };
        browser.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml");
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        browser?.Dispose();
        if (cockpit is not null) await cockpit.DisposeAsync();
        if (provider is not null) await provider.DisposeAsync();
    }

    [Test]
    public async Task A_browser_without_a_session_is_sent_to_the_provider_with_state_and_an_S256_code_challenge()
    {
        using var page = await browser.GetAsync("/?lang=sv");

        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var to = page.Headers.Location!;
        var query = HttpUtility.ParseQueryString(to.Query);
        Assert.That(to.GetLeftPart(UriPartial.Path), Is.EqualTo(new Uri(provider.Issuer, "/auth").ToString()));
        Assert.That(query["client_id"], Is.EqualTo(OidcProvider.ClientId));
        Assert.That(query["response_type"], Is.EqualTo("code"));
        Assert.That(query["state"], Is.Not.Empty);
        Assert.That(query["code_challenge_method"], Is.EqualTo("S256"));
        Assert.That(query["code_challenge"], Has.Length.EqualTo(43), "base64url of a SHA-256");
        Assert.That(query["redirect_uri"], Is.EqualTo(provider.CockpitUrl + "/signin-oidc"));
    }

    [Test]
    public async Task With_pushed_authorization_the_browser_carries_only_a_reference_to_the_request()
    {
        await using var pushing = await RunningCockpit.StartAsync([.. provider.CockpitArguments(which: 1), "--Cockpit:Auth:AnonymousViewers=false",
            "--Cockpit:Auth:Oidc:PushedAuthorization=true"]);
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = pushing.Address };
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html");

        using var page = await client.GetAsync("/");

        var query = HttpUtility.ParseQueryString(page.Headers.Location!.Query);
        Assert.That(query.AllKeys, Is.EquivalentTo(new[] { "client_id", "request_uri" }));
        Assert.That(query["request_uri"], Does.StartWith("urn:ietf:params:oauth:request_uri:"));
    }

    [TestCase("/api/goals", "text/html")]
    [TestCase("/", "application/json")]
    [TestCase("/api/charts/status-trend.png", "image/png")]
    public async Task A_program_gets_401_with_WWW_Authenticate_never_a_redirect(string path, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd(accept);
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = cockpit.Address };

        using var answer = await client.SendAsync(request);

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(answer.Headers.WwwAuthenticate.ToString(), Does.Contain("Bearer"));
        Assert.That(answer.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }

    [Test]
    public async Task A_key_still_answers_200()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/goals");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ViewerKey);

        using var answer = await cockpit.Client.SendAsync(request);

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task The_sign_out_page_without_a_session_goes_home_and_the_signed_out_page_says_so_under_a_strict_policy()
    {
        using var signout = await browser.GetAsync("/signout");
        using var signedOut = await browser.GetAsync("/signed-out?lang=en");
        var html = await signedOut.Content.ReadAsStringAsync();

        Assert.That((signout.StatusCode, signout.Headers.Location?.ToString()), Is.EqualTo((HttpStatusCode.Redirect, "/")));
        Assert.That(html, Does.Contain("You have signed out.").And.Contain("href=\"/signin\""));
        var csp = signedOut.Headers.GetValues("Content-Security-Policy").Single();
        Assert.That(csp, Does.Contain("script-src 'self'").And.Contain("style-src 'self'").And.Contain("frame-ancestors 'none'")
            .And.Contain($"form-action 'self' {provider.Issuer.GetLeftPart(UriPartial.Authority)}"));
        Assert.That(signedOut.Headers.GetValues("X-Content-Type-Options").Single(), Is.EqualTo("nosniff"));
        Assert.That(signedOut.Headers.GetValues("Referrer-Policy").Single(), Is.EqualTo("same-origin"));
        Assert.That(html, Does.Not.Contain("<script").And.Not.Contain("style=").And.Not.Contain("<style"), "nothing inline");
    }

    [Test]
    public async Task A_form_post_without_its_token_is_400_and_changes_nothing()
    {
        using var form = new FormUrlEncodedContent([new("metric", "3")]);

        using var answer = await browser.PostAsync("/signout", form);

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await answer.Content.ReadAsStringAsync(), Does.Contain(Problems.BadFormToken));
    }

    [Test]
    public async Task Forged_answers_from_the_provider_are_refused_then_limited_with_Retry_After()
    {
        await using var limited = await RunningCockpit.StartAsync([.. provider.CockpitArguments()[2..], "--Cockpit:Auth:AnonymousViewers=false",
            "--Cockpit:Auth:Failures:Limit=3", "--Cockpit:Auth:Failures:WindowSeconds=600"]);
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = limited.Address };

        var statuses = new List<int>();
        for (var i = 0; i < 5; i++)
        {
            using var answer = await client.GetAsync($"/signin-oidc?code=forged-{i}&state=forged&iss={Uri.EscapeDataString(provider.Issuer.ToString())}");
            statuses.Add((int)answer.StatusCode);
            if (i == 4) Assert.That(answer.Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.Zero));
        }

        Assert.That(statuses, Is.EqualTo(new[] { 401, 401, 401, 429, 429 }));
    }

    [Test]
    public void A_provider_without_HTTPS_off_loopback_stops_the_start_with_a_sentence()
    {
        var failure = Assert.Throws<InvalidOperationException>(() => CockpitServer.Build(["--db", Path.Combine(Path.GetTempPath(), "never.duckdb"),
            "--Cockpit:Auth:Oidc:Authority=http://login.example.org/tenant/v2.0", "--Cockpit:Auth:Oidc:ClientId=c",
            "--Cockpit:Auth:Oidc:RequireHttpsMetadata=false"]));

        Assert.That(failure!.Message, Does.Contain("RequireHttpsMetadata=false is allowed only for a provider on a loopback address"));
    }
}
