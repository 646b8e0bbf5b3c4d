using System.Text;
using System.Text.Json;
using Cockpit.Dashboards.Cli;
using Cockpit.Dashboards.Tables;
using Cockpit.Model.Sql;
using DuckDB.NET.Data;

namespace Cockpit.Dashboards.Sql.Workers;

/// <summary>
/// The hidden verb <c>sql-worker --snapshot PATH</c>: a process of its own that copies the analysts' snapshot into
/// memory, closes itself to the outside, and answers statements read as JSON lines on standard input with frames on
/// standard output (<see cref="WorkerFrames"/>). The server starts it under an address-space limit and kills it when a
/// statement overruns, so nothing an analyst sends can take the cockpit's own memory or time.
/// </summary>
internal static class WorkerLoop
{
    public const string Verb = "sql-worker";

    public static int Run(Arguments args)
    {
        var snapshot = args.Option("snapshot") ?? throw new UsageException("sql-worker needs --snapshot PATH");
        var limits = new SqlLimits { Threads = args.Int("threads", 1), MemoryLimit = args.Option("memory-limit") };
        args.RejectUnknown();
        using var output = Console.OpenStandardOutput();
        using var input = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false));
        using var connection = AnalystSnapshot.OpenCopy(snapshot, limits);
        WarmUp(connection, "json", "csv");
        WorkerFrames.Write(output, WorkerFrames.Ready, []);
        // Excel and Parquet load large libraries: ready sooner, and have them compiled while the first statements come.
        var warming = Task.Run(() =>
        {
            try
            {
                using var later = connection.Duplicate();
                later.Open();
                WarmUp(later, "xlsx", "parquet");
            }
            catch (Exception e) { Console.Error.WriteLine("warm-up of Excel and Parquet: " + e.Message); } // they compile on first use instead
        });
        while (input.ReadLine() is { } line)
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            var end = Read(line) is { } request ? Answer(connection, request, output) : new WorkerTrailer(0, false, SqlLog.Error, "the worker could not read the request");
            WorkerFrames.WriteTrailer(output, end);
            if (end.Exhausted) return 1;
        }
        warming.Wait();
        return 0;
    }

    private static WorkerRequest? Read(string line)
    {
        try { return JsonSerializer.Deserialize<WorkerRequest>(line); }
        catch (JsonException) { return null; }
    }

    // Each format once before an analyst waits for it: loading and compiling ClosedXML, Parquet.Net and the writers takes
    // longer than a short statement's limit.
    private static void WarmUp(DuckDBConnection connection, params string[] formats)
    {
        foreach (var format in formats)
        {
            var end = Answer(connection, new WorkerRequest(WarmUpSql, null, format, 10, "fi", 60), Stream.Null);
            if (end.Outcome != SqlLog.Ok) throw new InvalidOperationException($"the worker's warm-up failed in {format}: {end.Message}");
        }
    }

    private const string WarmUpSql = """
        SELECT 'a' AS t, 1 AS i, 1.5::DECIMAL(4,1) AS m, 0.5 AS d, true AS b, DATE '2020-01-01' AS day, TIMESTAMP '2020-01-01 10:00' AS ts,
               TIMESTAMPTZ '2020-01-01 10:00:00+00' AS tz, INTERVAL 1 DAY AS span, TIME '10:00' AS clock, [1] AS l, {'k': 1} AS s, 'x'::BLOB AS bytes,
               uuid() AS id, NULL AS nothing, (SELECT count(*) FROM v_forecasts) AS n
        """;

    private static WorkerTrailer Answer(DuckDBConnection connection, WorkerRequest request, Stream output)
    {
        try
        {
            using var query = SqlSandbox.Open(connection, request.Sql, Parameters(request.Parameters), TimeSpan.FromSeconds(request.TimeoutSeconds));
            var data = new DataFrameStream(output);
            var answer = request.Format == "csv" ? Csv(query, data, request.MaxRows) : Whole(query, data, request);
            data.Flush();
            return new WorkerTrailer(answer.Rows, answer.Truncated, answer.Truncated ? SqlLog.Truncated : SqlLog.Ok);
        }
        catch (Exception e)
        {
            return new WorkerTrailer(0, false, SqlLog.OutcomeOf(e), e.Message, Exhausted(e));
        }
    }

    private static bool Exhausted(Exception e) =>
        e is OutOfMemoryException or FileLoadException or FileNotFoundException or InsufficientExecutionStackException
        || e.Message.Contains("Out of Memory", StringComparison.OrdinalIgnoreCase) || e.InnerException is { } inner && Exhausted(inner);

    private static SqlAnswer Csv(SqlQuery query, Stream data, int maxRows)
    {
        using var csv = new StreamWriter(data, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16, leaveOpen: true);
        return SqlOutput.Csv(query, csv, maxRows);
    }

    // JSON, Excel and Parquet leave whole or not at all: a statement that fails half-way sends no half an answer.
    private static SqlAnswer Whole(SqlQuery query, Stream data, WorkerRequest request)
    {
        using var buffer = new MemoryStream();
        SqlAnswer answer;
        switch (request.Format)
        {
            case "xlsx":
                (var workbook, answer) = SqlOutput.Xlsx(query, request.MaxRows, request.Lang);
                buffer.Write(workbook);
                break;
            case "parquet":
                var (rows, truncated) = ParquetOutput.WriteAsync(query.Reader, query.Read, buffer, request.MaxRows, CancellationToken.None).GetAwaiter().GetResult();
                answer = new SqlAnswer(rows, truncated);
                break;
            default:
                using (var json = new Utf8JsonWriter(buffer, TableWriter.JsonOptions)) answer = SqlOutput.Json(query, json, request.MaxRows);
                break;
        }
        data.Write(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        return answer;
    }

    private static Dictionary<string, object?> Parameters(Dictionary<string, JsonElement>? given) =>
        (given ?? []).ToDictionary(p => p.Key, p => p.Value.ValueKind switch
        {
            JsonValueKind.String => p.Value.GetString(),
            JsonValueKind.Number => p.Value.TryGetInt64(out var whole) ? whole : (object?)p.Value.GetDouble(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Null => null,
            _ => throw new SqlStatementException($"parameter ${p.Key} must be a string, number, true, false or null"),
        });
}
