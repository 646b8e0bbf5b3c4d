using System.Net;
using Cockpit.Dashboards.Reports;
using Cockpit.Dashboards.Tests.Web;
using Cockpit.Dashboards.Web;

namespace Cockpit.Dashboards.Tests.Reports;

/// <summary>The board pack rendered once as the server starts, so that its first request is answered from the cache.</summary>
public class BoardPackWarmUpTests
{
    [Test]
    public async Task The_latest_round_s_pack_is_rendered_at_start_and_the_first_request_gets_it_from_the_cache()
    {
        await using var cockpit = await RunningCockpit.StartAsync("--Cockpit:Reports:WarmUp=true");
        using var health = await cockpit.Client.GetAsync("/healthz");
        await cockpit.Service<BoardPackWarmUp>().Completed.WaitAsync(TimeSpan.FromMinutes(2));
        var cache = cockpit.Service<ResponseCache>();
        var warmed = cache.Count;

        using var pdf = await cockpit.Client.GetAsync("/api/reports/round.pdf");
        var body = await pdf.Content.ReadAsByteArrayAsync();

        Assert.That(health.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the server answers while it warms");
        Assert.That(warmed, Is.EqualTo(1), "the warm-up kept the pack");
        Assert.That(pdf.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(body.AsSpan(0, 5).ToArray(), Is.EqualTo("%PDF-"u8.ToArray()));
        Assert.That(cache.Count, Is.EqualTo(1), "the request found the warmed pack instead of computing another");
    }
}
