using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Cockpit.Dashboards.Sql.Workers;
using Cockpit.Dashboards.Tests.Web;
using Cockpit.Testing;

namespace Cockpit.Dashboards.Tests.Load;

/// <summary>
/// Whatever analysts send, the cockpit keeps answering leadership, stays within its memory, and ends every statement
/// within its time limit and a second. Memory is read from /proc: the server's process and its SQL workers.
/// </summary>
public class AnalystStormTests
{
    private const int TimeoutSeconds = 3;
    private const string Key = "storm-analyst-key";

    /// <summary>The budget this test holds the cockpit to: the server grows by less than this, and each worker stays under its address space.</summary>
    private const long ServerGrowthBudgetMb = 400;

    private RunningCockpit cockpit = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        cockpit = await RunningCockpit.StartAsync([.. TestKeys.Arguments(new TestKey("Storm", "analyst", Key)),
            $"--Cockpit:Sql:TimeoutSeconds={TimeoutSeconds}", "--Cockpit:Sql:WarmWorkers=true", "--Cockpit:Sql:MaxQueued=8"]);
        await SqlTests.SqlWorkersReady(cockpit);
    }

    [OneTimeTearDown]
    public async Task Stop() => await cockpit.DisposeAsync();

    public static IEnumerable<TestCaseData> Runaways()
    {
        yield return new TestCaseData("SELECT len(range(200000000)) AS n").SetName("A 200-million-element list");
        yield return new TestCaseData("SELECT len(repeat('x', 2000000000)) AS n").SetName("A 2-billion-character string");
        yield return new TestCaseData("SELECT levenshtein(repeat('a', 110000), repeat('b', 110000)) AS d").SetName("One long function call");
        yield return new TestCaseData("SELECT count(*) FROM range(1000000000) a, range(1000000) b WHERE a.range + b.range = -1").SetName("An hour-long join");
        yield return new TestCaseData("SELECT count(*) FROM v_forecasts WHERE metric_id IN (" + string.Join(',', Enumerable.Range(0, 2_000_000)) + ")")
            .SetName("A 2-million-value IN list");
        yield return new TestCaseData("SELECT * FROM test_all_types()").SetName("Every DuckDB type");
        yield return new TestCaseData("SELECT " + new string('(', 5000) + "1" + new string(')', 5000)).SetName("Deep nesting");
    }

    [TestCaseSource(nameof(Runaways))]
    public async Task A_runaway_statement_ends_in_time_with_a_sentence_and_the_memory_stays_in_budget(string sql)
    {
        using var analyst = Analyst();
        var before = ServerRssMb();
        using var sampler = new MemorySampler(cockpit.Service<SqlWorkers>());
        var clock = Stopwatch.StartNew();

        using var response = await analyst.PostAsJsonAsync("/api/sql", new { sql });
        var took = clock.Elapsed;
        var body = await response.Content.ReadAsStringAsync();
        var (serverPeak, workerPeak) = sampler.Stop();

        TestContext.Out.WriteLine($"{TestContext.CurrentContext.Test.Name}: {(int)response.StatusCode} in {took.TotalSeconds:0.00} s; "
            + $"server RSS {before} -> peak {serverPeak} MB, largest worker RSS {workerPeak} MB");
        Assert.That(took, Is.LessThan(TimeSpan.FromSeconds(TimeoutSeconds + 1)), body);
        Assert.That((int)response.StatusCode, Is.Not.EqualTo(500).And.LessThan(600), body);
        if (!response.IsSuccessStatusCode)
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), body);
        Assert.That(serverPeak - before, Is.LessThan(ServerGrowthBudgetMb), "the server's own memory");
        Assert.That(workerPeak, Is.LessThan(new Cockpit.Model.Sql.SqlLimits().WorkerAddressSpaceMegabytes), "a worker's memory");
        await SqlTests.SqlWorkersReady(cockpit);
        Assert.That(await SqlTests.Count(analyst), Is.GreaterThan(0), "the next statement is answered, by a fresh worker if need be");
    }

    [Test]
    public async Task While_twenty_heavy_statements_run_leadership_is_answered_within_two_seconds()
    {
        using var analyst = Analyst();
        var heavy = Enumerable.Range(0, 20).Select(async i =>
        {
            var clock = Stopwatch.StartNew();
            using var response = await analyst.PostAsJsonAsync("/api/sql",
                new { sql = $"SELECT count(*) FROM range(1000000000) a, range(1000000) b WHERE a.range + b.range = -{i + 1}" });
            var status = (int)response.StatusCode;
            if (status is not (408 or 429)) TestContext.Out.WriteLine($"statement {i}: {status} {await response.Content.ReadAsStringAsync()}");
            return (status, clock.Elapsed, response.Headers.RetryAfter);
        }).ToList();
        await Task.Delay(300);

        var page = new List<(string Path, HttpStatusCode Status, TimeSpan Took)>();
        using var viewer = new HttpClient { BaseAddress = cockpit.Address, Timeout = TimeSpan.FromSeconds(10) };
        for (var i = 0; i < 16; i++)
        {
            var path = i % 2 == 0 ? "/" : "/healthz";
            var clock = Stopwatch.StartNew();
            using var response = await viewer.GetAsync(path + (i % 4 == 0 ? "?lang=sv" : ""));
            page.Add((path, response.StatusCode, clock.Elapsed));
        }
        var statements = await Task.WhenAll(heavy);

        TestContext.Out.WriteLine($"leadership during the storm: {string.Join(", ", page.Select(p => $"{p.Path} {p.Took.TotalMilliseconds:0} ms"))}");
        TestContext.Out.WriteLine($"statements: {string.Join(", ", statements.Select(s => $"{s.Item1} in {s.Elapsed.TotalSeconds:0.0} s"))}");
        Assert.That(page.Select(p => p.Status), Has.All.EqualTo(HttpStatusCode.OK));
        Assert.That(page.Select(p => p.Took), Has.All.LessThan(TimeSpan.FromSeconds(2)));
        Assert.That(statements.Select(s => s.Elapsed), Has.All.LessThan(TimeSpan.FromSeconds(TimeoutSeconds + 1)));
        Assert.That(statements.Select(s => s.Item1), Has.All.AnyOf(408, 429), "each ends: stopped at its limit, or told to come back");
        Assert.That(statements.Where(s => s.Item1 == 429).Select(s => s.RetryAfter), Has.All.Not.Null, "a 429 says when to come back");
        await SqlTests.SqlWorkersReady(cockpit);
        Assert.That(await SqlTests.Count(analyst), Is.GreaterThan(0), "analysts are answered again afterwards");
    }

    private HttpClient Analyst()
    {
        var client = new HttpClient { BaseAddress = cockpit.Address, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);
        return client;
    }

    private static long ServerRssMb() => ProcessMemory.RssMb(Environment.ProcessId);

    /// <summary>Samples the server's and the workers' resident memory every 20 ms until stopped; keeps the peaks.</summary>
    private sealed class MemorySampler : IDisposable
    {
        private readonly CancellationTokenSource stop = new();
        private readonly Task<(long, long)> sampling;

        public MemorySampler(SqlWorkers workers) => sampling = Task.Run(async () =>
        {
            long server = 0, worker = 0;
            while (!stop.IsCancellationRequested)
            {
                server = Math.Max(server, ServerRssMb());
                foreach (var pid in workers.ProcessIds) worker = Math.Max(worker, ProcessMemory.RssMb(pid));
                await Task.Delay(20);
            }
            return (server, worker);
        });

        public (long ServerPeak, long WorkerPeak) Stop()
        {
            stop.Cancel();
            return sampling.GetAwaiter().GetResult();
        }

        public void Dispose() => stop.Dispose();
    }
}
