using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using DuckDB.NET.Data;

namespace Cockpit.Benchmarks;

/// <summary>The same aggregate over 10 million generated rows through POST /api/sql and through DuckDB directly (target: within 1.2×).</summary>
public static class SqlBenchmark
{
    private const string Aggregate = "SELECT count(*) AS n, sum(i % 7) AS s, avg(i) AS a FROM range(10000000) t(i)";
    private const int Runs = 10;

    public static async Task RunAsync(string folder)
    {
        const string key = "benchmark-analyst-key";
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
        await using var server = await BenchmarkServer.StartAsync(folder,
            "--Cockpit:Auth:ApiKeys:0:Name=Bench", "--Cockpit:Auth:ApiKeys:0:Role=analyst", $"--Cockpit:Auth:ApiKeys:0:Sha256={hash}");
        await server.SqlWorkersReadyAsync();
        var client = server.Client;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        var api = await Time(async () =>
        {
            using var response = await client.PostAsJsonAsync("/api/sql", new { sql = Aggregate });
            response.EnsureSuccessStatusCode();
            await response.Content.ReadAsStringAsync();
        });
        using var direct = new DuckDBConnection("Data Source=:memory:");
        direct.Open();
        var duck = await Time(() =>
        {
            using var command = direct.CreateCommand();
            command.CommandText = Aggregate;
            using var reader = command.ExecuteReader();
            while (reader.Read()) { }
            return Task.CompletedTask;
        });
        Console.WriteLine($"sql: {Aggregate}");
        Console.WriteLine($"  DuckDB directly: median {duck:F1} ms; through /api/sql: median {api:F1} ms; ratio {api / duck:F2}× (target ≤ 1.2×)");
    }

    private static async Task<double> Time(Func<Task> run)
    {
        await run(); // warm up
        var times = new List<double>();
        for (var i = 0; i < Runs; i++)
        {
            var clock = Stopwatch.StartNew();
            await run();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        return times.Order().ElementAt(Runs / 2);
    }
}
