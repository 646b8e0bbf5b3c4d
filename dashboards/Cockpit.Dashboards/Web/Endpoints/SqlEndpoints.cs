using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Cockpit.Dashboards.Auth;
using Cockpit.Dashboards.Sql;
using Cockpit.Dashboards.Tables;
using Cockpit.Model.Sql;
using Cockpit.Model.Store;
using DuckDB.NET.Data;
using Microsoft.Extensions.Options;

namespace Cockpit.Dashboards.Web.Endpoints;

/// <summary>Analysts' own read statements over the cockpit's data, in the sandbox (<see cref="SqlSandbox"/>), every one logged.</summary>
public static class SqlEndpoints
{
    public sealed record SqlRequest(string? Sql, Dictionary<string, JsonElement>? Parameters, string? Format, int? MaxRows);

    public static void MapSqlEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/sql", Run).RequireAuthorization(Roles.Analyst).WithTags("SQL").WithTableResponses()
            .WithSummary("Runs one read statement (SELECT, WITH, VALUES, DESCRIBE, SUMMARIZE, EXPLAIN): {sql, parameters, format: json|csv|xlsx|parquet, maxRows}. Analysts and admins.");
        app.MapGet("/api/sql/log", async (HttpContext http, CockpitDatabase db, SqlLogWriter log) =>
            {
                await log.FlushAsync(http.RequestAborted);
                return DataEndpoints.Table(http, db, null, "sql-loki", (c, _) => c.Frame("""
                    SELECT log_id, run_at, run_by, via, sha256, duration_ms, rows, outcome, detail FROM sql_log ORDER BY log_id DESC
                    """));
            })
            .RequireAuthorization(Roles.Admin).WithTags("SQL").WithTableResponses()
            .WithSummary("The query log: every analyst statement, who, when, its SHA-256, duration, rows and outcome. Admins.");
    }

    private static async Task<IResult> Run(SqlRequest request, CockpitDatabase db, IOptions<SqlLimits> options, HttpContext http)
    {
        var limits = options.Value;
        var parquet = string.Equals(request.Format, "parquet", StringComparison.OrdinalIgnoreCase);
        if (!TableFormats.TryParse(parquet ? null : request.Format, out var format))
            return Problems.Of(Problems.BadFormat, "Unknown format", $"format must be json, csv, xlsx or parquet, not '{request.Format}'");
        if (request.MaxRows is <= 0)
            return Problems.Of(Problems.BadSize, "Bad row cap", $"maxRows must be a positive whole number, not {request.MaxRows}");
        var maxRows = Math.Min(request.MaxRows ?? limits.MaxRows, limits.MaxRows);
        var parameters = new Dictionary<string, object?>();
        foreach (var (name, value) in request.Parameters ?? [])
        {
            object? converted = value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.TryGetInt64(out var whole) ? whole : value.GetDouble(),
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                JsonValueKind.Null => null,
                _ => value,
            };
            if (converted is JsonElement)
                return Problems.Of(Problems.SqlError, "Bad parameter", $"parameter ${name} must be a string, number, true, false or null");
            parameters[name] = converted;
        }

        var sql = request.Sql ?? "";
        var clock = Stopwatch.StartNew();
        void Log(SqlAnswer answer, string outcome, string detail) =>
            Record(http, new SqlLogEntry(http.User.Identity?.Name ?? "anonymous", "api", sql, clock.Elapsed, answer.Rows, outcome, detail));

        var connection = db.Store.OpenConnection();
        SqlQuery? query = null;
        try
        {
            query = SqlSandbox.Open(connection, sql, parameters, limits.Timeout);
            if (parquet)
            {
                using var buffer = new MemoryStream();
                var (rows, truncated) = await ParquetOutput.WriteAsync(query.Reader, query.Read, buffer, maxRows, http.RequestAborted);
                var answer = new SqlAnswer(rows, truncated);
                Log(answer, Outcome(answer), "");
                http.Response.Headers["X-Truncated"] = truncated ? "true" : "false";
                return TypedResults.File(buffer.ToArray(), ParquetOutput.ContentType, "sql.parquet");
            }
            switch (format)
            {
                case TableFormat.Csv:
                    var streamed = (query, connection);
                    query = null;
                    connection = null;
                    return TypedResults.Stream(stream => StreamCsv(streamed.query, streamed.connection, stream, maxRows, Log, http.RequestAborted),
                        format.ContentType(), "sql.csv");
                case TableFormat.Xlsx:
                    var (workbook, rows) = SqlOutput.Xlsx(query, maxRows, UploadEndpoints.Language(http));
                    Log(rows, Outcome(rows), "");
                    return TypedResults.File(workbook, format.ContentType(), "sql.xlsx");
                default:
                    using (var buffer = new MemoryStream())
                    {
                        SqlAnswer answer;
                        using (var json = new Utf8JsonWriter(buffer, TableWriter.JsonOptions)) answer = SqlOutput.Json(query, json, maxRows);
                        Log(answer, Outcome(answer), "");
                        return TypedResults.Bytes(buffer.ToArray(), format.ContentType());
                    }
            }
        }
        catch (Exception e) when (e is SqlRefusedException or SqlTimeoutException or SqlStatementException or DuckDBException)
        {
            Log(default, SqlLog.OutcomeOf(e), e.Message);
            return e switch
            {
                SqlRefusedException => Problems.Of(Problems.SqlRefused, "Statement refused", e.Message),
                SqlTimeoutException => Problems.Of(Problems.SqlTimeout, "Query took too long", e.Message, StatusCodes.Status408RequestTimeout),
                _ => Problems.Of(Problems.SqlError, "DuckDB could not run the statement", e.Message),
            };
        }
        finally
        {
            query?.Dispose();
            connection?.Dispose();
        }
    }

    private static string Outcome(SqlAnswer answer) => answer.Truncated ? SqlLog.Truncated : SqlLog.Ok;

    private static async Task StreamCsv(SqlQuery query, DuckDBConnection connection, Stream stream, int maxRows,
        Action<SqlAnswer, string, string> log, CancellationToken aborted)
    {
        try
        {
            await using var csv = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16);
            var answer = await SqlOutput.CsvAsync(query, csv, maxRows, aborted);
            log(answer, Outcome(answer), "");
        }
        catch (Exception e) when (e is SqlTimeoutException or DuckDBException or OperationCanceledException or IOException)
        {
            log(default, e is SqlTimeoutException ? SqlLog.Timeout : SqlLog.Error, "while streaming CSV: " + e.Message);
            throw;
        }
        finally
        {
            query.Dispose();
            connection.Dispose();
        }
    }

    // On a connection of its own: the query's may still carry the timer's interrupt.
    private static void Record(HttpContext http, SqlLogEntry entry) => http.RequestServices.GetRequiredService<SqlLogWriter>().Add(entry);
}
