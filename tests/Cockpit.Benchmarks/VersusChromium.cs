using System.Diagnostics;

namespace Cockpit.Benchmarks;

/// <summary>
/// A cold 1200x600 chart PNG from the cockpit against headless Chromium screenshotting the SVG the cockpit serves for the
/// same chart (process start to exit, its profile folder made by the warm-up run). Target: at most 1/30 of Chromium's time.
/// "Cold" is the first request for that chart in a new server process, after other charts (another visual, and the
/// heatmap) have been drawn: the wait of the first viewer after a load or a restart, without the process's own start-up.
/// Each run of ours starts its own server over the same database, so every run is such a first request.
/// </summary>
public static class VersusChromium
{
    private const string Chart = "/api/charts/status-by-theme";
    private const string Size = "width=1200&height=600";
    private static readonly string[] WarmUpCharts = ["/api/charts/status-trend.png?" + Size, "/api/charts/goal-heatmap.png?" + Size];

    public static async Task RunAsync(string folder)
    {
        const string chromium = "/usr/bin/chromium";
        DebianPackages.Ensure([chromium, "--version"], "chromium");
        ChildProcess.EnsureGnuTime();
        var cockpit = CockpitProgram.Locate();
        Directory.CreateDirectory(folder);
        var db = Path.Combine(folder, $"versus-chromium-{Guid.NewGuid():N}.duckdb");
        var svg = Path.Combine(folder, "status-by-theme-1200x600.svg");
        var screenshot = Path.Combine(folder, "status-by-theme-chromium.png");
        var profile = Path.Combine(folder, "chromium-profile");
        try
        {
            await using (var first = await cockpit.ServeAsync(db)) // loads the samples into the new database
                await File.WriteAllBytesAsync(svg, await first.Client.GetByteArrayAsync($"{Chart}.svg?{Size}"));
            var pngBytes = 0;
            await PairedTimer.CompareAsync("cold chart PNG vs Chromium, 1200x600",
                new Side("cockpit: first PNG of that chart in a new server", async () =>
                {
                    await using var server = await cockpit.ServeAsync(db);
                    foreach (var other in WarmUpCharts) await server.Client.GetByteArrayAsync(other);
                    var clock = Stopwatch.StartNew();
                    pngBytes = (await server.Client.GetByteArrayAsync($"{Chart}.png?{Size}")).Length;
                    return new Measurement(clock.Elapsed.TotalMilliseconds);
                }),
                new Side("chromium --headless --screenshot of our SVG", async () => new Measurement((await ChildProcess.MeasureAsync(chromium,
                    "--headless", "--no-sandbox", $"--user-data-dir={profile}", $"--screenshot={screenshot}", "--window-size=1200,600", svg)).Milliseconds)),
                new Target(1.0 / 30, "<= 1/30 (0.033x)"));
            Console.WriteLine($"  PNG: ours {pngBytes >> 10} KiB, Chromium's {new FileInfo(screenshot).Length >> 10} KiB, from a {new FileInfo(svg).Length >> 10} KiB SVG");
        }
        finally
        {
            foreach (var file in new[] { db, db + ".wal" }) File.Delete(file);
            if (Directory.Exists(db + ".analyst")) Directory.Delete(db + ".analyst", recursive: true);
        }
    }
}
