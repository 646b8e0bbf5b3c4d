using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Cockpit.Samples;

namespace Cockpit.Benchmarks;

/// <summary>
/// How long leadership waits for <c>/</c>: with nothing else going on, while 20 analysts keep sending heavy
/// statements, and while 20 controllers upload workbooks at once. Percentiles of sequential page requests.
/// </summary>
public static class StormBenchmark
{
    private const string Key = "benchmark-admin-key";
    private const string Heavy = "SELECT count(*) FROM range(1000000000) a, range(1000000) b WHERE a.range + b.range = -1";

    public static async Task RunAsync(string folder, int requests)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Key)));
        await using var server = await BenchmarkServer.StartAsync(folder, "--Cockpit:Sql:TimeoutSeconds=5",
            "--Cockpit:Auth:ApiKeys:0:Name=Bench", "--Cockpit:Auth:ApiKeys:0:Role=admin", $"--Cockpit:Auth:ApiKeys:0:Sha256={hash}");
        var client = server.Client;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);
        await server.SqlWorkersReadyAsync();
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores; GET / {requests} times, one after another, in each phase");

        Print("quiet", await PageTimes(client, requests, _ => Task.CompletedTask));
        Print("20 analysts' heavy statements", await PageTimes(client, requests, stop => Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
        {
            while (!stop.IsCancellationRequested)
                using (var response = await client.PostAsJsonAsync("/api/sql", new { sql = Heavy }, CancellationToken.None)) { }
        }))));
        var workbooks = Enumerable.Range(0, 20).Select(i =>
        {
            var path = Path.Combine(folder, $"storm-upload-{i}.xlsx");
            if (!File.Exists(path)) SyntheticWorkbook.Write(path, goals: 20, metricsPerGoal: 10, rounds: 3, seed: 1000 + i);
            return path;
        }).ToList();
        Print("20 uploads at once (200 metrics x 3 rounds each)", await PageTimes(client, requests, _ => Task.WhenAll(workbooks.Select(async path =>
        {
            using var form = new MultipartFormDataContent { { new ByteArrayContent(await File.ReadAllBytesAsync(path)), "file", Path.GetFileName(path) } };
            using var response = await client.PostAsync("/api/uploads", form);
        }))));
    }

    // GET / in a loop while the background work runs; each language in turn, so that a data change is rendered anew.
    private static async Task<List<double>> PageTimes(HttpClient client, int requests, Func<CancellationToken, Task> background)
    {
        using var stop = new CancellationTokenSource();
        var work = background(stop.Token);
        await Task.Delay(200);
        var times = new List<double>();
        string[] languages = ["fi", "sv", "en"];
        for (var i = 0; i < requests; i++)
        {
            var clock = Stopwatch.StartNew();
            using var response = await client.GetAsync($"/?lang={languages[i % 3]}");
            await response.Content.ReadAsByteArrayAsync();
            times.Add(clock.Elapsed.TotalMilliseconds);
            await Task.Delay(10);
        }
        await stop.CancelAsync();
        await work;
        return times;
    }

    private static void Print(string phase, List<double> times)
    {
        times.Sort();
        double P(double p) => times[(int)Math.Min(times.Count - 1, Math.Ceiling(p / 100 * times.Count) - 1)];
        Console.WriteLine($"GET / during {phase}: p50 {P(50):F1} ms, p90 {P(90):F1} ms, p99 {P(99):F1} ms, max {times[^1]:F1} ms");
    }
}
