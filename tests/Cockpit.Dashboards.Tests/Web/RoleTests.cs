using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;

namespace Cockpit.Dashboards.Tests.Web;

/// <summary>Every role on every endpoint, allowed and refused, with anonymous viewers switched off.</summary>
public class RoleTests
{
    private static readonly Dictionary<string, string> Keys = new()
    {
        ["viewer"] = "view-key-123", ["controller"] = "control-key-456", ["analyst"] = "analyse-key-789", ["admin"] = "admin-key-000",
    };

    private RunningCockpit cockpit = null!;

    [OneTimeSetUp]
    public async Task Start() => cockpit = await RunningCockpit.StartAsync(
        [.. TestKeys.ByRole(Keys), "--Cockpit:Auth:AnonymousViewers=false", "--Cockpit:Auth:Failures:Limit=1000"]); // 15 wrong keys on purpose

    [OneTimeTearDown]
    public async Task Stop() => await cockpit.DisposeAsync();

    public static IEnumerable<TestCaseData> Cases()
    {
        string[] views = ["/", "/api/rounds", "/api/goals", "/api/goals/1", "/api/status-summary", "/api/charts/status-trend.png", "/api/tiles/goals", "/api/overrides", "/api/schema", "/openapi/v1.json"];
        foreach (var path in views)
        {
            yield return new TestCaseData("GET", path, null, 401).SetName($"GET {path} without a key is 401");
            yield return new TestCaseData("GET", path, "wrong-key", 401).SetName($"GET {path} with an unknown key is 401");
            foreach (var role in Keys.Keys) yield return new TestCaseData("GET", path, role, 200).SetName($"GET {path} as {role} is 200");
        }
        foreach (var (role, status) in new[] { ((string?)null, 401), ("wrong-key", 401), ("viewer", 403), ("analyst", 403), ("controller", 201), ("admin", 201) })
            yield return new TestCaseData("POST", "/api/overrides", role, status).SetName($"POST /api/overrides as {role ?? "nobody"} is {status}");
        foreach (var path in new[] { "/api/uploads", "/api/uploads/1/file", "/api/templates/monthly.xlsx" })
            foreach (var (role, status) in new[] { ((string?)null, 401), ("wrong-key", 401), ("viewer", 403), ("analyst", 403), ("controller", 200), ("admin", 200) })
                yield return new TestCaseData("GET", path, role, status).SetName($"GET {path} as {role ?? "nobody"} is {status}");
        foreach (var (role, status) in new[] { ((string?)null, 401), ("wrong-key", 401), ("viewer", 403), ("analyst", 403), ("controller", 400), ("admin", 400) })
            yield return new TestCaseData("POST", "/api/uploads", role, status).SetName($"POST /api/uploads as {role ?? "nobody"} is {status} (allowed, but no form)");
        yield return new TestCaseData("GET", "/healthz", null, 200).SetName("GET /healthz needs no key");
    }

    [TestCaseSource(nameof(Cases))]
    public async Task Each_role_reaches_what_it_may_and_nothing_else(string method, string path, string? role, int expected)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (role is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Keys.GetValueOrDefault(role, role));
        if (method == "POST") request.Content = JsonContent.Create(new { metric = 3, round = "2/2020", status = "at_risk", reason = "testi" });
        // An upload sent as JSON reaches the endpoint only when the role may upload, which then says it wants a form (400).

        using var response = await cockpit.Client.SendAsync(request);

        Assert.That((int)response.StatusCode, Is.EqualTo(expected));
        if (expected is 401 or 403)
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        if (expected == 401)
            Assert.That(response.Headers.WwwAuthenticate.ToString(), Does.Contain("Bearer"));
    }

    [Test]
    public async Task A_controller_s_override_shows_at_once_with_the_key_s_name_and_can_be_cleared()
    {
        using var controller = Authorized("controller");
        var before = await Goal(controller, 4);

        using var set = await controller.PostAsJsonAsync("/api/overrides", new { metric = 4, round = "2/2020", status = "will_not_be_met", reason = "Rahoitus päättyi" });
        var after = await Goal(controller, 4);
        var history = await controller.GetStringAsync("/api/overrides");
        using var cleared = await controller.PostAsJsonAsync("/api/overrides/clear", new { metric = 4, round = "2/2020", reason = "Rahoitus jatkuu" });
        var restored = await Goal(controller, 4);

        Assert.That(set.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That((after.Status, after.Source), Is.EqualTo(("will_not_be_met", "override")));
        Assert.That(history, Does.Contain("\"set_by\":\"Controller Key\"").And.Contain("Rahoitus päättyi"));
        Assert.That(cleared.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(restored, Is.EqualTo(before));
    }

    [TestCase("{\"metric\": 3, \"round\": \"5/2020\", \"status\": \"at_risk\", \"reason\": \"x\"}", 400, "/problems/bad-filter")]
    [TestCase("{\"metric\": 3, \"round\": \"2/2020\", \"status\": \"green\", \"reason\": \"x\"}", 400, "/problems/bad-override")]
    [TestCase("{\"metric\": 3, \"round\": \"2/2020\", \"status\": \"at_risk\", \"reason\": \" \"}", 400, "/problems/bad-override")]
    [TestCase("{\"metric\": 999, \"round\": \"2/2020\", \"status\": \"at_risk\", \"reason\": \"x\"}", 404, "/problems/unknown-metric")]
    public async Task A_bad_override_is_a_problem_and_changes_nothing(string body, int status, string type)
    {
        using var admin = Authorized("admin");
        var version = await Version(admin);

        using var response = await admin.PostAsync("/api/overrides", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.That((int)response.StatusCode, Is.EqualTo(status));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain(type));
        Assert.That(await Version(admin), Is.EqualTo(version));
    }

    private HttpClient Authorized(string role)
    {
        var client = new HttpClient { BaseAddress = cockpit.Address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Keys[role]);
        return client;
    }

    private static async Task<(string Status, string Source)> Goal(HttpClient client, int id)
    {
        var goals = await client.Json("/api/goals?round=2/2020");
        var goal = goals.Rows().Single(g => g.GetProperty("id").GetInt64() == id);
        return (goal.Str("status"), goal.Str("status_source"));
    }

    private static async Task<string> Version(HttpClient client) => (await client.Json("/healthz")).Str("data");

}
