using System.Web;
using Cockpit.Dashboards.Tests.Web;

namespace Cockpit.Dashboards.Tests.SignIn;

/// <summary>
/// Behind a TLS proxy, the scheme and host the person used come from X-Forwarded-* headers, believed only from the
/// configured proxy: then the provider sends them back to the public HTTPS address, cookies are Secure and HSTS is on.
/// </summary>
public class ProxyTests
{
    private static async Task<HttpResponseMessage> SignInThroughProxy(RunningCockpit cockpit)
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = cockpit.Address };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/signin");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Host", "kojelauta.hel.fi");
        request.Headers.Add("X-Forwarded-For", "203.0.113.9");
        return await client.SendAsync(request);
    }

    [Test]
    public async Task Headers_from_the_configured_proxy_give_the_public_https_address_secure_cookies_and_HSTS()
    {
        await using var provider = await OidcProvider.StartAsync();
        await using var cockpit = await RunningCockpit.StartAsync([.. provider.CockpitArguments()[2..], "--Cockpit:Proxy:KnownProxies:0=127.0.0.1"]);

        using var answer = await SignInThroughProxy(cockpit);

        var query = HttpUtility.ParseQueryString(answer.Headers.Location!.Query);
        Assert.That(query["redirect_uri"], Is.EqualTo("https://kojelauta.hel.fi/signin-oidc"));
        Assert.That(answer.Headers.GetValues("Set-Cookie"), Has.All.Contain("secure").And.All.Contain("httponly").And.All.Contain("samesite=lax"));
        Assert.That(answer.Headers.GetValues("Strict-Transport-Security").Single(), Does.Contain("max-age="));
    }

    [Test]
    public async Task The_same_headers_from_anyone_else_are_ignored()
    {
        await using var provider = await OidcProvider.StartAsync();
        await using var cockpit = await RunningCockpit.StartAsync(provider.CockpitArguments()[2..]);

        using var answer = await SignInThroughProxy(cockpit);

        var query = HttpUtility.ParseQueryString(answer.Headers.Location!.Query);
        Assert.That(query["redirect_uri"], Is.EqualTo($"http://{cockpit.Address.Authority}/signin-oidc"));
        Assert.That(answer.Headers.GetValues("Set-Cookie"), Has.None.Contain("secure"));
        Assert.That(answer.Headers.Contains("Strict-Transport-Security"), Is.False);
    }
}
