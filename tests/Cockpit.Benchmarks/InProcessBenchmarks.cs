using BenchmarkDotNet.Attributes;
using Cockpit.Ingest.Xlsx;
using Cockpit.Status;

namespace Cockpit.Benchmarks;

/// <summary>
/// BenchmarkDotNet measurements of the in-process hot paths, with its statistics and allocation counts:
/// classifying the dev set's texts, and streaming every cell of a SYNTHETIC 10,000-row forecast workbook.
/// </summary>
[MemoryDiagnoser]
public class InProcessBenchmarks
{
    /// <summary>Runs both, briefly (ShortRun) in quick mode, with BenchmarkDotNet's default job otherwise.</summary>
    public static void Run(bool quick) =>
        BenchmarkDotNet.Running.BenchmarkRunner.Run<InProcessBenchmarks>(
            BenchmarkDotNet.Configs.ManualConfig.Create(BenchmarkDotNet.Configs.DefaultConfig.Instance)
                .AddJob(quick ? BenchmarkDotNet.Jobs.Job.ShortRun : BenchmarkDotNet.Jobs.Job.Default));

    private string[] texts = [];
    private byte[] workbook = [];

    [GlobalSetup]
    public void Setup()
    {
        texts = File.ReadLines(Path.Combine(RepositoryRoot(), "..", "shared", "data", "status-devset.tsv")).Skip(1)
            .Select(line => line.Split('\t')[^1].Replace("\\\\n", "\n").Replace("\\n", "\n")).ToArray();
        var path = Path.Combine(Path.GetTempPath(), "cockpit-bench", "synthetic-10000x3.xlsx");
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            Samples.SyntheticWorkbook.Write(path, goals: 2000, metricsPerGoal: 5, rounds: 3);
        }
        workbook = File.ReadAllBytes(path);
    }

    /// <summary>All 67 dev-set texts, once.</summary>
    [Benchmark]
    public int ClassifyDevSet()
    {
        var achieved = 0;
        foreach (var text in texts)
            if (StatusClassifier.Classify(text).Status == ForecastStatus.Achieved) achieved++;
        return achieved;
    }

    /// <summary>Every cell of the 10,000-row workbook, streamed.</summary>
    [Benchmark]
    public long StreamWorkbookCells()
    {
        using var stream = new MemoryStream(workbook, writable: false);
        using var book = XlsxWorkbook.Open(stream, "synthetic.xlsx");
        long cells = 0;
        foreach (var sheet in book.Sheets)
            foreach (var row in book.ReadRows(sheet)) cells += row.Cells.Count;
        return cells;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Cockpit.sln"))) return dir.FullName;
        return Directory.GetCurrentDirectory();
    }
}
