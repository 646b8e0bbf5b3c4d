using DuckDB.NET.Data;

namespace Cockpit.Model.Store;

/// <summary>A forecast cell whose text or status a load changes: before (null when new) and after, with the status each way.</summary>
public sealed record ForecastChange(string Theme, string Goal, string Metric, string Round, string? TextBefore, string TextAfter,
    string? StatusBefore, string StatusAfter, string Rule, double Confidence);

/// <summary>What a load in progress changes against what was in force before it, read inside its transaction.</summary>
public static class ForecastChanges
{
    /// <summary>
    /// Cells of <paramref name="uploadId"/> whose text or status in force differs from before. "Before" is what
    /// v_forecasts showed without this upload; "after" keeps an override where its text stays, as loading does.
    /// </summary>
    public static List<ForecastChange> Read(DuckDBConnection connection, int uploadId) =>
        connection.Query("""
            WITH before_latest AS (
                SELECT goal_id, round_year, round_no, max(upload_id) AS upload_id
                FROM v_forecast_history WHERE upload_id < $upload GROUP BY ALL),
            before AS (SELECT h.* FROM v_forecast_history h JOIN before_latest USING (goal_id, round_year, round_no, upload_id)),
            changes AS (
                SELECT n.theme, n.goal, n.metric, n.round, b.forecast_text AS text_before, n.forecast_text AS text_after,
                       CASE WHEN b.metric_id IS NULL THEN NULL ELSE coalesce(o.status, b.status) END AS status_before,
                       CASE WHEN o.override_id IS NOT NULL AND o.forecast_text = n.forecast_text THEN o.status ELSE n.status END AS status_after,
                       n.rule, n.confidence, n.goal_id, n.metric_id, n.round_year, n.round_no
                FROM v_forecast_history n
                LEFT JOIN before b USING (metric_id, round_year, round_no)
                LEFT JOIN v_active_overrides o USING (metric_id, round_year, round_no)
                WHERE n.upload_id = $upload)
            SELECT theme, goal, metric, round, text_before, text_after, status_before, status_after, rule, confidence
            FROM changes
            WHERE text_before IS DISTINCT FROM text_after OR status_before IS DISTINCT FROM status_after
            ORDER BY round_year, round_no, goal_id, metric_id
            """,
            r => new ForecastChange(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4),
                r.GetString(5), r.IsDBNull(6) ? null : r.GetString(6), r.GetString(7), r.GetString(8), r.GetDouble(9)),
            ("upload", uploadId));
}
