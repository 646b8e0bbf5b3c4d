namespace Cockpit.Dashboards.Tests.Web;

/// <summary>Anonymous viewing is decided by the addresses Kestrel really listens on, whichever setting put them there.</summary>
public class BindingTests
{
    [TestCase("--Kestrel:Endpoints:Http:Url=http://0.0.0.0:0")]
    [TestCase("--Kestrel:Endpoints:Http:Url=http://*:0")]
    [TestCase("--urls=http://0.0.0.0:0")]
    public async Task A_server_listening_on_every_interface_asks_a_viewer_for_a_key(string binding)
    {
        await using var cockpit = await RunningCockpit.StartAsync(binding);

        using var page = await cockpit.Client.GetAsync("/");

        Assert.That((int)page.StatusCode, Is.EqualTo(401), $"listening on {string.Join(", ", cockpit.Listening)}");
    }

    [Test]
    public async Task A_kestrel_endpoint_on_loopback_still_lets_viewers_in_without_a_key()
    {
        await using var cockpit = await RunningCockpit.StartAsync("--Kestrel:Endpoints:Http:Url=http://127.0.0.1:0");

        using var page = await cockpit.Client.GetAsync("/");

        Assert.That((int)page.StatusCode, Is.EqualTo(200), $"listening on {string.Join(", ", cockpit.Listening)}");
    }

    [Test]
    public async Task Anonymous_viewers_false_asks_for_a_key_even_on_loopback()
    {
        await using var cockpit = await RunningCockpit.StartAsync("--Cockpit:Auth:AnonymousViewers=false");

        using var page = await cockpit.Client.GetAsync("/");

        Assert.That((int)page.StatusCode, Is.EqualTo(401));
    }

    [Test]
    public async Task Anonymous_viewers_true_does_not_open_a_server_listening_on_every_interface()
    {
        await using var cockpit = await RunningCockpit.StartAsync("--urls=http://0.0.0.0:0", "--Cockpit:Auth:AnonymousViewers=true");

        using var page = await cockpit.Client.GetAsync("/");

        Assert.That((int)page.StatusCode, Is.EqualTo(401));
    }
}
