using System.Diagnostics;
using System.Globalization;

namespace Cockpit.Benchmarks;

/// <summary>
/// A whole process, start to exit, timed by this process's clock; its peak resident memory (VmHWM is gone when a child has
/// exited) is GNU time's <c>%M</c>, the kernel's <c>ru_maxrss</c> from <c>wait4</c>. A process that fails throws with its output.
/// </summary>
public static class ChildProcess
{
    private const string GnuTime = "/usr/bin/time";

    public static void EnsureGnuTime() => DebianPackages.Ensure([GnuTime, "-f", "%M", "true"], "time");

    public static async Task<Measurement> MeasureAsync(string program, params string[] args)
    {
        var report = Path.GetTempFileName();
        try
        {
            var start = new ProcessStartInfo(GnuTime) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in new[] { "-f", "%M", "-o", report, program }.Concat(args)) start.ArgumentList.Add(arg);
            var clock = Stopwatch.StartNew();
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            var elapsed = clock.Elapsed.TotalMilliseconds;
            if (process.ExitCode != 0)
                throw new InvalidOperationException($"{program} {string.Join(' ', args)} exited {process.ExitCode}: {await output}{await errors}");
            var peakKiB = double.Parse(File.ReadAllLines(report).Last(l => l.Trim().Length > 0).Trim(), CultureInfo.InvariantCulture);
            return new Measurement(elapsed, peakKiB / 1024);
        }
        finally
        {
            File.Delete(report);
        }
    }
}
