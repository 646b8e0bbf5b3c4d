using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Cockpit.Dashboards.Web;
using DuckDB.NET.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Cockpit.Benchmarks;

/// <summary>The same aggregate over 10 million generated rows through POST /api/sql and through DuckDB directly (target: within 1.2×).</summary>
public static class SqlBenchmark
{
    private const string Aggregate = "SELECT count(*) AS n, sum(i % 7) AS s, avg(i) AS a FROM range(10000000) t(i)";
    private const int Runs = 10;

    public static async Task RunAsync(string folder)
    {
        Directory.CreateDirectory(folder);
        const string key = "benchmark-analyst-key";
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
        var db = Path.Combine(folder, $"sql-{Environment.ProcessId}.duckdb");
        var app = CockpitServer.Build(["--db", db, "--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning",
            "--Cockpit:Auth:ApiKeys:0:Name=Bench", "--Cockpit:Auth:ApiKeys:0:Role=analyst", $"--Cockpit:Auth:ApiKeys:0:Sha256={hash}"]);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var client = new HttpClient { BaseAddress = new Uri(address) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        try
        {
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
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
            File.Delete(db);
            File.Delete(db + ".wal");
        }
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
