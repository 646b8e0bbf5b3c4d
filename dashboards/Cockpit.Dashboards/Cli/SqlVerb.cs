using System.Text.Json;
using Cockpit.Dashboards.Sql;
using Cockpit.Dashboards.Tables;
using Cockpit.Model.Sql;
using Cockpit.Model.Store;

namespace Cockpit.Dashboards.Cli;

/// <summary>
/// <c>sql [--db PATH | --url URL [--key KEY]] [--format table|csv|json] "QUERY"</c>: one read statement in the same sandbox as
/// <c>POST /api/sql</c>; with <c>--url</c> (or COCKPIT_URL) through a running cockpit's, since it holds the database file.
/// </summary>
internal static class SqlVerb
{
    public static int Run(Arguments args, TextWriter stdout, TextWriter stderr)
    {
        var url = args.Option("url") ?? Environment.GetEnvironmentVariable("COCKPIT_URL");
        var key = args.Option("key") ?? Environment.GetEnvironmentVariable("COCKPIT_KEY");
        var dbPath = url is null ? CommandLine.DatabasePath(args) : null;
        var format = args.Option("format") ?? "table";
        var limits = new SqlLimits { MaxRows = args.Int("max-rows", new SqlLimits().MaxRows), TimeoutSeconds = args.Int("timeout", new SqlLimits().TimeoutSeconds) };
        args.RejectUnknown();
        if (format is not ("table" or "csv" or "json")) throw new UsageException($"--format must be table, csv or json, not '{format}'");
        if (args.Positional.Count != 1) throw new UsageException("sql needs exactly one QUERY (quote it)");
        if (url is not null)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var server) || server.Scheme is not ("http" or "https"))
                throw new UsageException($"--url must be the cockpit's address, such as http://127.0.0.1:5080, not '{url}'");
            return SqlOverHttp.Run(server, key, args.Positional[0], format, limits.MaxRows, stdout, stderr);
        }
        using var store = OpenOrExplain(dbPath!);
        SqlSandbox.Lockdown(store.Connection, limits);
        var sql = args.Positional[0];
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            SqlAnswer answer;
            using (var query = SqlSandbox.Open(store.Connection, sql, null, limits.Timeout))
            {
                switch (format)
                {
                    case "csv":
                        answer = SqlOutput.CsvAsync(query, stdout, limits.MaxRows).GetAwaiter().GetResult();
                        break;
                    case "json":
                        using (var buffer = new MemoryStream())
                        {
                            using (var json = new Utf8JsonWriter(buffer, TableWriter.JsonOptions)) answer = SqlOutput.Json(query, json, limits.MaxRows);
                            stdout.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
                        }
                        break;
                    default:
                        answer = SqlOutput.Table(query, stdout, limits.MaxRows);
                        break;
                }
            }
            Log(store, sql, clock.Elapsed, answer.Rows, answer.Truncated ? SqlLog.Truncated : SqlLog.Ok, "");
            return 0;
        }
        catch (Exception e) when (e is SqlRefusedException or SqlStatementException or SqlTimeoutException or DuckDB.NET.Data.DuckDBException)
        {
            Log(store, sql, clock.Elapsed, 0, SqlLog.OutcomeOf(e), e.Message);
            stderr.WriteLine($"error: {e.Message}");
            return 1;
        }
    }

    private static CockpitStore OpenOrExplain(string dbPath)
    {
        try { return CockpitStore.Open(dbPath); }
        catch (DuckDB.NET.Data.DuckDBException e) when (e.Message.Contains("lock", StringComparison.OrdinalIgnoreCase))
        {
            throw new UsageException($"{dbPath} is held by a running cockpit; ask it instead: sql --url http://127.0.0.1:5080 [--key KEY] \"QUERY\"");
        }
    }

    // On a connection of its own: the store's may still carry the timer's interrupt.
    private static void Log(CockpitStore store, string sql, TimeSpan duration, long rows, string outcome, string detail)
    {
        using var connection = store.OpenConnection();
        SqlLog.Record(connection, new SqlLogEntry(Environment.UserName, "cli", sql, duration, rows, outcome, detail));
    }
}
