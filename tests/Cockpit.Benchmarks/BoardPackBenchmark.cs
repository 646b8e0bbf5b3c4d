using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Cockpit.Benchmarks;

/// <summary>
/// The board pack of the sample's round over HTTP, computed on every request (the server keeps no answer): the first
/// request alone (a fresh process: JIT, fonts), then the median of the rest.
/// </summary>
public static partial class BoardPackBenchmark
{
    public const string Path = "/api/reports/round.pdf?round=2/2020";

    public static async Task RunAsync(string folder, int runs)
    {
        await using var server = await BenchmarkServer.StartAsync(folder, "--Cockpit:Cache:MaxBytes=1");
        var (first, pdf) = await Timed(server.Client);
        var times = new List<double>();
        for (var i = 0; i < runs; i++) times.Add((await Timed(server.Client)).Milliseconds);
        times.Sort();
        Console.WriteLine($"board pack {Path}: first {first:F0} ms; then median {times[times.Count / 2]:F0} ms, " +
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
