using Cockpit.Model.Monthly;
using DuckDB.NET.Data;

namespace Cockpit.Model.Store;

/// <summary>
/// One monthly workbook being written in one transaction: metric values and budget rows. A month it reports replaces
/// that month's values of earlier uploads in the views; the rows themselves stay. Disposing without committing writes nothing.
/// </summary>
public sealed class MonthlyLoad : IDisposable
{
    private readonly DuckDBConnection connection;
    private readonly UploadInfo upload;
    private readonly DuckDBTransaction transaction;
    private readonly Dictionary<(int, DateOnly), long> currentBefore;
    private readonly DuckDBAppender values, budget;
    private int rows;
    private bool finished;

    internal MonthlyLoad(DuckDBConnection connection, UploadInfo upload)
    {
        this.connection = connection;
        this.upload = upload;
        transaction = connection.BeginTransaction();
        UploadId = UploadRecord.NextId(connection);
        currentBefore = CurrentRowsPerUploadAndMonth();
        values = connection.CreateAppender("metric_values");
        budget = connection.CreateAppender("budget_rows");
    }

    public int UploadId { get; }

    public void Add(MetricValue value)
    {
        ObjectDisposedException.ThrowIf(finished, this);
        values.CreateRow()
            .AppendValue(UploadId).AppendValue(value.MetricId).AppendValue(value.Month)
            .AppendValue(value.Actual).AppendValue(value.Target).AppendValue(value.Unit).AppendValue(value.Comment)
            .AppendValue(value.MetricAsWritten).AppendValue(value.Sheet).AppendValue(value.Cell)
            .EndRow();
        rows++;
    }

    public void Add(BudgetValue value)
    {
        ObjectDisposedException.ThrowIf(finished, this);
        budget.CreateRow()
            .AppendValue(UploadId).AppendValue(value.ServiceEntity).AppendValue(value.Month)
            .AppendValue(value.Budget).AppendValue(value.Actual).AppendValue(value.Forecast)
            .AppendValue(value.Sheet).AppendValue(value.Cell)
            .EndRow();
        rows++;
    }

    /// <summary>
    /// Writes the upload's own row and commits, or with <paramref name="dryRun"/> rolls back after measuring.
    /// <paramref name="attempt"/>, when given, is the audit row: written in this transaction before a commit (so a crash
    /// leaves neither or both), and on its own after a dry run's rollback.
    /// </summary>
    public MonthlyLoadResult Commit(bool dryRun = false, Func<MonthlyLoadResult, UploadAttempt>? attempt = null)
    {
        ObjectDisposedException.ThrowIf(finished, this);
        values.Close();
        budget.Close();
        UploadRecord.Insert(connection, upload, UploadId, rows);
        var after = CurrentRowsPerUploadAndMonth();
        var replaced = currentBefore
            .Select(b => new MonthReplacement(b.Key.Item1, b.Key.Item2, (int)(b.Value - after.GetValueOrDefault(b.Key))))
            .Where(r => r.Rows > 0)
            .OrderBy(r => r.UploadId).ThenBy(r => r.Month)
            .ToList();
        var result = new MonthlyLoadResult(UploadId, rows, replaced, Committed: !dryRun);
        UploadRecord.Finish(connection, transaction, dryRun, attempt?.Invoke(result));
        finished = true;
        return result;
    }

    public void Dispose()
    {
        if (!finished)
        {
            values.Dispose();
            budget.Dispose();
            transaction.Rollback();
            finished = true;
        }
        transaction.Dispose();
    }

    private Dictionary<(int, DateOnly), long> CurrentRowsPerUploadAndMonth() =>
        connection.Query("""
            SELECT upload_id, month, count(*) FROM (
                SELECT upload_id, month FROM v_metric_values UNION ALL SELECT upload_id, month FROM v_budget)
            GROUP BY ALL
            """,
            r => ((r.GetInt32(0), r.GetFieldValue<DateOnly>(1)), r.GetInt64(2)))
            .ToDictionary();
}
