using System.Net.Http.Json;
using System.Text.Json;
using Cockpit.Dashboards.Tests.Crash;
using Cockpit.Dashboards.Tests.Web;

namespace Cockpit.Dashboards.Tests.OData;

/// <summary>The key in the URL against the server as its own process, logging everything it can: no line of its output holds a key.</summary>
public class ODataKeyLogTests
{
    private const string Key = "log-viewer-key-5c1f0e";
    private const string Wrong = "log-wrong-key-9a7d3b";

    [Test]
    public async Task NoLogLineHoldsAKeySentInTheUrl()
    {
        using var temp = new Cockpit.Testing.TempDirectory();
        var environment = new Dictionary<string, string>
        {
            ["Cockpit__Auth__ApiKeys__0__Name"] = "Log Viewer", ["Cockpit__Auth__ApiKeys__0__Role"] = "viewer",
            ["Cockpit__Auth__ApiKeys__0__Sha256"] = TestKeys.Hash(Key), ["Cockpit__Auth__AnonymousViewers"] = "false", ["Cockpit__Auth__LocalAdmin"] = "false",
            ["Logging__LogLevel__Default"] = "Trace", ["Logging__LogLevel__Microsoft"] = "Trace", ["Logging__LogLevel__Microsoft.AspNetCore"] = "Trace",
            ["Cockpit__OData__PageSize"] = "4",
        };
        using var server = await ServerProcess.StartAsync(temp.File("cockpit.duckdb"), environment);
        using var client = new HttpClient { BaseAddress = server.Address };
        foreach (var (url, status) in new[]
        {
            ($"/odata/Budget?$filter=actual gt 0&api_key={Key}", 200), ($"/odata/$metadata?api_key={Key}", 200),
            ($"/api/views/v_budget.csv?api_key={Key}", 200), ($"/odata/Budget?api_key={Wrong}", 401),
            ($"/api/rounds?api_key={Key}", 401), ($"/odata/Nope?api_key={Key}", 404), ($"/odata/Budget?$filter=x eq&api_key={Key}", 400),
        })
        {
            using var response = await client.GetAsync(url);
            Assert.That((int)response.StatusCode, Is.EqualTo(status), url);
        }
        await Task.Delay(TimeSpan.FromSeconds(1.5)); // the console logger writes from its own queue
        var output = server.Output;
        Assert.That(output, Has.Some.Contains("/odata/Budget"), "the requests were logged, with their paths");
        Assert.That(output.Where(l => l.Contains(Key, StringComparison.Ordinal) || l.Contains(Wrong, StringComparison.Ordinal)), Is.Empty);
    }

    [Test]
    public async Task EveryPageOfAReadShowsTheMomentItBegan()
    {
        await using var cockpit = await RunningCockpit.StartAsync([.. TestKeys.ByRole(ODataFeedTests.Keys), "--Cockpit:OData:PageSize=3"]);
        var (viewer, second) = await BeginReadThenOverride(cockpit);
        var page = await viewer.GetFromJsonAsync<JsonElement>(second.NextLink);
        Assert.That(page.GetProperty("value")[0].GetProperty("status").GetString(), Is.EqualTo(second.Status), "the read goes on as of its first page");
        var again = await viewer.GetFromJsonAsync<JsonElement>($"/odata/Forecasts?$filter=metric_id eq {second.Metric} and round eq '{second.Round}'");
        Assert.That(again.GetProperty("value")[0].GetProperty("status").GetString(), Is.EqualTo("at_risk"), "a new read sees the change");
        viewer.Dispose();
    }

    [Test]
    public async Task ANextLinkWhoseReadWasClosedIsRefusedOnceTheDataChanged()
    {
        await using var cockpit = await RunningCockpit.StartAsync([.. TestKeys.ByRole(ODataFeedTests.Keys), "--Cockpit:OData:PageSize=3", "--Cockpit:OData:OpenReads=0"]);
        var (viewer, second) = await BeginReadThenOverride(cockpit);
        using var stale = await viewer.GetAsync(second.NextLink);
        Assert.That((int)stale.StatusCode, Is.EqualTo(409));
        var error = (await stale.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error");
        Assert.That(error.GetProperty("code").GetString(), Is.EqualTo("DataChanged"));
        Assert.That(error.GetProperty("message").GetString(), Does.Contain("read the feed again"));
        viewer.Dispose();
    }

    private const string Query = "/odata/Forecasts?$select=metric_id,round,status&$filter=status ne 'at_risk'";

    // Reads the first page, then a controller sets the status of the second page's first row.
    private static async Task<(HttpClient Viewer, (string NextLink, string Status, int Metric, string Round) Second)> BeginReadThenOverride(RunningCockpit cockpit)
    {
        var viewer = ODataFeedTests.Signed(cockpit, ODataFeedTests.Keys["viewer"]);
        using var controller = ODataFeedTests.Signed(cockpit, ODataFeedTests.Keys["controller"]);
        var row = (await viewer.GetFromJsonAsync<JsonElement>(Query + "&$skip=3")).GetProperty("value")[0];
        var (metric, round) = (row.GetProperty("metric_id").GetInt32(), row.GetProperty("round").GetString()!);
        var first = await viewer.GetFromJsonAsync<JsonElement>(Query);
        using var set = await controller.PostAsJsonAsync("/api/overrides", new { metric, round, status = "at_risk", reason = "test" });
        Assert.That((int)set.StatusCode, Is.EqualTo(201), await set.Content.ReadAsStringAsync());
        return (viewer, (first.GetProperty("@odata.nextLink").GetString()!, row.GetProperty("status").GetString()!, metric, round));
    }
}
