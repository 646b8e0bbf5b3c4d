using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Cockpit.Dashboards.Web;
using Cockpit.Model.Sql;
using Microsoft.Extensions.Options;

namespace Cockpit.Dashboards.Sql.Workers;

/// <summary>
/// Runs analysts' statements in worker processes, never in the cockpit's own: at most <see cref="SqlLimits.Workers"/> at
/// once, at most <see cref="SqlLimits.MaxQueued"/> more waiting (beyond, <see cref="SqlBusyException"/>), each within its
/// deadline plus a grace, after which its worker is killed. Workers read a snapshot of the analyst views, written anew
/// when the data version moves on.
/// </summary>
public sealed class SqlWorkers : IDisposable
{
    public static readonly TimeSpan Grace = TimeSpan.FromMilliseconds(250);

    private readonly CockpitDatabase db;
    private readonly SqlLimits limits;
    private readonly WorkerLaunch launch;
    private readonly SemaphoreSlim slots;
    private readonly SemaphoreSlim snapshotLock = new(1, 1);
    private readonly ConcurrentQueue<SqlWorker> idle = new();
    private readonly ConcurrentDictionary<int, SqlWorker> all = new();
    private readonly SemaphoreSlim wake = new(0);
    private readonly ILogger<SqlWorkers> logger;
    private Snapshot? snapshot;
    private Task? keeper;
    private int inSystem;
    private volatile bool disposed;

    public SqlWorkers(CockpitDatabase db, IOptions<SqlLimits> options, ILogger<SqlWorkers> logger)
    {
        this.db = db;
        this.logger = logger;
        limits = options.Value;
        launch = new WorkerLaunch(limits.WorkerAddressSpaceMegabytes, limits.WorkerMemoryLimit, limits.WorkerThreads);
        slots = new SemaphoreSlim(limits.Workers, limits.Workers);
        if (limits.WarmWorkers) db.Version.Changed += RequestWarm;
    }

    /// <summary>With <see cref="SqlLimits.WarmWorkers"/>: have the current snapshot written and every worker started on it, in the background.</summary>
    public void RequestWarm()
    {
        if (!limits.WarmWorkers || disposed) return;
        if (Interlocked.CompareExchange(ref keeper, Task.CompletedTask, null) is null) keeper = Task.Run(KeepWarmAsync);
        wake.Release();
    }

    // One loop keeps the pool full: after start, after each data change, after each worker that was killed or ran out of memory.
    private async Task KeepWarmAsync()
    {
        while (!disposed)
        {
            await wake.WaitAsync();
            while (wake.CurrentCount > 0) await wake.WaitAsync();
            try
            {
                var current = await CurrentSnapshotAsync();
                // A worker on the snapshot before keeps answering until one on the new snapshot is ready to take its place.
                while (!disposed && idle.Count(w => w.Alive && w.SnapshotVersion == current.Version) + (limits.Workers - slots.CurrentCount) < limits.Workers)
                {
                    var worker = await SqlWorker.StartAsync(launch, current, CancellationToken.None);
                    all[worker.ProcessId] = worker;
                    idle.Enqueue(worker);
                    RetireIdle(w => w.SnapshotVersion != current.Version, 1);
                    if (disposed) worker.Dispose();
                }
                RetireIdle(w => w.SnapshotVersion != current.Version, int.MaxValue);
            }
            catch (Exception e) when (!disposed)
            {
                logger.LogWarning(e, "starting the SQL workers failed; trying again in a second");
                await Task.Delay(1000);
                wake.Release();
            }
            catch (Exception) when (disposed) { }
        }
    }

    /// <summary>Where snapshots are written: beside the database, the one directory its locked instance may write.</summary>
    public static string SnapshotDirectory(string databasePath) => Path.GetFullPath(databasePath) + ".analyst";

    /// <summary>The worker processes alive now, for the tests that measure their memory.</summary>
    public IReadOnlyCollection<int> ProcessIds => all.Values.Where(w => w.Alive).Select(w => w.ProcessId).ToList();

    /// <summary>Waits for a worker, hands it the statement and returns the call to read the answer from; dispose the call.</summary>
    public async Task<WorkerCall> StartAsync(WorkerRequest request, DateTime deadline, CancellationToken aborted)
    {
        SqlBusyException Busy() => new(limits.Timeout);
        if (Interlocked.Increment(ref inSystem) > limits.Workers + limits.MaxQueued)
        {
            Interlocked.Decrement(ref inSystem);
            throw Busy();
        }
        var slotTaken = false;
        WorkerCall? call = null;
        try
        {
            slotTaken = await slots.WaitAsync(Remaining(deadline), aborted);
            if (!slotTaken) throw Busy();
            var current = await CurrentSnapshotAsync();
            var worker = TakeIdle(current.Version);
            if (worker is null)
            {
                using var startLimit = new CancellationTokenSource(Remaining(deadline) + Grace);
                try { worker = await SqlWorker.StartAsync(launch, current, startLimit.Token); }
                catch (OperationCanceledException) { throw Busy(); } // no worker could start in time: the machine is busy
                all[worker.ProcessId] = worker;
            }
            call = new WorkerCall(worker, deadline + Grace, limits.Timeout, ended => Return(worker, ended));
            try { await worker.SendAsync(request with { TimeoutSeconds = Math.Max(0.1, Remaining(deadline).TotalSeconds) }); }
            catch (IOException) { } // the worker is gone: the call's first read says so
            return call;
        }
        catch
        {
            if (call is not null) call.Dispose(); // gives the slot back
            else
            {
                if (slotTaken) slots.Release();
                Interlocked.Decrement(ref inSystem);
            }
            throw;
        }
    }

    public void Dispose()
    {
        disposed = true;
        db.Version.Changed -= RequestWarm;
        wake.Release();
        foreach (var worker in all.Values) worker.Dispose();
        all.Clear();
        slots.Dispose();
        snapshotLock.Dispose();
    }

    private void Return(SqlWorker worker, bool cleanly)
    {
        if (cleanly && worker.Alive && idle.Count < limits.Workers) idle.Enqueue(worker);
        else Retire(worker);
        slots.Release();
        Interlocked.Decrement(ref inSystem);
        if (!cleanly) RequestWarm(); // a killed worker's place is filled before the next statement needs it
    }

    // A worker on the current snapshot, else one on the snapshot before while its successor starts (an answer may be
    // one load behind, never half of one); dead ones are retired on the way.
    private SqlWorker? TakeIdle(string version)
    {
        SqlWorker? older = null;
        var count = idle.Count;
        for (var i = 0; i < count && idle.TryDequeue(out var worker); i++)
        {
            if (!worker.Alive) Retire(worker);
            else if (worker.SnapshotVersion == version)
            {
                if (older is not null) idle.Enqueue(older);
                return worker;
            }
            else if (older is null && limits.WarmWorkers) older = worker;
            else idle.Enqueue(worker);
        }
        return older;
    }

    // Only a worker taken out of the idle queue is retired: one a statement has taken is never killed under it.
    private void RetireIdle(Func<SqlWorker, bool> stale, int most)
    {
        for (var i = idle.Count; i > 0 && most > 0 && idle.TryDequeue(out var worker); i--)
        {
            if (stale(worker) || !worker.Alive)
            {
                Retire(worker);
                most--;
            }
            else idle.Enqueue(worker);
        }
    }

    private void Retire(SqlWorker worker)
    {
        all.TryRemove(worker.ProcessId, out _);
        worker.Dispose();
    }

    /// <summary>The snapshot of the current data version, written first if it is not yet: the workers' data and the DuckDB export.</summary>
    public async Task<Snapshot> CurrentSnapshotAsync()
    {
        var version = db.Version.Token;
        if (Volatile.Read(ref snapshot) is { } known && known.Version == version) return known;
        await snapshotLock.WaitAsync();
        try
        {
            version = db.Version.Token;
            if (snapshot is { } again && again.Version == version) return again;
            var directory = SnapshotDirectory(db.Store.Path);
            var path = Path.Combine(directory, $"analyst-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(version)))[..16]}.duckdb");
            await Task.Run(() => AnalystSnapshot.Write(db.Store, path));
            Volatile.Write(ref snapshot, new Snapshot(version, path));
            // Workers copy a snapshot when they start (in a second or two): an older one goes once no worker can still be starting on it.
            foreach (var old in new DirectoryInfo(directory).EnumerateFiles("analyst-*.duckdb*")
                         .Where(f => !f.FullName.StartsWith(path, StringComparison.Ordinal) && f.LastWriteTimeUtc < DateTime.UtcNow - TimeSpan.FromMinutes(2)))
                old.Delete();
            return snapshot!;
        }
        finally
        {
            snapshotLock.Release();
        }
    }

    private static TimeSpan Remaining(DateTime deadline) =>
        deadline - DateTime.UtcNow is var left && left > TimeSpan.Zero ? left : TimeSpan.Zero;
}
