using DuckDB.NET.Data;
using Cockpit.Model.Store;

namespace Cockpit.Dashboards.Web;

/// <summary>
/// A token that changes whenever committed data does (a load, an override), so that a computed image or table can be
/// reused, and answered with 304, until then. It is read from the database, so it survives restarts.
/// </summary>
public sealed class DataVersion
{
    private volatile string token = "";

    public string Token => token;

    public event Action? Changed;

    /// <summary>Reads the token again; call after every commit.</summary>
    public void Refresh(DuckDBConnection connection)
    {
        var fresh = Read(connection);
        if (fresh == token) return;
        token = fresh;
        Changed?.Invoke();
    }

    /// <summary>The token as the connection sees the data: inside a transaction, as of that transaction.</summary>
    public static string Read(DuckDBConnection connection) => connection.Scalar<string>("""
        SELECT printf('u%d-o%d-e%d-c%d-d%d', (SELECT coalesce(max(upload_id), 0) FROM uploads),
            (SELECT coalesce(max(override_id), 0) FROM status_overrides),
            (SELECT count(*) FROM status_overrides WHERE ended_at IS NOT NULL),
            (SELECT coalesce(max(confirmation_id), 0) FROM status_confirmations),
            (SELECT count(*) FROM status_confirmations WHERE ended_at IS NOT NULL))
        """)!;
}
