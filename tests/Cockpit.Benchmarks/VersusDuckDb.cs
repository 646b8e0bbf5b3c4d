using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Cockpit.Model.Sql;
using DuckDB.NET.Data;

namespace Cockpit.Benchmarks;

/// <summary>
/// Analyst SQL through a running server's <c>POST /api/sql</c> against DuckDB in this process, as an analyst would run it:
/// a 10-million-row aggregate (target at most 1.1x) and a 1,000,000-row CSV answer streamed to a file against DuckDB's own
/// <c>COPY ... TO</c> a file of the same rows (target at most 1.5x).
/// </summary>
public static class VersusDuckDb
{
    public const string Aggregate = "SELECT count(*) AS n, sum(i % 7) AS s, avg(i) AS a FROM range(10000000) t(i)";
    public const string CsvRows = "SELECT i, i * 2 AS j, 'x' || i AS s FROM range(1000000) t(i)";
    private const int CsvRowCount = 1_000_000;
    private const string Key = "benchmark-analyst-key";

    public static async Task RunAsync(string folder)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Key)));
        await using var server = await BenchmarkServer.StartAsync(folder, "--Cockpit:Auth:ApiKeys:0:Name=Bench", "--Cockpit:Auth:ApiKeys:0:Role=analyst",
            $"--Cockpit:Auth:ApiKeys:0:Sha256={hash}", $"--Cockpit:Sql:MaxRows={CsvRowCount}");
        await server.SqlWorkersReadyAsync();
        var client = server.Client;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);
        using var duckdb = new DuckDBConnection("Data Source=:memory:");
        duckdb.Open();

        Console.WriteLine($"aggregate: {Aggregate}");
        await PairedTimer.CompareAsync("/api/sql vs DuckDB in-process, 10M-row aggregate",
            new Side("POST /api/sql (JSON)", () => Measurement.TimeAsync(async () =>
            {
                using var response = await client.PostAsJsonAsync("/api/sql", new { sql = Aggregate });
                response.EnsureSuccessStatusCode();
                await response.Content.ReadAsStringAsync();
            })),
            new Side("DuckDB.NET, same query", () => Measurement.TimeAsync(() =>
            {
                using var command = duckdb.CreateCommand();
                command.CommandText = Aggregate;
                using var reader = command.ExecuteReader();
                while (reader.Read()) { }
                return Task.CompletedTask;
            })),
            Target.Ratio(1.1));

        Console.WriteLine($"CSV: {CsvRows}");
        var ours = Path.Combine(folder, "versus-duckdb-api.csv");
        var theirs = Path.Combine(folder, "versus-duckdb-copy.csv");
        await PairedTimer.CompareAsync("/api/sql CSV vs DuckDB COPY, 1M rows to a file",
            new Side("POST /api/sql (CSV, streamed to a file)", () => Measurement.TimeAsync(() => DownloadCsv(client, ours))),
            new Side("DuckDB COPY (same query) TO file", () => Measurement.TimeAsync(() =>
            {
                using var command = duckdb.CreateCommand();
                // COPY takes its file as a literal, not a parameter: quoted as the sandbox quotes one.
                command.CommandText = $"COPY ({CsvRows}) TO {SqlSandbox.Literal(theirs)} (HEADER, DELIMITER ';')";
                command.ExecuteNonQuery();
                return Task.CompletedTask;
            })),
            Target.Ratio(1.5));
        var lines = File.ReadLines(ours).Count();
        if (lines != CsvRowCount + 1) throw new InvalidOperationException($"/api/sql's CSV had {lines} lines, not {CsvRowCount + 1}");
        Console.WriteLine($"  files: /api/sql {new FileInfo(ours).Length >> 10:N0} KiB, COPY {new FileInfo(theirs).Length >> 10:N0} KiB, {CsvRowCount:N0} rows each");
        File.Delete(ours);
        File.Delete(theirs);
    }

    private static async Task DownloadCsv(HttpClient client, string file)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/sql") { Content = JsonContent.Create(new { sql = CsvRows, format = "csv" }) };
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        await using var output = File.Create(file);
        await response.Content.CopyToAsync(output);
    }
}
