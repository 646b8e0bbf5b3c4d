using System.Globalization;
using Cockpit.Model.Forecasts;
using Cockpit.Status;
using Cockpit.Model.Store;
using StatusCodes = Cockpit.Status.StatusCodes;

namespace Cockpit.Dashboards.Cli;

/// <summary>
/// <c>override --metric M --round N/YYYY --status S --reason R</c> sets a metric's status by hand;
/// <c>--clear --reason R</c> instead ends the override that holds.
/// </summary>
internal static class OverrideVerb
{
    public static int Run(Arguments args, TextWriter stdout, TextWriter stderr)
    {
        var dbPath = CommandLine.DatabasePath(args);
        var t = Texts(CommandLine.Language(args));
        var query = args.Option("metric") ?? throw new UsageException("override needs --metric (its text, code or id)");
        var roundText = args.Option("round") ?? throw new UsageException("override needs --round, such as 2/2020");
        var reason = args.Option("reason");
        var clear = args.Flag("clear");
        var statusCode = args.Option("status");
        var by = args.Option("by") ?? Environment.UserName;
        args.RejectUnknown();
        if (!ReportingRound.TryParse(roundText, out var round)) throw new UsageException($"--round must be N/YYYY (N 1–3 a forecast, 4 the year-end outcome) or Toteuma YYYY, not '{roundText}'");
        if (string.IsNullOrWhiteSpace(reason)) throw new UsageException("override needs --reason: why the status is set by hand");
        ForecastStatus status = default;
        if (clear == (statusCode is not null)) throw new UsageException("give either --status or --clear");
        if (!clear && !StatusCodes.TryParse(statusCode, out status))
            throw new UsageException($"--status must be one of {string.Join(", ", StatusCodes.All)}, not '{statusCode}'");

        using var store = CockpitStore.Open(dbPath);
        var overrides = new StatusOverrides(store.Connection);
        var matches = overrides.Find(query, round);
        if (matches.Count != 1)
        {
            stderr.WriteLine(string.Format(CultureInfo.InvariantCulture, matches.Count == 0 ? t.NoMatch : t.Ambiguous, query, round));
            foreach (var m in matches.Take(20)) stderr.WriteLine($"  {m.MetricId}\t{m.Metric}");
            return 1;
        }
        var metric = matches[0];
        if (clear)
        {
            var cleared = overrides.Clear(metric.MetricId, round, by, reason);
            stdout.WriteLine(string.Format(CultureInfo.InvariantCulture, cleared ? t.Cleared : t.NothingToClear, metric.Metric, round));
            return 0;
        }
        overrides.Set(metric, round, status, reason, by);
        stdout.WriteLine(string.Format(CultureInfo.InvariantCulture, t.Set, metric.Metric, round, status.ToCode(), metric.Status, reason.Trim()));
        return 0;
    }

    private sealed record Words(string NoMatch, string Ambiguous, string Set, string Cleared, string NothingToClear);

    private static Words Texts(string lang) => lang switch
    {
        "sv" => new("Ingen mätare i kraft för {1} motsvarar ”{0}”.", "Flera mätare för {1} motsvarar ”{0}”; ange id eller hela texten:",
            "”{0}” ({1}): status {2} satt för hand (tidigare {3}). Orsak: {4}", "”{0}” ({1}): den manuella statusen togs bort.",
            "”{0}” ({1}): ingen manuell status att ta bort."),
        "en" => new("No metric in force for {1} matches \"{0}\".", "Several metrics for {1} match \"{0}\"; give the id or the whole text:",
            "\"{0}\" ({1}): status {2} set by hand (was {3}). Reason: {4}", "\"{0}\" ({1}): the override was removed.",
            "\"{0}\" ({1}): no override to remove."),
        _ => new("Yksikään kierroksen {1} mittari ei vastaa hakua ”{0}”.", "Useampi kierroksen {1} mittari vastaa hakua ”{0}”; anna tunniste tai koko teksti:",
            "”{0}” ({1}): tila {2} asetettu käsin (aiemmin {3}). Syy: {4}", "”{0}” ({1}): käsin asetettu tila poistettiin.",
            "”{0}” ({1}): ei käsin asetettua tilaa poistettavaksi."),
    };
}
