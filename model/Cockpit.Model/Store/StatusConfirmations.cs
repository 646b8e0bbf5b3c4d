using Cockpit.Model.Forecasts;
using DuckDB.NET.Data;

namespace Cockpit.Model.Store;

/// <summary>
/// Controllers' confirmations that a derived status is right. Like overrides they are appended, never deleted; one holds for
/// the forecast text it was given for, and an upload that changes the text ends it (<see cref="EndForChangedTexts"/>).
/// </summary>
public sealed class StatusConfirmations(DuckDBConnection connection)
{
    /// <summary>Confirms the status derived from the metric's text in force; false when nothing is in force for it.</summary>
    public bool Confirm(int metricId, ReportingRound round, string by)
    {
        var inForce = connection.Query("""
            SELECT derived_status, forecast_text FROM v_forecasts WHERE metric_id = $metric AND round_year = $year AND round_no = $no
            """,
            r => (Status: r.GetString(0), Text: r.GetString(1)), ("metric", metricId), ("year", round.Year), ("no", round.Number));
        if (inForce is not [var current]) return false;
        connection.Execute("""
            INSERT INTO status_confirmations (metric_id, round_year, round_no, status, forecast_text, confirmed_by, confirmed_at)
            VALUES ($metric, $year, $no, $status, $text, $by, now())
            """,
            ("metric", metricId), ("year", round.Year), ("no", round.Number), ("status", current.Status), ("text", current.Text), ("by", by));
        return true;
    }

    /// <summary>Metric ids of the round whose derived status in force holds a confirmation for its very text and status.</summary>
    public static HashSet<int> Confirmed(DuckDBConnection connection, ReportingRound round) =>
        [.. connection.Query("""
            SELECT DISTINCT f.metric_id FROM v_forecasts f
            JOIN status_confirmations c ON c.metric_id = f.metric_id AND c.round_year = f.round_year AND c.round_no = f.round_no
                AND c.forecast_text = f.forecast_text AND c.status = f.derived_status AND c.ended_at IS NULL
            WHERE f.round_year = $year AND f.round_no = $no
            """, r => r.GetInt32(0), ("year", round.Year), ("no", round.Number))];

    /// <summary>Ends the confirmations whose text <paramref name="uploadId"/> replaced by another; in the load's transaction.</summary>
    public static int EndForChangedTexts(DuckDBConnection connection, int uploadId) =>
        connection.Execute("""
            UPDATE status_confirmations SET ended_at = now(), ended_by = $by, ended_reason = 'forecast text changed'
            WHERE ended_at IS NULL AND confirmation_id IN (
                SELECT s.confirmation_id FROM status_confirmations s
                JOIN v_current_forecasts c USING (metric_id, round_year, round_no)
                WHERE c.upload_id = $upload AND c.forecast_text <> s.forecast_text)
            """,
            ("by", $"upload {uploadId}"), ("upload", uploadId));
}
