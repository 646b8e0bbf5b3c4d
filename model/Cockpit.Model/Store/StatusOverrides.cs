using Cockpit.Model.Forecasts;
using Cockpit.Status;
using DuckDB.NET.Data;

namespace Cockpit.Model.Store;

/// <summary>
/// A controller's hand-set statuses. An override holds for the forecast text it was set for; it is ended,
/// never deleted, when a person clears it, sets another, or an upload changes the text.
/// </summary>
public sealed class StatusOverrides(DuckDBConnection connection)
{
    /// <summary>The metrics in force for <paramref name="round"/> that <paramref name="query"/> names: by id, code, exact text, or a unique part of the text.</summary>
    public IReadOnlyList<MetricInForce> Find(string query, ReportingRound round)
    {
        var rows = connection.Query("""
            SELECT f.metric_id, m.code, f.goal, f.metric, f.forecast_text, f.status, f.status_source
            FROM v_forecasts f JOIN metrics m USING (metric_id)
            WHERE f.round_year = $year AND f.round_no = $no
            ORDER BY f.metric_id
            """,
            r => new MetricInForce(r.GetInt32(0), r.IsDBNull(1) ? null : r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetString(6)),
            ("year", round.Year), ("no", round.Number));
        var key = TextKey.Normalise(query);
        var exact = rows.Where(r => r.MetricId.ToString(System.Globalization.CultureInfo.InvariantCulture) == key
            || (r.Code is { } code && TextKey.Normalise(code) == key)
            || TextKey.Normalise(r.Metric) == key).ToList();
        return exact.Count > 0 ? exact : rows.Where(r => TextKey.Normalise(r.Metric).Contains(key, StringComparison.Ordinal)).ToList();
    }

    /// <summary>Sets <paramref name="status"/> for the metric's forecast text in force, ending any override it replaces.</summary>
    public StatusOverride Set(MetricInForce metric, ReportingRound round, ForecastStatus status, string reason, string by)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        using var transaction = connection.BeginTransaction();
        End(metric.MetricId, round, by, "replaced by a new override");
        var now = DateTimeOffset.UtcNow;
        var id = connection.Scalar<int>("""
            INSERT INTO status_overrides (metric_id, round_year, round_no, status, reason, forecast_text, set_by, set_at)
            VALUES ($metric, $year, $no, $status, $reason, $text, $by, $at)
            RETURNING override_id
            """,
            ("metric", metric.MetricId), ("year", round.Year), ("no", round.Number), ("status", status.ToCode()),
            ("reason", reason.Trim()), ("text", metric.ForecastText), ("by", by), ("at", now));
        transaction.Commit();
        return new StatusOverride(id, metric.MetricId, round, status, reason.Trim(), by, now);
    }

    /// <summary>Ends the override that holds for the metric and round, if one does; false when none did.</summary>
    public bool Clear(int metricId, ReportingRound round, string by, string reason) => End(metricId, round, by, reason) > 0;

    private int End(int metricId, ReportingRound round, string by, string reason) =>
        connection.Execute("""
            UPDATE status_overrides SET ended_at = now(), ended_by = $by, ended_reason = $reason
            WHERE metric_id = $metric AND round_year = $year AND round_no = $no AND ended_at IS NULL
            """,
            ("by", by), ("reason", reason), ("metric", metricId), ("year", round.Year), ("no", round.Number));
}

/// <summary>A metric's forecast in force for a round, as an override is set against it.</summary>
public sealed record MetricInForce(int MetricId, string? Code, string Goal, string Metric, string ForecastText, string Status, string StatusSource);

/// <summary>An override as set.</summary>
public sealed record StatusOverride(int OverrideId, int MetricId, ReportingRound Round, ForecastStatus Status, string Reason, string SetBy, DateTimeOffset SetAt);
