using System.Globalization;
using Cockpit.Samples;

namespace Cockpit.Benchmarks;

/// <summary>
/// The whole <c>ingest</c> verb (its own process, a fresh database: read, validate, classify, commit) against
/// <c>pandas.read_excel</c> of the same workbook in its own python3 process, which only reads it. Both start to exit,
/// with peak resident memory. Targets on the 10,000-row workbook: time at most 0.5x, memory at most 1.5x pandas'.
/// </summary>
public static class VersusPandas
{
    public const int TargetRows = 10_000;

    // The header is the workbook's 4th row (two title rows and a blank one above it), as an analyst would read it.
    private const string ReadExcel = "import sys, pandas\nframe = pandas.read_excel(sys.argv[1], header=3)\nprint(len(frame), len(frame.columns))";

    public static async Task RunAsync(string folder, int[] metricRows)
    {
        DebianPackages.Ensure(["/usr/bin/python3", "-c", "import pandas, openpyxl"], "python3-pandas", "python3-openpyxl");
        ChildProcess.EnsureGnuTime();
        var cockpit = CockpitProgram.Locate();
        Directory.CreateDirectory(folder);
        foreach (var rows in metricRows)
        {
            var workbook = Workbook(folder, rows);
            var ours = new Side("cockpit ingest (process, fresh database)", () => IngestIntoFreshDatabase(cockpit, folder, workbook));
            var pandas = new Side("pandas.read_excel (python3 process)", () => ChildProcess.MeasureAsync("/usr/bin/python3", "-c", ReadExcel, workbook));
            var atTarget = rows == TargetRows;
            await PairedTimer.CompareAsync(string.Create(CultureInfo.InvariantCulture, $"ingest vs pandas, {rows:N0} rows x 3 rounds"),
                ours, pandas, atTarget ? Target.Ratio(0.5) : null, atTarget ? Target.Ratio(1.5) : null);
        }
    }

    /// <summary>A SYNTHETIC forecast workbook of the real layout with <paramref name="metricRows"/> metric rows and three rounds, made once.</summary>
    public static string Workbook(string folder, int metricRows)
    {
        var file = Path.Combine(folder, $"anchor-{metricRows}x3.xlsx");
        if (!File.Exists(file))
        {
            var partial = file + ".writing.xlsx";
            SyntheticWorkbook.Write(partial, goals: metricRows / 5, metricsPerGoal: 5, rounds: 3);
            File.Move(partial, file, overwrite: true);
        }
        return file;
    }

    private static async Task<Measurement> IngestIntoFreshDatabase(CockpitProgram cockpit, string folder, string workbook)
    {
        var db = Path.Combine(folder, $"ingest-anchor-{Guid.NewGuid():N}.duckdb");
        try
        {
            return await cockpit.MeasureAsync("ingest", "--db", db, "--by", "benchmark", workbook);
        }
        finally
        {
            foreach (var file in new[] { db, db + ".wal" }) File.Delete(file);
            if (Directory.Exists(db + ".analyst")) Directory.Delete(db + ".analyst", recursive: true);
        }
    }
}
