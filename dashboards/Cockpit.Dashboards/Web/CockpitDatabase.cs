using Cockpit.Model.Store;
using DuckDB.NET.Data;

namespace Cockpit.Dashboards.Web;

/// <summary>The server's one database: each read gets its own connection to it, so requests run side by side.</summary>
public sealed class CockpitDatabase : IDisposable
{
    private readonly CockpitStore store;
    private readonly SemaphoreSlim writeLock = new(1, 1);
    private RoundsOfVersion rounds = new("", []);

    public CockpitDatabase(CockpitStore store, DataVersion version)
    {
        this.store = store;
        Version = version;
    }

    public CockpitStore Store => store;

    public DataVersion Version { get; }

    /// <summary>The rounds with data, read once per data version: every request's filters are checked against them.</summary>
    public IReadOnlyList<RoundInfo> Rounds
    {
        get
        {
            var known = Volatile.Read(ref rounds);
            var version = Version.Token;
            if (known.Version == version) return known.Rounds;
            var fresh = Read(RoundCatalog.Read);
            Volatile.Write(ref rounds, new RoundsOfVersion(version, fresh));
            return fresh;
        }
    }

    /// <summary>Runs a write on the store's own connection, one at a time, and moves the data version on.</summary>
    public T Write<T>(Func<CockpitStore, T> write)
    {
        writeLock.Wait();
        return WriteHoldingLock(write);
    }

    /// <summary>As <see cref="Write{T}"/>, but waits for the lock without holding a thread: for requests.</summary>
    public async Task<T> WriteAsync<T>(Func<CockpitStore, T> write, CancellationToken cancel = default)
    {
        await writeLock.WaitAsync(cancel);
        return WriteHoldingLock(write);
    }

    private T WriteHoldingLock<T>(Func<CockpitStore, T> write)
    {
        try
        {
            var result = write(store);
            Version.Refresh(store.Connection);
            return result;
        }
        finally
        {
            writeLock.Release();
        }
    }

    public T Read<T>(Func<DuckDBConnection, T> query)
    {
        using var connection = store.OpenConnection();
        return query(connection);
    }

    public void Dispose()
    {
        store.Dispose();
        writeLock.Dispose();
    }
}

internal sealed record RoundsOfVersion(string Version, IReadOnlyList<RoundInfo> Rounds);
