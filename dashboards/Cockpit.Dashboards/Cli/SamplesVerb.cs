using Cockpit.Samples;

namespace Cockpit.Dashboards.Cli;

/// <summary><c>samples [--from TSV] [--out DIR]</c>: rebuilds the sample forecast workbook and the January–June 2020 monthly reports from the seed table.</summary>
internal static class SamplesVerb
{
    public static int Run(Arguments args, TextWriter stdout)
    {
        var output = args.Option("out") ?? "samples";
        var table = args.Option("from") ?? Path.Combine(output, SeedWorkbook.TableFileName);
        args.RejectUnknown();
        if (!File.Exists(table)) throw new UsageException($"the seed table {table} does not exist; give it with --from");
        Directory.CreateDirectory(output);
        var path = Path.Combine(output, SeedWorkbook.FileName);
        SeedWorkbook.Write(table, path);
        stdout.WriteLine($"wrote {path}");
        foreach (var monthly in MonthlyWorkbook.WriteAll(table, output)) stdout.WriteLine($"wrote {monthly}");
        return 0;
    }
}
