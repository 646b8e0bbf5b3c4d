using Cockpit.Benchmarks;

// Benchmarks print figures; they are not tests. Run in Release:
//   dotnet run -c Release --project tests/Cockpit.Benchmarks -- classify [DEVSET.tsv]
var what = args.FirstOrDefault() ?? "help";
switch (what)
{
    case "classify":
        ClassifierBenchmark.Run(args.ElementAtOrDefault(1) ?? Path.Combine("..", "shared", "data", "status-devset.tsv"));
        return 0;
    default:
        Console.Error.WriteLine("usage: Cockpit.Benchmarks classify [DEVSET.tsv]");
        return 2;
}
