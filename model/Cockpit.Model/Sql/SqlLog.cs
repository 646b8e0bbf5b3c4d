using System.Security.Cryptography;
using System.Text;
using Cockpit.Model.Store;
using DuckDB.NET.Data;

namespace Cockpit.Model.Sql;

/// <summary>One analyst statement as the query log keeps it.</summary>
public sealed record SqlLogEntry(string By, string Via, string Sql, TimeSpan Duration, long Rows, string Outcome, string Detail);

/// <summary>The query log: who ran which statement (by hash), when, how long, how many rows, how it ended.</summary>
public static class SqlLog
{
    public const string Ok = "ok";
    public const string Truncated = "truncated";
    public const string Refused = "refused";
    public const string Error = "error";
    public const string Timeout = "timeout";

    public static void Record(DuckDBConnection connection, SqlLogEntry entry) =>
        connection.Execute("""
            INSERT INTO sql_log (run_at, run_by, via, sha256, duration_ms, rows, outcome, detail)
            VALUES (now(), $by, $via, $sha, $ms, $rows, $outcome, $detail)
            """,
            ("by", entry.By), ("via", entry.Via), ("sha", Hash(entry.Sql)), ("ms", (long)entry.Duration.TotalMilliseconds),
            ("rows", entry.Rows), ("outcome", entry.Outcome), ("detail", entry.Detail));

    public static string Hash(string sql) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sql)));

    /// <summary>How an exception ends a statement in the log.</summary>
    public static string OutcomeOf(Exception e) => e switch
    {
        SqlRefusedException => Refused,
        SqlTimeoutException => Timeout,
        _ => Error,
    };
}
