using System.Security.Cryptography;
using System.Text;
using Cockpit.Model.Store;
using DuckDB.NET.Data;

namespace Cockpit.Model.Sql;

/// <summary>One analyst statement as the query log keeps it.</summary>
public sealed record SqlLogEntry(string By, string Via, string Sql, TimeSpan Duration, long Rows, string Outcome, string Detail);

/// <summary>A statement a person ran, as their history shows it.</summary>
public sealed record SqlHistoryEntry(string Sql, DateTimeOffset RunAt, string Outcome, long Rows, long DurationMs);

/// <summary>The query log: who ran which statement (by hash), when, how long, how many rows, how it ended.</summary>
public static class SqlLog
{
    public const string Ok = "ok";
    public const string Truncated = "truncated";
    public const string Refused = "refused";
    public const string Error = "error";
    public const string Timeout = "timeout";

    public static void Record(DuckDBConnection connection, SqlLogEntry entry)
    {
        var sha = Hash(entry.Sql);
        connection.Execute("""
            INSERT INTO sql_log (run_at, run_by, via, sha256, duration_ms, rows, outcome, detail)
            VALUES (now(), $by, $via, $sha, $ms, $rows, $outcome, $detail)
            """,
            ("by", entry.By), ("via", entry.Via), ("sha", sha), ("ms", (long)entry.Duration.TotalMilliseconds),
            ("rows", entry.Rows), ("outcome", entry.Outcome), ("detail", entry.Detail));
        connection.Execute("INSERT INTO sql_texts VALUES ($sha, $sql) ON CONFLICT DO NOTHING", ("sha", sha), ("sql", entry.Sql));
    }

    /// <summary>One person's latest statements, newest first, each once (at its latest run): their history to run again.</summary>
    public static List<SqlHistoryEntry> History(DuckDBConnection connection, string by, int most) =>
        connection.Query("""
            SELECT t.sql, l.run_at, l.outcome, l.rows, l.duration_ms
            FROM (SELECT *, row_number() OVER (PARTITION BY sha256 ORDER BY log_id DESC) AS nth FROM sql_log WHERE run_by = $by) l
            JOIN sql_texts t USING (sha256)
            WHERE l.nth = 1 ORDER BY l.log_id DESC LIMIT $most
            """,
            r => new SqlHistoryEntry(r.GetString(0), r.GetFieldValue<DateTimeOffset>(1), r.GetString(2), r.GetInt64(3), r.GetInt64(4)),
            ("by", by), ("most", most));

    public static string Hash(string sql) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sql)));

    /// <summary>How an exception ends a statement in the log.</summary>
    public static string OutcomeOf(Exception e) => e switch
    {
        SqlRefusedException => Refused,
        SqlTimeoutException => Timeout,
        _ => Error,
    };
}
