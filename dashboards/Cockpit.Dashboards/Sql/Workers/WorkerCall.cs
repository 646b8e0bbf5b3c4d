using System.Text.Json;
using Cockpit.Model.Sql;

namespace Cockpit.Dashboards.Sql.Workers;

/// <summary>One statement in a worker: its answer read frame by frame; past the deadline the worker is killed and the call times out.</summary>
public sealed class WorkerCall : IDisposable
{
    private readonly SqlWorker worker;
    private readonly Timer killer;
    private readonly TimeSpan limit;
    private readonly Action<bool> release;
    private volatile bool timedOut;
    private bool ended;

    internal WorkerCall(SqlWorker worker, DateTime killAt, TimeSpan limit, Action<bool> release)
    {
        this.worker = worker;
        this.limit = limit;
        this.release = release;
        killer = new Timer(_ => { timedOut = true; worker.Kill(); }, null, Max(killAt - DateTime.UtcNow, TimeSpan.Zero), Timeout.InfiniteTimeSpan);
    }

    /// <summary>The next piece of the answer, or null once the statement has ended (then see <see cref="Trailer"/>); never throws.</summary>
    public async Task<byte[]?> NextAsync()
    {
        if (ended) return null;
        try
        {
            var (kind, payload) = await worker.NextAsync();
            if (kind == WorkerFrames.Data) return payload;
            Trailer = JsonSerializer.Deserialize<WorkerTrailer>(payload)!;
            ended = true;
            return null;
        }
        catch (Exception) when (timedOut)
        {
            ended = true;
            Trailer = new WorkerTrailer(0, false, SqlLog.Timeout, new SqlTimeoutException(limit).Message);
            return null;
        }
        catch (Exception e) when (e is SqlWorkerLostException or IOException or OperationCanceledException or JsonException)
        {
            ended = true;
            Trailer = new WorkerTrailer(0, false, SqlLog.Error, e is SqlWorkerLostException ? e.Message : new SqlWorkerLostException(e.Message).Message, Exhausted: true);
            return null;
        }
    }

    /// <summary>How the statement ended; set once <see cref="NextAsync"/> has returned null.</summary>
    public WorkerTrailer Trailer { get; private set; } = new(0, false, SqlLog.Error, "the statement has not ended");

    public void Dispose()
    {
        killer.Dispose();
        release(ended && !timedOut && Trailer.Outcome != SqlLog.Timeout && !Trailer.Exhausted);
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
