using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Cockpit.Dashboards.Auth;
using Cockpit.Dashboards.Sql;
using Cockpit.Dashboards.Sql.Workers;
using Cockpit.Dashboards.Tables;
using Cockpit.Model.Sql;
using Cockpit.Model.Store;
using Microsoft.Extensions.Options;

namespace Cockpit.Dashboards.Web.Endpoints;

/// <summary>
/// Analysts' own read statements over the cockpit's data, run by a worker process in the sandbox (<see cref="SqlWorkers"/>,
/// <see cref="SqlSandbox"/>), every one logged, whatever its end.
/// </summary>
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

    internal static async Task<IResult> Run(SqlRequest request, SqlWorkers workers, IOptions<SqlLimits> options, HttpContext http)
    {
        var limits = options.Value;
        var deadline = DateTime.UtcNow + limits.Timeout;
        var parquet = string.Equals(request.Format, "parquet", StringComparison.OrdinalIgnoreCase);
        if (!TableFormats.TryParse(parquet ? null : request.Format, out var format))
            return Problems.Of(Problems.BadFormat, "Unknown format", $"format must be json, csv, xlsx or parquet, not '{request.Format}'");
        if (request.MaxRows is <= 0)
            return Problems.Of(Problems.BadSize, "Bad row cap", $"maxRows must be a positive whole number, not {request.MaxRows}");
        if (request.Parameters?.FirstOrDefault(p => p.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array) is { Key: { } name })
            return Problems.Of(Problems.SqlError, "Bad parameter", $"parameter ${name} must be a string, number, true, false or null");
        var sql = request.Sql ?? "";
        var clock = Stopwatch.StartNew();
        void Log(WorkerTrailer end) =>
            Record(http, new SqlLogEntry(http.User.Identity?.Name ?? "anonymous", "api", sql, clock.Elapsed, end.Rows, end.Outcome, end.Message ?? ""));
        if (Encoding.UTF8.GetByteCount(sql) > limits.MaxStatementBytes)
        {
            var tooLong = new WorkerTrailer(0, false, SqlLog.Refused, string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"the statement is {Encoding.UTF8.GetByteCount(sql):N0} bytes long; at most {limits.MaxStatementBytes:N0} are accepted"));
            Log(tooLong);
            return Problems.Of(Problems.SqlTooLarge, "Statement too long", tooLong.Message!, StatusCodes.Status413PayloadTooLarge);
        }

        var kind = parquet ? "parquet" : format.Extension();
        var work = new WorkerRequest(sql, request.Parameters, kind, Math.Min(request.MaxRows ?? limits.MaxRows, limits.MaxRows), UploadEndpoints.Language(http), limits.TimeoutSeconds);
        WorkerCall call;
        try { call = await workers.StartAsync(work, deadline, http.RequestAborted); }
        catch (Exception e) when (e is SqlBusyException or SqlTimeoutException or SqlWorkerLostException)
        {
            Log(new WorkerTrailer(0, false, e is SqlTimeoutException ? SqlLog.Timeout : e is SqlBusyException ? SqlLog.Refused : SqlLog.Error, e.Message));
            return Failure(e, http);
        }
        var first = await call.NextAsync();
        if (first is null)
        {
            call.Dispose();
            Log(call.Trailer);
            return Failure(call.Trailer, sql);
        }
        http.Response.Headers["X-Truncated"] = "false";
        if (format == TableFormat.Csv && !parquet)
            return TypedResults.Stream(stream => StreamCsv(call, first, stream, Log), format.ContentType(), "sql.csv");
        using (call)
        {
            using var body = new MemoryStream();
            for (var piece = first; piece is not null; piece = await call.NextAsync()) body.Write(piece);
            Log(call.Trailer);
            if (call.Trailer.Outcome is not (SqlLog.Ok or SqlLog.Truncated)) return Failure(call.Trailer, sql);
            http.Response.Headers["X-Truncated"] = call.Trailer.Truncated ? "true" : "false";
            http.Response.Headers["X-Duration-Ms"] = clock.ElapsedMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return parquet ? TypedResults.File(body.ToArray(), ParquetOutput.ContentType, "sql.parquet")
                : format == TableFormat.Xlsx ? TypedResults.File(body.ToArray(), format.ContentType(), "sql.xlsx")
                : TypedResults.Bytes(body.ToArray(), format.ContentType());
        }
    }

    // The position (line, column) goes with a refusal or an error, for the workbench to point at.
    private static IResult Failure(WorkerTrailer end, string sql)
    {
        var problem = end.Outcome switch
        {
            SqlLog.Refused => Problems.Of(Problems.SqlRefused, "Statement refused", end.Message ?? ""),
            SqlLog.Timeout => Problems.Of(Problems.SqlTimeout, "Query took too long", end.Message ?? "", StatusCodes.Status408RequestTimeout),
            _ => Problems.Of(Problems.SqlError, "DuckDB could not run the statement", end.Message ?? ""),
        };
        if (end.Outcome != SqlLog.Timeout && SqlErrorPosition.Find(sql, end.Message ?? "") is { } at)
        {
            problem.ProblemDetails.Extensions["line"] = at.Line;
            problem.ProblemDetails.Extensions["column"] = at.Column;
        }
        return problem;
    }

    private static IResult Failure(Exception e, HttpContext http)
    {
        if (e is SqlWorkerLostException) return Problems.Of(Problems.SqlUnavailable, "No SQL worker", e.Message, StatusCodes.Status503ServiceUnavailable);
        if (e is not SqlBusyException busy) return Problems.Of(Problems.SqlTimeout, "Query took too long", e.Message, StatusCodes.Status408RequestTimeout);
        http.Response.Headers.RetryAfter = ((int)Math.Ceiling(busy.RetryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Problems.Of(Problems.SqlBusy, "Too many statements", e.Message, StatusCodes.Status429TooManyRequests);
    }

    // The status went with the first piece: a statement that fails half-way through its CSV is cut off there.
    private static async Task StreamCsv(WorkerCall call, byte[] first, Stream stream, Action<WorkerTrailer> log)
    {
        using (call)
        {
            try
            {
                for (var piece = first; piece is not null; piece = await call.NextAsync()) await stream.WriteAsync(piece);
            }
            finally
            {
                log(call.Trailer);
            }
        }
    }

    // Off the request path: the log writer commits in the background.
    private static void Record(HttpContext http, SqlLogEntry entry) => http.RequestServices.GetRequiredService<SqlLogWriter>().Add(entry);
}
