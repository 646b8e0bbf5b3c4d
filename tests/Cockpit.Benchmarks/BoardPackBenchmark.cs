using System.Diagnostics;
using System.Text.RegularExpressions;
using Cockpit.Dashboards.Reports;

namespace Cockpit.Benchmarks;

/// <summary>
/// The board pack of the sample's round over HTTP, computed on every request (the server keeps no answer): the first
/// request of a fresh process alone, then the median of the rest. The first request is sent once the server's warm-up
/// (<see cref="BoardPackWarmUp"/>: JIT, fonts, the chart renderer) has finished, as for a server started before the
/// meeting; with <c>--at-once</c> right after the server starts, racing its warm-up, as before there was one.
/// </summary>
public static partial class BoardPackBenchmark
{
    public const string Path = "/api/reports/round.pdf?round=2/2020";

    public static async Task RunAsync(string folder, int runs, bool atOnce = false)
    {
        await using var server = await BenchmarkServer.StartAsync(folder, "--Cockpit:Cache:MaxBytes=1");
        var warmUp = server.Service<BoardPackWarmUp>();
        if (!atOnce)
        {
            await warmUp.Completed.WaitAsync(TimeSpan.FromMinutes(5));
            Console.WriteLine($"board pack warm-up at server start: {warmUp.Took.TotalMilliseconds:F0} ms (in the background; /healthz answers meanwhile)");
        }
        var (first, pdf) = await Timed(server.Client);
        var times = new List<double>();
        for (var i = 0; i < runs; i++) times.Add((await Timed(server.Client)).Milliseconds);
        times.Sort();
        Console.WriteLine($"board pack {Path}: first {first:F0} ms ({(atOnce ? "at once after start" : "after the warm-up")}); then median {times[times.Count / 2]:F0} ms, " +
            $"min {times[0]:F0} ms, max {times[^1]:F0} ms over {runs} runs (target < 1 s); {pdf.Length / 1024.0:F0} KiB, {Pages(pdf)} pages");
    }

    private static async Task<(double Milliseconds, byte[] Pdf)> Timed(HttpClient client)
    {
        var clock = Stopwatch.StartNew();
        var pdf = await client.GetByteArrayAsync(Path);
        return (clock.Elapsed.TotalMilliseconds, pdf);
    }

    private static int Pages(byte[] pdf) => PageObject().Count(System.Text.Encoding.Latin1.GetString(pdf));

    [GeneratedRegex(@"/Type\s*/Page(?![s\w])")]
    private static partial Regex PageObject();
}
