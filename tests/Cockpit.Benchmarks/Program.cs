using Cockpit.Benchmarks;

// Benchmarks print figures; they are not tests. Run them in Release from the repository root:
//   dotnet run -c Release --project tests/Cockpit.Benchmarks -- ingest [ROWS...]
//   dotnet run -c Release --project tests/Cockpit.Benchmarks -- classify [DEVSET.tsv]
//   dotnet run -c Release --project tests/Cockpit.Benchmarks -- web [SECONDS]
//   dotnet run -c Release --project tests/Cockpit.Benchmarks -- monthly [METRICS] [MONTHS]
//   dotnet run -c Release --project tests/Cockpit.Benchmarks -- sql
var folder = Path.Combine(Path.GetTempPath(), "cockpit-bench");
switch (args.FirstOrDefault())
{
    case "ingest":
        var rows = args.Skip(1).Select(int.Parse).DefaultIfEmpty(10_000).ToArray();
        IngestBenchmark.Run(rows, folder);
        return 0;
    case "measure" when args.Length == 4:
        IngestBenchmark.Measure(args[1], args[2], args[3]);
        return 0;
    case "monthly":
        MonthlyBenchmark.Run(folder, args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10_000,
            args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 12);
        return 0;
    case "sql":
        await SqlBenchmark.RunAsync(folder);
        return 0;
    case "web":
        await WebBenchmark.RunAsync(folder, TimeSpan.FromSeconds(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10));
        return 0;
    case "classify":
        ClassifierBenchmark.Run(args.ElementAtOrDefault(1) ?? Path.Combine("..", "shared", "data", "status-devset.tsv"));
        return 0;
    default:
        Console.Error.WriteLine("usage: Cockpit.Benchmarks ingest [ROWS...] | classify [DEVSET.tsv] | web [SECONDS] | monthly [METRICS] [MONTHS] | sql");
        return 2;
}
