using Cockpit.Ingest;
using Cockpit.Status;
using Cockpit.Model.Forecasts;
using Cockpit.Model.Store;
using StatusCodes = Cockpit.Status.StatusCodes;
using Cockpit.Samples;

namespace Cockpit.Dashboards.Cli;

/// <summary>With no verb: the state of the goals per round and status, loading the bundled sample into an empty database.</summary>
internal static class OverviewVerb
{
    public static int Run(Arguments args, TextWriter stdout)
    {
        var dbPath = CommandLine.DatabasePath(args);
        var lang = CommandLine.Language(args);
        args.RejectUnknown();
        using var store = CockpitStore.Open(dbPath);
        foreach (var outcome in SampleData.LoadIntoEmpty(store))
            foreach (var line in OutcomeText.Describe(outcome, lang)) stdout.WriteLine(line);
        stdout.WriteLine($"{store.Path}:");
        var rows = store.Connection.Query("""
            SELECT round, status, count(*) AS n
            FROM v_forecasts
            GROUP BY round_year, round_no, round, status
            ORDER BY round_year, round_no, n DESC, status
            """, r => (Round: r.GetString(0), Status: r.GetString(1), Count: r.GetInt64(2)));
        foreach (var round in rows.GroupBy(r => r.Round))
            stdout.WriteLine($"  {RoundLabels.ForKey(round.Key, lang)}: " + string.Join(", ", round.Select(r => $"{Label(r.Status, lang)} {r.Count}")));
        return 0;
    }

    private static string Label(string code, string lang) =>
        StatusCodes.TryParse(code, out var status) ? StatusLabels.For(status, lang) : code;
}
