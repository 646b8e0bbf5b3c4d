using Cockpit.Samples;

namespace Cockpit.Dashboards.Cli;

/// <summary><c>synthetic --out FILE [--goals N] [--metrics M] [--rounds R] [--seed S]</c>: a large SYNTHETIC workbook.</summary>
internal static class SyntheticVerb
{
    public static int Run(Arguments args, TextWriter stdout)
    {
        var output = args.Option("out") ?? throw new UsageException("synthetic needs --out FILE");
        var goals = args.Int("goals", 2000);
        var metrics = args.Int("metrics", 5);
        var rounds = args.Int("rounds", 3);
        var seed = args.Int("seed", 2020);
        args.RejectUnknown();
        SyntheticWorkbook.Write(output, goals, metrics, rounds, seed);
        stdout.WriteLine($"wrote {output}: SYNTHETIC, {goals} goals x {metrics} metrics x {rounds} rounds = {goals * metrics} metric rows");
        return 0;
    }
}
