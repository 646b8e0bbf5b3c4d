using System.Text;
using System.Text.Json;
using Cockpit.Dashboards.Auth;
using Cockpit.Dashboards.Sql;
using Cockpit.Dashboards.Tables;
using Cockpit.Model.Sql;
using DuckDB.NET.Data;
using Microsoft.Extensions.Options;

namespace Cockpit.Dashboards.Web.Endpoints;

/// <summary>Analysts' own read statements over the cockpit's data, in the sandbox (<see cref="SqlSandbox"/>).</summary>
public static class SqlEndpoints
{
    public sealed record SqlRequest(string? Sql, Dictionary<string, JsonElement>? Parameters, string? Format, int? MaxRows);

    public static void MapSqlEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/sql", Run).RequireAuthorization(Roles.Analyst).WithTags("SQL").WithTableResponses()
            .WithSummary("Runs one read statement (SELECT, WITH, VALUES, DESCRIBE, SUMMARIZE, EXPLAIN): {sql, parameters, format: json|csv|xlsx, maxRows}. Analysts and admins.");
    }

    private static async Task<IResult> Run(SqlRequest request, CockpitDatabase db, IOptions<SqlLimits> options, HttpContext http)
    {
        var limits = options.Value;
        if (!TableFormats.TryParse(request.Format, out var format))
            return Problems.Of(Problems.BadFormat, "Unknown format", $"format must be json, csv or xlsx, not '{request.Format}'");
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

        var connection = db.Store.OpenConnection();
        SqlQuery? query = null;
        try
        {
            query = SqlSandbox.Open(connection, request.Sql ?? "", parameters, limits.Timeout);
            switch (format)
            {
                case TableFormat.Csv:
                    var streamed = (query, connection);
                    query = null;
                    connection = null;
                    return TypedResults.Stream(stream => StreamCsv(streamed.query, streamed.connection, stream, maxRows, http.RequestAborted),
                        format.ContentType(), "sql.csv");
                case TableFormat.Xlsx:
                    return TypedResults.File(SqlOutput.Xlsx(query, maxRows), format.ContentType(), "sql.xlsx");
                default:
                    using (var buffer = new MemoryStream())
                    {
                        using (var json = new Utf8JsonWriter(buffer, TableWriter.JsonOptions)) SqlOutput.Json(query, json, maxRows);
                        return TypedResults.Bytes(buffer.ToArray(), format.ContentType());
                    }
            }
        }
        catch (SqlRefusedException e)
        {
            return Problems.Of(Problems.SqlRefused, "Statement refused", e.Message);
        }
        catch (SqlTimeoutException e)
        {
            return Problems.Of(Problems.SqlTimeout, "Query took too long", e.Message, StatusCodes.Status408RequestTimeout);
        }
        catch (Exception e) when (e is SqlStatementException or DuckDBException)
        {
            return Problems.Of(Problems.SqlError, "DuckDB could not run the statement", e.Message);
        }
        finally
        {
            query?.Dispose();
            connection?.Dispose();
        }
    }

    private static async Task StreamCsv(SqlQuery query, DuckDBConnection connection, Stream stream, int maxRows, CancellationToken aborted)
    {
        try
        {
            await using var csv = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16);
            await SqlOutput.CsvAsync(query, csv, maxRows, aborted);
        }
        finally
        {
            query.Dispose();
            connection.Dispose();
        }
    }
}
