using System.Diagnostics;
using Cockpit.Ingest;
using Cockpit.Model.Store;
using Cockpit.Samples;

namespace Cockpit.Benchmarks;

/// <summary>Validate-and-load time of a large monthly workbook (issue 5's target: a 5 MB workbook under 3 s).</summary>
public static class MonthlyBenchmark
{
    public static void Run(string folder, int metrics, int months)
    {
        Directory.CreateDirectory(folder);
        var db = Path.Combine(folder, $"monthly-{Environment.ProcessId}.duckdb");
        var forecast = Path.Combine(folder, $"synthetic-{metrics}x3.xlsx");
        if (!File.Exists(forecast)) SyntheticWorkbook.Write(forecast, goals: metrics / 5, metricsPerGoal: 5, rounds: 3);
        try
        {
            using var store = CockpitStore.Open(db);
            new ForecastIngest(store).Ingest(forecast, new IngestOptions("benchmark"));
            var monthly = Path.Combine(folder, $"synthetic-monthly-{metrics}x{months}.xlsx");
            if (!File.Exists(monthly))
                SyntheticMonthlyWorkbook.Write(monthly, store.KnownMetrics().Select(m => m.Metric).ToList(), 2020, months);
            var size = new FileInfo(monthly).Length;
            foreach (var dryRun in new[] { true, false })
            {
                var clock = Stopwatch.StartNew();
                var outcome = new MonthlyIngest(store).Ingest(monthly, new IngestOptions("benchmark", dryRun));
                Console.WriteLine($"monthly {(dryRun ? "validate" : "validate+load")}: {size / 1048576.0:F1} MB, {metrics * months:N0} metric rows: " +
                    $"{clock.Elapsed.TotalSeconds:F2} s, {outcome.Status}, {outcome.Problems.Count} problems (target < 3 s)");
            }
            using var self = Process.GetCurrentProcess();
            Console.WriteLine($"peak memory of the whole run: {self.PeakWorkingSet64 >> 20} MiB");
        }
        finally
        {
            File.Delete(db);
            File.Delete(db + ".wal");
        }
    }
}
