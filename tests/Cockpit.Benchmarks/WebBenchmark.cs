using System.Diagnostics;

namespace Cockpit.Benchmarks;

/// <summary>
/// The cockpit server on loopback over the sample: cold chart renders, cached answers, and requests per second
/// under 32 concurrent clients, for a cached chart and for /api/goals.
/// </summary>
public static class WebBenchmark
{
    private const int Clients = 32;

    public static async Task RunAsync(string folder, TimeSpan loadTime)
    {
        await using var server = await BenchmarkServer.StartAsync(folder);
        var client = server.Client;
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");
        foreach (var chart in new[] { "status-by-theme", "status-trend", "goal-heatmap" })
            foreach (var format in new[] { "png", "svg" })
                await Cold(client, $"/api/charts/{chart}.{format}?width=1200&height=");
        await Cached(client, "/api/charts/status-by-theme.png?width=1200&height=600");
        await Cached(client, "/api/goals");
        await Load(client, "/api/charts/status-by-theme.png?width=1200&height=600", loadTime);
        await Load(client, "/api/goals", loadTime);
    }

    // Each height is a new image, so each request renders: the time a first viewer waits after a load.
    private static async Task Cold(HttpClient client, string pathWithoutHeight)
    {
        await client.GetByteArrayAsync(pathWithoutHeight + "599"); // warm the code paths, not the cache
        var times = new List<double>();
        for (var height = 600; height < 620; height++)
        {
            var clock = Stopwatch.StartNew();
            await client.GetByteArrayAsync(pathWithoutHeight + height);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        Console.WriteLine($"cold   {pathWithoutHeight}600: median {Percentile(times, 50):F1} ms, p90 {Percentile(times, 90):F1} ms (target PNG 1200x600 < 150 ms)");
    }

    private static async Task Cached(HttpClient client, string path)
    {
        await client.GetByteArrayAsync(path);
        var times = new List<double>();
        for (var i = 0; i < 2000; i++)
        {
            var clock = Stopwatch.StartNew();
            await client.GetByteArrayAsync(path);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        Console.WriteLine($"cached {path}: p50 {Percentile(times, 50):F2} ms, p99 {Percentile(times, 99):F2} ms (target p99 < 5 ms)");
    }

    private static async Task Load(HttpClient client, string path, TimeSpan duration)
    {
        var stopAt = Stopwatch.StartNew();
        var counts = new int[Clients];
        var failures = 0;
        var latencies = new List<double>[Clients];
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(async c =>
        {
            latencies[c] = [];
            while (stopAt.Elapsed < duration)
            {
                var clock = Stopwatch.StartNew();
                using var response = await client.GetAsync(path);
                await response.Content.ReadAsByteArrayAsync();
                latencies[c].Add(clock.Elapsed.TotalMilliseconds);
                if (response.IsSuccessStatusCode) counts[c]++;
                else Interlocked.Increment(ref failures);
            }
        }));
        var all = latencies.SelectMany(l => l).ToList();
        Console.WriteLine($"load   {path}, {Clients} clients, {duration.TotalSeconds:F0} s: {counts.Sum() / stopAt.Elapsed.TotalSeconds:N0} requests/s, " +
            $"p50 {Percentile(all, 50):F1} ms, p99 {Percentile(all, 99):F1} ms, {failures} failed");
    }

    private static double Percentile(List<double> values, int percent)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(percent / 100.0 * sorted.Count) - 1)];
    }
}
