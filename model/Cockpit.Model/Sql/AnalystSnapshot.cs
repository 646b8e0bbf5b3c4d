using Cockpit.Model.Store;
using DuckDB.NET.Data;

namespace Cockpit.Model.Sql;

/// <summary>
/// The analyst views as tables of the same names, with their comments, in a DuckDB file of their own, all as of one moment:
/// what analysts' statements run against, in a worker process that may not open the cockpit's live database (DuckDB lets
/// one process hold a file that another writes), and what <c>GET /api/export/duckdb</c> hands analysts for their own tools.
/// Nothing else is in it: no uploaded workbooks, no query log, no audit trail.
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
            foreach (var view in SqlSandbox.AnalystViews.Order(StringComparer.Ordinal))
            {
                var table = "analyst_snapshot.main." + view;
                connection.Execute(string.Concat("CREATE TABLE ", table, " AS SELECT * FROM main.", view));
                CopyComments(connection, view, table);
            }
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
        connection.Execute("CREATE SCHEMA data");
        // Tables in schema data, views over them in main, so that the catalog (duckdb_views()) shows analysts what the cockpit's does.
        foreach (var view in SqlSandbox.AnalystViews.Order(StringComparer.Ordinal))
        {
            connection.Execute(string.Concat("CREATE TABLE data.", view, " AS SELECT * FROM analyst_snapshot.main.", view));
            connection.Execute(string.Concat("CREATE VIEW main.", view, " AS SELECT * FROM data.", view));
        }
        connection.Execute("DETACH analyst_snapshot");
        SqlSandbox.Lockdown(connection, limits);
        return connection;
    }

    private static void CopyComments(DuckDBConnection connection, string view, string table)
    {
        if (connection.Scalar<string>("SELECT comment FROM duckdb_views() WHERE database_name = current_database() AND schema_name = 'main' AND view_name = $view", ("view", view)) is { } about)
            connection.Execute(string.Concat("COMMENT ON TABLE ", table, " IS ", SqlSandbox.Literal(about)));
        var columns = connection.Query("""
            SELECT column_name, comment FROM duckdb_columns()
            WHERE database_name = current_database() AND schema_name = 'main' AND table_name = $view AND comment IS NOT NULL
            """, r => (Name: r.GetString(0), Comment: r.GetString(1)), ("view", view));
        foreach (var column in columns)
            connection.Execute(string.Concat("COMMENT ON COLUMN ", table, ".", Quoted(column.Name), " IS ", SqlSandbox.Literal(column.Comment)));
    }

    private static string Quoted(string name) => string.Concat("\"", name.Replace("\"", "\"\"", StringComparison.Ordinal), "\"");
}
