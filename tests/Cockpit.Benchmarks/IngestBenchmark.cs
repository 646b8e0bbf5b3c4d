using System.Diagnostics;
using System.Globalization;
using ClosedXML.Excel;
using Cockpit.Ingest;
using Cockpit.Ingest.Xlsx;
using Cockpit.Model.Store;
using Cockpit.Samples;

namespace Cockpit.Benchmarks;

/// <summary>
/// Ingest time and peak memory for generated forecast workbooks, each measurement in a fresh process so that
/// its peak resident memory is its own: merely streaming the cells, ClosedXML's load and scan, and the whole ingest.
/// </summary>
public static class IngestBenchmark
{
    private static readonly string[] Modes = ["read", "closedxml", "ingest"];

    public static void Run(int[] metricRowCounts, string folder)
    {
        Directory.CreateDirectory(folder);
        Console.WriteLine($"{"file",-34} {"mode",-10} {"process s",10} {"work s",8} {"peak MiB",9}  detail");
        foreach (var rows in metricRowCounts)
        {
            var file = Path.Combine(folder, $"synthetic-{rows}x3.xlsx");
            if (!File.Exists(file)) SyntheticWorkbook.Write(file, goals: rows / 5, metricsPerGoal: 5, rounds: 3);
            foreach (var mode in Modes)
            {
                var clock = Stopwatch.StartNew();
                var output = RunChild(mode, file, folder);
                Console.WriteLine($"{Path.GetFileName(file) + $" ({new FileInfo(file).Length >> 10} KiB)",-34} {mode,-10} {clock.Elapsed.TotalSeconds,10:F2} {output}");
            }
        }
    }

    /// <summary>One measurement in this process; prints "work-seconds peak-MiB detail".</summary>
    public static void Measure(string mode, string file, string folder)
    {
        var clock = Stopwatch.StartNew();
        var detail = mode switch
        {
            "read" => StreamCells(file),
            "closedxml" => ClosedXmlScan(file),
            "ingest" => Ingest(file, folder),
            _ => throw new ArgumentException($"unknown mode {mode}"),
        };
        clock.Stop();
        using var self = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{clock.Elapsed.TotalSeconds,8:F2} {self.PeakWorkingSet64 / 1048576.0,9:F0}  {detail}"));
    }

    private static string StreamCells(string file)
    {
        using var stream = File.OpenRead(file);
        using var workbook = XlsxWorkbook.Open(stream, file);
        long cells = 0, chars = 0;
        foreach (var sheet in workbook.Sheets)
        foreach (var row in workbook.ReadRows(sheet))
        foreach (var cell in row.Cells)
        {
            cells++;
            chars += cell.Text.Length;
        }
        return $"{cells:N0} cells, {chars:N0} characters";
    }

    private static string ClosedXmlScan(string file)
    {
        using var workbook = new XLWorkbook(file);
        long cells = 0, chars = 0;
        foreach (var cell in workbook.Worksheets.SelectMany(s => s.CellsUsed()))
        {
            cells++;
            chars += cell.GetString().Length;
        }
        return $"{cells:N0} cells, {chars:N0} characters";
    }

    private static string Ingest(string file, string folder)
    {
        var db = Path.Combine(folder, $"bench-{Environment.ProcessId}.duckdb");
        try
        {
            using var store = CockpitStore.Open(db);
            var outcome = new ForecastIngest(store).Ingest(file, new IngestOptions("benchmark"));
            return outcome.Summary is { } s
                ? $"{s.MetricRows:N0} metric rows, {s.Rounds.Sum(r => r.Filled + r.Empty):N0} forecasts classified and committed"
                : "FAILED: " + string.Join("; ", outcome.Problems.Select(p => p.Describe("en")));
        }
        finally
        {
            File.Delete(db);
            File.Delete(db + ".wal");
        }
    }

    private static string RunChild(string mode, string file, string folder)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true };
        // Run as "dotnet Cockpit.Benchmarks.dll", the process is dotnet itself: the child needs the dll named again.
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet") start.ArgumentList.Add(typeof(IngestBenchmark).Assembly.Location);
        foreach (var arg in new[] { "measure", mode, file, folder }) start.ArgumentList.Add(arg);
        using var child = Process.Start(start)!;
        var output = child.StandardOutput.ReadToEnd().Trim();
        child.WaitForExit();
        return output;
    }
}
