using Cockpit.Model.Store;
using DuckDB.NET.Data;

namespace Cockpit.Dashboards.Web;

/// <summary>The server's one database: each read gets its own connection to it, so requests run side by side.</summary>
public sealed class CockpitDatabase(CockpitStore store, DataVersion version) : IDisposable
{
    public CockpitStore Store => store;

    public DataVersion Version => version;

    public T Read<T>(Func<DuckDBConnection, T> query)
    {
        using var connection = store.OpenConnection();
        return query(connection);
    }

    public void Dispose() => store.Dispose();
}
