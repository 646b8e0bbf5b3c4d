using Cockpit.Model.Forecasts;
using Cockpit.Model.Store;
using DuckDB.NET.Data;

namespace Cockpit.Dashboards.Web;

/// <summary>A round's forecast in force as a controller reviews it.</summary>
public sealed record ReviewItem(int MetricId, string Theme, string Goal, string Metric, string Text, string Status, string StatusSource,
    string DerivedStatus, string Evidence, string Rule, double Confidence, string? OverrideReason, string? OverrideBy,
    string? PreviousStatus, bool Revised, string? ConfirmedBy);

/// <summary>Statuses nobody has looked at: derived, with no confirmation for their text. Per status, and which metrics.</summary>
public sealed record ReviewMarks(IReadOnlyDictionary<string, int> UnconfirmedByStatus, IReadOnlySet<long> Unconfirmed);

/// <summary>What the review page and the leadership page's marks read.</summary>
public static class ReviewQueries
{
    public static List<ReviewItem> Items(DuckDBConnection connection, ReportingRound round, ReportingRound? previous) =>
        connection.Query("""
            WITH cur AS (SELECT * FROM v_forecasts WHERE round_year = $year AND round_no = $no),
            prev AS (SELECT metric_id, status FROM v_forecasts WHERE round_year = $pyear AND round_no = $pno),
            revised AS (
                SELECT DISTINCT h.metric_id FROM v_forecast_history h JOIN cur c USING (metric_id, round_year, round_no)
                WHERE h.upload_id < c.upload_id AND h.forecast_text <> c.forecast_text),
            confirmed AS (
                SELECT s.metric_id, arg_max(s.confirmed_by, s.confirmation_id) AS confirmed_by
                FROM status_confirmations s JOIN cur c USING (metric_id, round_year, round_no)
                WHERE s.ended_at IS NULL AND s.forecast_text = c.forecast_text AND s.status = c.derived_status
                GROUP BY s.metric_id)
            SELECT c.metric_id, c.theme, c.goal, c.metric, c.forecast_text, c.status, c.status_source, c.derived_status, c.evidence, c.rule,
                   c.confidence, c.override_reason, c.override_by, p.status, r.metric_id IS NOT NULL, k.confirmed_by
            FROM cur c
            LEFT JOIN prev p USING (metric_id)
            LEFT JOIN revised r USING (metric_id)
            LEFT JOIN confirmed k USING (metric_id)
            ORDER BY c.theme, c.goal_id, c.metric_id
            """,
            r => new ReviewItem(r.GetInt32(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetString(6),
                r.GetString(7), r.GetString(8), r.GetString(9), r.GetDouble(10), r.IsDBNull(11) ? null : r.GetString(11), r.IsDBNull(12) ? null : r.GetString(12),
                r.IsDBNull(13) ? null : r.GetString(13), r.GetBoolean(14), r.IsDBNull(15) ? null : r.GetString(15)),
            ("year", round.Year), ("no", round.Number), ("pyear", previous?.Year ?? 0), ("pno", previous?.Number ?? 0));

    public static ReviewMarks Marks(DuckDBConnection connection, ReportingRound round, string? theme)
    {
        var confirmed = StatusConfirmations.Confirmed(connection, round);
        var open = connection.Query("""
            SELECT metric_id, status FROM v_forecasts
            WHERE round_year = $year AND round_no = $no AND status_source = 'derived' AND ($theme = '' OR theme = $theme)
            """, r => (Id: (long)r.GetInt32(0), Status: r.GetString(1)), ("year", round.Year), ("no", round.Number), ("theme", theme ?? ""))
            .Where(f => !confirmed.Contains((int)f.Id)).ToList();
        return new ReviewMarks(open.GroupBy(f => f.Status).ToDictionary(g => g.Key, g => g.Count()), open.Select(f => f.Id).ToHashSet());
    }

    public static ReportingRound? Previous(IReadOnlyList<RoundInfo> rounds, ReportingRound round) =>
        rounds.Select(r => r.Round).Where(r => r.CompareTo(round) < 0).Select(r => (ReportingRound?)r).DefaultIfEmpty().Max();
}
