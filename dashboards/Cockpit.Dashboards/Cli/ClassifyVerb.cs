using Cockpit.Model.Forecasts;
using Cockpit.Status;

namespace Cockpit.Dashboards.Cli;

/// <summary>
/// <c>classify</c>: one forecast text per line on standard input, one <c>code TAB rule TAB evidence</c> line per input
/// on standard output, in the same order and nothing else. An empty line is <c>not_assessed</c>. <c>--outcome</c> reads
/// the texts as a year-end outcome (Toteuma 2020) instead of a forecast: "Tavoite toteutuu" is then achieved.
/// <c>--year 2034</c> names the year the report is for, as the ingest does from its column: "siirtyy kesään 2034" is then
/// within the year, not next year's.
/// </summary>
internal static class ClassifyVerb
{
    public static int Run(Arguments args, TextReader stdin, TextWriter stdout)
    {
        var kind = args.Flag("outcome") ? RoundKind.Outcome : RoundKind.Forecast;
        var year = args.Int("year", 0);
        if (year != 0 && !ReportingRound.IsValid(year, 1)) throw new UsageException($"--year must be a year from 2000 to 2100, not {year}");
        args.RejectUnknown();
        if (args.Positional.Count > 0) throw new UsageException("classify reads texts from standard input and takes no arguments");
        while (stdin.ReadLine() is { } line)
        {
            var result = StatusClassifier.Classify(line, kind, year);
            stdout.Write(result.Code);
            stdout.Write('\t');
            stdout.Write(result.RuleCode);
            stdout.Write('\t');
            stdout.Write(OneLine(result.Evidence));
            stdout.Write('\n');
        }
        stdout.Flush();
        return 0;
    }

    private static string OneLine(string text) => text.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ');
}
