using System.Net;
using System.Net.Http.Json;
using Cockpit.Dashboards.Tests.Web;

namespace Cockpit.Dashboards.Tests.SignIn;

/// <summary>
/// The README's first command: on a loopback-only server with no provider, the person at the machine is an administrator
/// named "local". Never when the server listens elsewhere, a proxy forwards the request, or a provider is configured.
/// </summary>
public class LocalAdminTests
{
    private static Task<RunningCockpit> Local(params string[] args) => RunningCockpit.StartAsync(["--Cockpit:Auth:LocalAdmin=true", .. args]);

    [Test]
    public async Task The_local_person_uses_every_page_and_endpoint_and_is_named_local_in_what_they_change()
    {
        await using var cockpit = await Local();
        using var html = new HttpRequestMessage(HttpMethod.Get, "/?lang=en");
        html.Headers.Accept.ParseAdd("text/html");

        using var page = await cockpit.Client.SendAsync(html);
        using var uploads = await cockpit.Client.GetAsync("/api/uploads");
        using var set = await cockpit.Client.PostAsJsonAsync("/api/overrides", new { metric = 4, round = "2/2020", status = "at_risk", reason = "local check" });
        var history = await cockpit.Client.GetStringAsync("/api/overrides");

        var body = await page.Content.ReadAsStringAsync();
        Assert.That(body, Does.Contain("<span class=\"name\">local</span> <span class=\"role\">(administrator)</span>"));
        Assert.That(body, Does.Not.Contain("action=\"/signout\""), "nobody to sign out");
        Assert.That(uploads.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(set.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(history, Does.Contain("\"set_by\":\"local\""));
    }

    [Test]
    public async Task A_form_another_site_makes_the_local_browser_send_is_refused()
    {
        await using var cockpit = await Local();
        using var form = new MultipartFormDataContent { { new ByteArrayContent([1, 2, 3]), "file", "x.xlsx" } };

        using var answer = await cockpit.Client.PostAsync("/api/uploads", form);

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await answer.Content.ReadAsStringAsync(), Does.Contain("/problems/bad-form-token"));
        Assert.That(await cockpit.Client.GetStringAsync("/api/uploads"), Is.EqualTo("[]"), "not even an attempt recorded");
    }

    [TestCase("--urls=http://0.0.0.0:0")]
    [TestCase("--Cockpit:Auth:LocalAdmin=false")]
    [TestCase("--Cockpit:Proxy:KnownProxies:0=10.0.0.1")]
    [TestCase("--Cockpit:Auth:Oidc:Authority=https://login.example.org/tenant/v2.0", "--Cockpit:Auth:Oidc:ClientId=cockpit")]
    public async Task Nobody_is_local_when(params string[] setting)
    {
        await using var cockpit = await Local(setting);

        using var uploads = await cockpit.Client.GetAsync("/api/uploads");

        Assert.That(uploads.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task A_request_a_proxy_forwarded_is_not_local()
    {
        await using var cockpit = await Local();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/uploads");
        request.Headers.Add("X-Forwarded-For", "203.0.113.9");

        using var uploads = await cockpit.Client.SendAsync(request);

        Assert.That(uploads.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }
}
