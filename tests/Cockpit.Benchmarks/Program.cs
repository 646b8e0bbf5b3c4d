using System.Globalization;
using Cockpit.Benchmarks;

// Benchmarks print figures; they are not tests. Run them in Release from the repository root:
//   dotnet run -c Release --project tests/Cockpit.Benchmarks -- all [--quick]     every benchmark below, in turn, ending with the anchors and their summary table
//   dotnet run -c Release --project tests/Cockpit.Benchmarks -- ingest [ROWS...]
//   dotnet run -c Release --project tests/Cockpit.Benchmarks -- classify [LABELLED.tsv...]
//   dotnet run -c Release --project tests/Cockpit.Benchmarks -- web [SECONDS]
//   dotnet run -c Release --project tests/Cockpit.Benchmarks -- monthly [METRICS] [MONTHS]
//   dotnet run -c Release --project tests/Cockpit.Benchmarks -- versus-pandas [ROWS...]   the ingest verb against pandas.read_excel (1,000 10,000 100,000)
//   dotnet run -c Release --project tests/Cockpit.Benchmarks -- versus-duckdb             /api/sql against DuckDB in-process (aggregate; 1M-row CSV against COPY)
//   dotnet run -c Release --project tests/Cockpit.Benchmarks -- versus-chromium           a cold chart PNG against headless Chromium drawing our SVG
//   dotnet run -c Release --project tests/Cockpit.Benchmarks -- anchors [--quick]         the three above, then the summary table of ratios and targets
//   (sql is versus-duckdb.) Any of them takes --pairs N (at least 5, the default): the A B A B pairs of each comparison.
//   dotnet run -c Release --project tests/Cockpit.Benchmarks -- odata [PAGESIZE]    100,000 rows through the OData feed against /api/sql as CSV
//   dotnet run -c Release --project tests/Cockpit.Benchmarks -- storm [REQUESTS]      GET / quiet, in an analyst storm, during 20 uploads
//   dotnet run -c Release --project tests/Cockpit.Benchmarks -- boardpack [RUNS] [--at-once]   the sample round's PDF, computed each time; the first request after the start's warm-up (or at once)
//   dotnet run -c Release --project tests/Cockpit.Benchmarks -- bdn [--quick]     BenchmarkDotNet: classifier and workbook streaming
var folder = Path.Combine(Path.GetTempPath(), "cockpit-bench");
if (Array.IndexOf(args, "--pairs") is var pairsAt and >= 0)
{
    PairedTimer.Pairs = Math.Max(PairedTimer.MinimumPairs, int.Parse(args[pairsAt + 1], CultureInfo.InvariantCulture));
    args = [.. args[..pairsAt], .. args[(pairsAt + 2)..]];
}
var devSet = Path.Combine("..", "shared", "data", "status-devset.tsv");
int Number(int index, int fallback) => args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;

switch (args.FirstOrDefault())
{
    case "all":
        // Quick mode takes about a minute on the 2-core machine; the full mode a few minutes.
        var quick = args.Contains("--quick");
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; {(quick ? "quick" : "full")} run, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; load average {LoadAverage()}");
        Console.WriteLine("\n## classification");
        ClassifierBenchmark.Run(ClassifierBenchmark.LabelledFiles(devSet));
        Console.WriteLine("\n## forecast ingest against a bare read of the same workbook");
        IngestBenchmark.Run(quick ? [10_000] : [10_000, 40_000, 100_000], folder);
        Console.WriteLine("\n## monthly workbook validate and load");
        MonthlyBenchmark.Run(folder, quick ? 4_000 : 16_000, 12);
        Console.WriteLine("\n## charts and tables over HTTP");
        await WebBenchmark.RunAsync(folder, TimeSpan.FromSeconds(quick ? 3 : 10));
        Console.WriteLine("\n## the OData feed against /api/sql as CSV");
        await ODataBenchmark.RunAsync(folder, 1000);
        Console.WriteLine("\n## leadership's page during an analyst storm and during uploads");
        await StormBenchmark.RunAsync(folder, quick ? 60 : 200);
        Console.WriteLine("\n## the board pack PDF");
        await BoardPackBenchmark.RunAsync(folder, quick ? 5 : 15);
        Console.WriteLine("\n## in-process hot paths (BenchmarkDotNet)");
        InProcessBenchmarks.Run(quick);
        await Anchors(quick);
        return 0;
    case "anchors":
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; load average {LoadAverage()}");
        await Anchors(args.Contains("--quick"));
        return 0;
    case "versus-pandas":
        await VersusPandas.RunAsync(folder, args.Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).DefaultIfEmpty(VersusPandas.TargetRows).ToArray());
        PairedTimer.PrintSummary();
        return 0;
    case "versus-duckdb" or "sql":
        await VersusDuckDb.RunAsync(folder);
        PairedTimer.PrintSummary();
        return 0;
    case "versus-chromium":
        await VersusChromium.RunAsync(folder);
        PairedTimer.PrintSummary();
        return 0;
    case "bdn":
        InProcessBenchmarks.Run(args.Contains("--quick"));
        return 0;
    case "ingest":
        IngestBenchmark.Run(args.Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).DefaultIfEmpty(10_000).ToArray(), folder);
        return 0;
    case "measure" when args.Length == 4:
        IngestBenchmark.Measure(args[1], args[2], args[3]);
        return 0;
    case "monthly":
        MonthlyBenchmark.Run(folder, Number(1, 10_000), Number(2, 12));
        return 0;
    case "odata":
        await ODataBenchmark.RunAsync(folder, Number(1, 1000));
        return 0;
    case "storm":
        await StormBenchmark.RunAsync(folder, Number(1, 200));
        return 0;
    case "boardpack":
        await BoardPackBenchmark.RunAsync(folder, args.Length > 1 && args[1] != "--at-once" ? Number(1, 15) : 15, args.Contains("--at-once"));
        return 0;
    case "web":
        await WebBenchmark.RunAsync(folder, TimeSpan.FromSeconds(Number(1, 10)));
        return 0;
    case "classify":
        ClassifierBenchmark.Run(args.Length > 1 ? args[1..] : ClassifierBenchmark.LabelledFiles(devSet));
        return 0;
    default:
        Console.Error.WriteLine("usage: Cockpit.Benchmarks all [--quick] | ingest [ROWS...] | classify [LABELLED.tsv...] | web [SECONDS] | monthly [METRICS] [MONTHS] | versus-pandas [ROWS...] | versus-duckdb (sql) | versus-chromium | anchors [--quick] | storm [REQUESTS] | odata [PAGESIZE] | boardpack [RUNS] [--at-once] | bdn [--quick]; each takes --pairs N (>= 5)");
        return 2;
}

// What a user would pick instead, in this run and on these files; the summary table ends the output.
static async Task Anchors(bool quick)
{
    var folder = Path.Combine(Path.GetTempPath(), "cockpit-bench");
    Console.WriteLine("\n## anchor: the ingest verb against pandas.read_excel (whole processes)");
    await VersusPandas.RunAsync(folder, quick ? [1_000, VersusPandas.TargetRows] : [1_000, VersusPandas.TargetRows, 100_000]);
    Console.WriteLine("\n## anchor: /api/sql against DuckDB in-process");
    await VersusDuckDb.RunAsync(folder);
    Console.WriteLine("\n## anchor: a cold chart PNG against headless Chromium");
    await VersusChromium.RunAsync(folder);
    PairedTimer.PrintSummary();
    Console.WriteLine($"load average at the end: {LoadAverage()}");
}

// The 1, 5 and 15 minute load averages: on 2 cores, anything well over 2 means others' work is in the figures.
static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
