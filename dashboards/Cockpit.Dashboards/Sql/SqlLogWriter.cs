using System.Threading.Channels;
using Cockpit.Dashboards.Web;
using Cockpit.Model.Sql;
using DuckDB.NET.Data;

namespace Cockpit.Dashboards.Sql;

/// <summary>
/// Writes the query log off the request path: a write commits to disk and cost an analyst's answer several
/// milliseconds. Entries wait in a bounded queue; readers of the log call <see cref="FlushAsync"/> first.
/// </summary>
public sealed class SqlLogWriter : IAsyncDisposable
{
    private readonly Channel<SqlLogEntry> queue = Channel.CreateBounded<SqlLogEntry>(new BoundedChannelOptions(10_000) { SingleReader = true });
    private readonly CockpitDatabase db;
    private readonly ILogger<SqlLogWriter> logger;
    private readonly Task pump;
    private int pending;

    public SqlLogWriter(CockpitDatabase db, ILogger<SqlLogWriter> logger)
    {
        this.db = db;
        this.logger = logger;
        pump = Task.Run(PumpAsync);
    }

    public void Add(SqlLogEntry entry)
    {
        Interlocked.Increment(ref pending);
        if (!queue.Writer.TryWrite(entry)) Write(entry); // a full queue: write on the caller's thread rather than lose it
    }

    /// <summary>Waits until every entry added so far is written.</summary>
    public async Task FlushAsync(CancellationToken cancel = default)
    {
        while (Volatile.Read(ref pending) > 0) await Task.Delay(5, cancel);
    }

    public async ValueTask DisposeAsync()
    {
        queue.Writer.TryComplete();
        await pump;
    }

    private async Task PumpAsync()
    {
        await foreach (var entry in queue.Reader.ReadAllAsync()) Write(entry);
    }

    private void Write(SqlLogEntry entry)
    {
        try
        {
            using var connection = db.Store.OpenConnection();
            SqlLog.Record(connection, entry);
        }
        catch (DuckDBException e)
        {
            logger.LogError(e, "the query log could not be written");
        }
        finally
        {
            Interlocked.Decrement(ref pending);
        }
    }
}
