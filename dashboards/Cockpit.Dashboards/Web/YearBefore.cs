using Cockpit.Model.Forecasts;
using Cockpit.Model.Store;
using DuckDB.NET.Data;

namespace Cockpit.Dashboards.Web;

/// <summary>A metric's forecast in one round as the year-before comparison reads it: its identity, wording and codes, status and text.</summary>
public sealed record RoundEntry(long MetricId, string Goal, string Metric, string? GoalCode, string? MetricCode, string Round, string Status, string Text);

/// <summary>The same goal and metric in the same round of the year before: which metric and round, its status and text.</summary>
public sealed record YearBeforeEntry(long MetricId, string Round, string Status, string Text);

/// <summary>
/// "Where the same goal and metric exist in the same round of the year before": round N/YYYY is compared with N/(YYYY−1).
/// The same metric is first the store's own identity (the same metric id: its code, else its goal's code or wording and its
/// own wording, see <see cref="MetricRow.MetricKey"/>); failing that, the same goal and metric wording (as
/// <see cref="TextKey.Normalise"/> reads it), unless both years carry codes that differ. A year-before round whose cell
/// was empty is not a comparison.
/// </summary>
public static class YearBefore
{
    public static ReportingRound Of(ReportingRound round) => new(round.Year - 1, round.Number);

    /// <summary>Each metric of <paramref name="round"/> that has a counterpart a year earlier, by metric id.</summary>
    public static Dictionary<long, YearBeforeEntry> For(DuckDBConnection c, ReportingRound round)
    {
        var before = Entries(c, Of(round)).Where(e => e.Text.Length > 0).ToList();
        return before.Count == 0 ? [] : Match(Entries(c, round), before);
    }

    public static Dictionary<long, YearBeforeEntry> Match(IReadOnlyList<RoundEntry> now, IReadOnlyList<RoundEntry> before)
    {
        var byId = before.DistinctBy(e => e.MetricId).ToDictionary(e => e.MetricId);
        var byWording = before.ToLookup(Wording);
        var matches = new Dictionary<long, YearBeforeEntry>();
        foreach (var entry in now)
        {
            var match = byId.GetValueOrDefault(entry.MetricId)
                ?? byWording[Wording(entry)].Where(b => !CodesDiffer(entry, b)).OrderBy(b => b.MetricId).FirstOrDefault();
            if (match is not null) matches[entry.MetricId] = new YearBeforeEntry(match.MetricId, match.Round, match.Status, match.Text);
        }
        return matches;
    }

    private static List<RoundEntry> Entries(DuckDBConnection c, ReportingRound round) => c.Query("""
        SELECT f.metric_id, f.goal, f.metric, g.code, m.code, f.round, f.status, f.forecast_text
        FROM v_forecasts f JOIN goals g USING (goal_id) JOIN metrics m USING (metric_id)
        WHERE f.round_year = $year AND f.round_no = $no
        """,
        r => new RoundEntry(r.GetInt32(0), r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4),
            r.GetString(5), r.GetString(6), r.GetString(7)),
        ("year", round.Year), ("no", round.Number));

    private static (string Goal, string Metric) Wording(RoundEntry e) => (TextKey.Normalise(e.Goal), TextKey.Normalise(e.Metric));

    // Where both years give a code, the code decides: the same words under another code are another goal or metric.
    private static bool CodesDiffer(RoundEntry a, RoundEntry b) => Differ(a.GoalCode, b.GoalCode) || Differ(a.MetricCode, b.MetricCode);

    private static bool Differ(string? a, string? b) => a is { Length: > 0 } && b is { Length: > 0 } && TextKey.Normalise(a) != TextKey.Normalise(b);
}
