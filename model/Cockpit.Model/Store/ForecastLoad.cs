using System.Text.Json;
using Cockpit.Model.Forecasts;
using Cockpit.Status;
using DuckDB.NET.Data;

namespace Cockpit.Model.Store;

/// <summary>
/// One forecast workbook being written in one transaction. Rows stream in through <see cref="Add"/>;
/// <see cref="Commit"/> makes them visible at once; disposing without committing leaves the store untouched.
/// </summary>
public sealed class ForecastLoad : IDisposable
{
    private readonly DuckDBConnection connection;
    private readonly UploadInfo upload;
    private readonly DuckDBTransaction transaction;
    private readonly Dictionary<UInt128, int> goalIds;
    private readonly Dictionary<UInt128, int> metricIds;
    private readonly Dictionary<int, long> currentBefore;
    private readonly DuckDBAppender goals, metrics, metricRows, entries;
    private int nextGoalId, nextMetricId, rows;
    private bool finished;

    internal ForecastLoad(DuckDBConnection connection, UploadInfo upload)
    {
        this.connection = connection;
        this.upload = upload;
        transaction = connection.BeginTransaction();
        UploadId = UploadRecord.NextId(connection);
        goalIds = connection.Query("SELECT goal_key, goal_id FROM goals", r => (KeyHash.Of(r.GetString(0)), r.GetInt32(1))).ToDictionary();
        metricIds = connection.Query("SELECT metric_key, metric_id FROM metrics", r => (KeyHash.Of(r.GetString(0)), r.GetInt32(1))).ToDictionary();
        nextGoalId = goalIds.Count == 0 ? 1 : goalIds.Values.Max() + 1;
        nextMetricId = metricIds.Count == 0 ? 1 : metricIds.Values.Max() + 1;
        currentBefore = CurrentRowsPerUpload();
        goals = connection.CreateAppender("goals");
        metrics = connection.CreateAppender("metrics");
        metricRows = connection.CreateAppender("metric_rows");
        entries = connection.CreateAppender("forecast_entries");
    }

    public int UploadId { get; }

    /// <param name="statuses">One derived status per forecast of <paramref name="row"/>, in the same order.</param>
    public void Add(MetricRow row, IReadOnlyList<StatusResult> statuses)
    {
        ObjectDisposedException.ThrowIf(finished, this);
        ArgumentOutOfRangeException.ThrowIfNotEqual(statuses.Count, row.Forecasts.Count, nameof(statuses));
        var (goalKey, metricKey) = (row.GoalKey, row.MetricKey);
        var goalId = IdFor(goalIds, goalKey, ref nextGoalId, id => goals.CreateRow().AppendValue(id).AppendValue(goalKey).AppendValue(row.GoalCode).EndRow());
        var metricId = IdFor(metricIds, metricKey, ref nextMetricId, id => metrics.CreateRow().AppendValue(id).AppendValue(metricKey).AppendValue(row.MetricCode).EndRow());
        metricRows.CreateRow()
            .AppendValue(UploadId).AppendValue(metricId).AppendValue(goalId)
            .AppendValue(row.Sheet).AppendValue(row.Row)
            .AppendValue(row.Theme).AppendValue(row.Goal).AppendValue(row.Metric).AppendValue(row.Linkage)
            .AppendValue(JsonSerializer.Serialize(row.Extras))
            .EndRow();
        for (var i = 0; i < row.Forecasts.Count; i++)
        {
            var (round, text, cell) = row.Forecasts[i];
            var status = statuses[i];
            entries.CreateRow()
                .AppendValue(UploadId).AppendValue(metricId)
                .AppendValue((short)round.Year).AppendValue((sbyte)round.Number)
                .AppendValue(text).AppendValue(status.Code).AppendValue(status.RuleCode).AppendValue(status.Evidence)
                .AppendValue(status.Confidence)
                .AppendValue(row.Sheet).AppendValue(cell)
                .EndRow();
        }
        rows += row.Forecasts.Count;
    }

    /// <summary>
    /// Writes the upload's own row and commits, or with <paramref name="dryRun"/> rolls back after measuring.
    /// <paramref name="attempt"/>, when given, is the audit row: written in this transaction before a commit (so a crash
    /// leaves neither or both), and on its own after a dry run's rollback.
    /// </summary>
    public LoadResult Commit(bool dryRun = false, Func<LoadResult, UploadAttempt>? attempt = null)
    {
        ObjectDisposedException.ThrowIf(finished, this);
        foreach (var appender in new[] { goals, metrics, metricRows, entries }) appender.Close();
        UploadRecord.Insert(connection, upload, UploadId, rows);
        var replaced = Replacements();
        var changes = dryRun ? ForecastChanges.Read(connection, UploadId) : [];
        var dropped = DropOverridesOfChangedTexts();
        StatusConfirmations.EndForChangedTexts(connection, UploadId);
        var result = new LoadResult(UploadId, rows, replaced, dropped, Committed: !dryRun) { Changes = changes };
        UploadRecord.Finish(connection, transaction, dryRun, attempt?.Invoke(result));
        finished = true;
        return result;
    }

    public void Dispose()
    {
        if (!finished)
        {
            foreach (var appender in new[] { goals, metrics, metricRows, entries }) appender.Dispose();
            transaction.Rollback();
            finished = true;
        }
        transaction.Dispose();
    }

    private static int IdFor(Dictionary<UInt128, int> ids, string key, ref int next, Action<int> insert)
    {
        var hash = KeyHash.Of(key);
        if (ids.TryGetValue(hash, out var id)) return id;
        id = next++;
        ids.Add(hash, id);
        insert(id);
        return id;
    }

    private List<Replacement> Replacements()
    {
        var after = CurrentRowsPerUpload();
        return currentBefore
            .Select(before => new Replacement(before.Key, (int)(before.Value - after.GetValueOrDefault(before.Key))))
            .Where(r => r.Rows > 0)
            .OrderBy(r => r.UploadId)
            .ToList();
    }

    private Dictionary<int, long> CurrentRowsPerUpload() =>
        connection.Query("SELECT upload_id, count(*) FROM v_current_forecasts GROUP BY upload_id", r => (r.GetInt32(0), r.GetInt64(1)))
            .ToDictionary();

    // An override holds for the text it was set for: where this upload puts a different text in force, it ends.
    private List<DroppedOverride> DropOverridesOfChangedTexts()
    {
        var dropped = connection.Query("""
            SELECT o.override_id, c.metric, c.round, o.status
            FROM v_active_overrides o
            JOIN v_current_forecasts c USING (metric_id, round_year, round_no)
            WHERE c.upload_id = $upload AND c.forecast_text <> o.forecast_text
            ORDER BY o.override_id
            """,
            r => new DroppedOverride(r.GetInt32(0), r.GetString(1), r.GetString(2), r.GetString(3)),
            ("upload", UploadId));
        foreach (var o in dropped)
            connection.Execute("""
                UPDATE status_overrides SET ended_at = now(), ended_by = $by, ended_reason = 'forecast text changed'
                WHERE override_id = $id
                """,
                ("by", $"upload {UploadId}"), ("id", o.OverrideId));
        return dropped;
    }
}
