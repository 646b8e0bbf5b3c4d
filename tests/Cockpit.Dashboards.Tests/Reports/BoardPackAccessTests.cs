using System.Net.Http.Headers;
using Cockpit.Dashboards.Tests.Web;

namespace Cockpit.Dashboards.Tests.Reports;

/// <summary>The board pack is for viewers and up, as the page is: with anonymous viewers off, no key is a 401.</summary>
public class BoardPackAccessTests
{
    private static readonly Dictionary<string, string> Keys = new()
    {
        ["viewer"] = "view-key-123", ["controller"] = "control-key-456", ["analyst"] = "analyse-key-789", ["admin"] = "admin-key-000",
    };

    private RunningCockpit cockpit = null!;

    [OneTimeSetUp]
    public async Task Start() => cockpit = await RunningCockpit.StartAsync([.. TestKeys.ByRole(Keys), "--Cockpit:Auth:AnonymousViewers=false"]);

    [OneTimeTearDown]
    public async Task Stop() => await cockpit.DisposeAsync();

    [TestCase(null, 401)]
    [TestCase("wrong-key", 401)]
    [TestCase("viewer", 200)]
    [TestCase("controller", 200)]
    [TestCase("analyst", 200)]
    [TestCase("admin", 200)]
    public async Task Viewers_and_up_get_the_board_pack_and_nobody_else(string? role, int expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/reports/round.pdf?lang=en");
        if (role is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Keys.GetValueOrDefault(role, role));

        using var response = await cockpit.Client.SendAsync(request);

        Assert.That((int)response.StatusCode, Is.EqualTo(expected));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo(expected == 200 ? "application/pdf" : "application/problem+json"));
    }
}
