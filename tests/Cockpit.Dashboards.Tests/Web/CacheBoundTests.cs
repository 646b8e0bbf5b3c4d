using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Cockpit.Dashboards.Web;
using Cockpit.Testing;
using Microsoft.Extensions.Options;

namespace Cockpit.Dashboards.Tests.Web;

/// <summary>The response cache is keyed on what an answer is computed from, and holds no more bytes than its cap.</summary>
public class CacheBoundTests
{
    private const string ControllerKey = "cache-controller-key";

    [Test]
    public async Task Two_thousand_requests_with_junk_parameters_are_one_cache_entry_each_and_memory_stays_flat()
    {
        await using var cockpit = await RunningCockpit.StartAsync(TestKeys.Arguments(new TestKey("Controller", "controller", ControllerKey)));
        await OverrideWithAMegabyteReason(cockpit);
        var tableBytes = (await cockpit.Client.GetByteArrayAsync("/api/overrides")).Length;
        var pageBytes = (await cockpit.Client.GetByteArrayAsync("/")).Length;
        await Both(cockpit, 1, 50); // warm: JIT, pools and threads grow in the first requests, cache or not
        var before = ResidentMegabytes();
        var started = DateTime.UtcNow;

        await Both(cockpit, 50, 1000);

        var after = ResidentMegabytes();
        var cache = cockpit.Service<ResponseCache>();
        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"VmRSS {before} MB before, {after} MB after 2 × 950 GET /api/overrides?junk=N and /?junk=N (table {tableBytes:N0} bytes, page {pageBytes:N0}; {(DateTime.UtcNow - started).TotalSeconds:0.0} s); cache {cache.Count} entries, {cache.Bytes:N0} bytes"));
        Assert.That(cache.Count, Is.EqualTo(2));
        Assert.That(after - before, Is.LessThan(100));
    }

    [Test]
    public async Task A_junk_parameter_keeps_the_etag_so_the_client_s_copy_still_holds()
    {
        await using var cockpit = await RunningCockpit.StartAsync();
        using var plain = await cockpit.Client.GetAsync("/api/goals?round=2/2020");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/goals?round=2/2020&utm_source=mail&_=1718000000");
        request.Headers.IfNoneMatch.Add(plain.Headers.ETag!);

        using var junk = await cockpit.Client.SendAsync(request);

        Assert.That((int)junk.StatusCode, Is.EqualTo(304));
    }

    [Test]
    public async Task Two_thousand_distinct_themes_fill_the_cache_only_up_to_its_byte_cap()
    {
        const long Cap = 1 << 20;
        await using var cockpit = await RunningCockpit.StartAsync($"--Cockpit:Cache:MaxBytes={Cap}");
        var cache = cockpit.Service<ResponseCache>();
        var padding = new string('t', 2000);

        for (var n = 0; n < 2000; n++)
        {
            using var table = await cockpit.Client.GetAsync($"/api/goals?theme={padding}{n}");
            Assert.That((int)table.StatusCode, Is.EqualTo(200));
        }

        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cache after 2,000 themes: {cache.Count} entries, {cache.Bytes:N0} bytes (cap {Cap:N0})"));
        Assert.That(cache.Bytes, Is.LessThanOrEqualTo(Cap));
        Assert.That(cache.Count, Is.InRange(1, 1999));
    }

    [Test]
    public void The_least_recently_used_answer_is_dropped_first()
    {
        var cache = Cache(maxBytes: 10_000); // room for 8 entries of 1,224 bytes (body, key, type, overhead)
        var computed = new List<string>();
        CachedResponse Get(string key) => cache.GetOrCompute(key, () => { computed.Add(key); return new CachedResponse(new byte[1000], "text/plain"); });

        foreach (var key in new[] { "a", "b", "c", "d", "e", "f", "g", "h" }) Get(key);
        Get("a");
        Get("i");
        Get("a");
        Get("b");

        Assert.That(computed, Is.EqualTo(new[] { "a", "b", "c", "d", "e", "f", "g", "h", "i", "b" }), "a, used again, stayed; b, the oldest, made room for i");
        Assert.That(cache.Bytes, Is.LessThanOrEqualTo(10_000));
    }

    [Test]
    public void An_answer_over_an_eighth_of_the_cap_is_served_but_not_kept()
    {
        var cache = Cache(maxBytes: 80_000);
        var computed = 0;
        CachedResponse Big() { computed++; return new CachedResponse(new byte[10_001], "image/png"); }

        cache.GetOrCompute("big", Big);
        cache.GetOrCompute("big", Big);

        Assert.That((computed, cache.Count), Is.EqualTo((2, 0)));
    }

    private static ResponseCache Cache(long maxBytes) => new(new DataVersion(), Options.Create(new CacheOptions { MaxBytes = maxBytes }));

    private static async Task Both(RunningCockpit cockpit, int from, int to)
    {
        for (var n = from; n < to; n++)
        {
            foreach (var path in new[] { $"/api/overrides?junk={n}", $"/?junk={n}" })
            {
                // Read and dropped as it comes, so that the client's buffers do not count as the server's memory.
                using var response = await cockpit.Client.GetAsync(path, HttpCompletionOption.ResponseHeadersRead);
                Assert.That((int)response.StatusCode, Is.EqualTo(200), path);
                await (await response.Content.ReadAsStreamAsync()).CopyToAsync(Stream.Null);
            }
        }
    }

    private static async Task OverrideWithAMegabyteReason(RunningCockpit cockpit)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/overrides")
        {
            Content = JsonContent.Create(new { metric = 3, round = "2/2020", status = "at_risk", reason = new string('x', 1 << 20) }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ControllerKey);
        using var response = await cockpit.Client.SendAsync(request);
        Assert.That((int)response.StatusCode, Is.EqualTo(201));
    }

    private static long ResidentMegabytes()
    {
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true); // and give the freed memory back
        return ProcessMemory.RssMb(Environment.ProcessId);
    }
}
