using System.Net.Http.Headers;

namespace Cockpit.Dashboards.Tests.Web;

/// <summary>
/// While viewers need no key, only loopback names may be asked for: a page on evil.example whose name is re-pointed at
/// 127.0.0.1 (DNS rebinding) must not read the cockpit through its visitor's browser.
/// </summary>
public class AllowedHostTests : CockpitServerTest
{
    [TestCase("evil.example")]
    [TestCase("evil.example:5080")]
    [TestCase("localhost.evil.example")]
    [TestCase("127.0.0.1.nip.io")]
    [TestCase("10.0.0.5")]
    public async Task A_request_for_another_host_name_is_a_400_problem_while_viewers_need_no_key(string host)
    {
        foreach (var path in new[] { "/", "/api/goals", "/healthz" })
        {
            using var response = await Send(Cockpit, path, host);
            Assert.That((int)response.StatusCode, Is.EqualTo(400), $"{host} {path}");
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("/problems/bad-host"));
        }
    }

    [TestCase("localhost")]
    [TestCase("LOCALHOST:5080")]
    [TestCase("cockpit.localhost")]
    [TestCase("127.0.0.1")]
    [TestCase("127.3.2.1:80")]
    [TestCase("[::1]:5080")]
    public async Task A_loopback_name_or_address_is_served(string host)
    {
        using var response = await Send(Cockpit, "/", host);

        Assert.That((int)response.StatusCode, Is.EqualTo(200), host);
    }

    [Test]
    public async Task A_name_in_allowed_hosts_is_served_too()
    {
        await using var cockpit = await RunningCockpit.StartAsync("--AllowedHosts=cockpit.example;localhost");

        using var named = await Send(cockpit, "/", "cockpit.example");
        using var other = await Send(cockpit, "/", "evil.example");

        Assert.That((int)named.StatusCode, Is.EqualTo(200));
        Assert.That((int)other.StatusCode, Is.EqualTo(400));
    }

    [Test]
    public async Task With_keys_required_any_host_name_may_ask()
    {
        const string Key = "host-test-key";
        await using var cockpit = await RunningCockpit.StartAsync(
            [.. TestKeys.Arguments(new TestKey("Viewer", "viewer", Key)), "--Cockpit:Auth:AnonymousViewers=false"]);

        using var response = await Send(cockpit, "/", "cockpit.example.org", Key);

        Assert.That((int)response.StatusCode, Is.EqualTo(200));
    }

    private static async Task<HttpResponseMessage> Send(RunningCockpit cockpit, string path, string host, string? key = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = host;
        if (key is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return await cockpit.Client.SendAsync(request);
    }
}
