using Cockpit.Model.Store;
using DuckDB.NET.Data;

namespace Cockpit.Model.Sql;

/// <summary>
/// The analyst views as tables of the same names (schema <c>data</c>) in a DuckDB file of their own, all as of one moment: what analysts'
/// statements run against, in a worker process that may not open the cockpit's live database (DuckDB lets one process
/// hold a file that another writes). Nothing else is in it: no uploaded workbooks, no query log, no audit trail.
/// </summary>
public static class AnalystSnapshot
{
    /// <summary>Writes the snapshot to <paramref name="path"/> (a new file, inside the directory the instance may write).</summary>
    public static void Write(CockpitStore store, string path)
    {
        if (File.Exists(path)) File.Delete(path);
        using var connection = store.OpenConnection();
        connection.Execute(string.Concat("ATTACH ", SqlSandbox.Literal(path), " AS analyst_snapshot"));
        try
        {
            // One transaction: every table shows the same moment, whatever loads commit meanwhile.
            connection.Execute("BEGIN TRANSACTION");
            connection.Execute("CREATE SCHEMA analyst_snapshot.data");
            foreach (var view in SqlSandbox.AnalystViews.Order(StringComparer.Ordinal))
                connection.Execute(string.Concat("CREATE TABLE analyst_snapshot.data.", view, " AS SELECT * FROM main.", view));
            connection.Execute("COMMIT");
        }
        finally
        {
            connection.Execute("DETACH analyst_snapshot");
        }
    }

    /// <summary>
    /// A new in-memory database holding a copy of the snapshot at <paramref name="path"/>, then sandboxed: the file is
    /// detached before any statement runs, so no path and no file is within an analyst's reach.
    /// </summary>
    public static DuckDBConnection OpenCopy(string path, SqlLimits limits)
    {
        var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        connection.Execute(string.Concat("ATTACH ", SqlSandbox.Literal(path), " AS analyst_snapshot (READ_ONLY)"));
        connection.Execute("COPY FROM DATABASE analyst_snapshot TO memory");
        connection.Execute("DETACH analyst_snapshot");
        // Views over the copied tables, so that the catalog (duckdb_views()) shows analysts what the cockpit's does.
        foreach (var view in SqlSandbox.AnalystViews.Order(StringComparer.Ordinal))
            connection.Execute(string.Concat("CREATE VIEW main.", view, " AS SELECT * FROM data.", view));
        SqlSandbox.Lockdown(connection, limits);
        return connection;
    }
}
