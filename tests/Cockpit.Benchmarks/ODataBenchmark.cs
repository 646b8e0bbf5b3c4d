using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Cockpit.Samples;

namespace Cockpit.Benchmarks;

/// <summary>
/// 100,000 <c>ForecastHistory</c> rows through the OData feed, page by page as Power BI follows the next links, against
/// the same rows from <c>/api/sql</c> as CSV (target: within 3×).
/// </summary>
public static class ODataBenchmark
{
    private const string Key = "benchmark-odata-admin-key";
    private const int Rows = 100_000;
    private const int Runs = 5;

    public static async Task RunAsync(string folder, int pageSize)
    {
        var workbook = Path.Combine(folder, "odata-33335x3.xlsx");
        if (!File.Exists(workbook)) SyntheticWorkbook.Write(workbook, goals: 6667, metricsPerGoal: 5, rounds: 3);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Key)));
        await using var server = await BenchmarkServer.StartAsync(folder, "--Cockpit:Auth:ApiKeys:0:Name=Bench", "--Cockpit:Auth:ApiKeys:0:Role=admin",
            $"--Cockpit:Auth:ApiKeys:0:Sha256={hash}", $"--Cockpit:OData:PageSize={pageSize}", $"--Cockpit:Sql:MaxRows={Rows}", "--Cockpit:Uploads:MaxBytes=268435456",
            "--Cockpit:Uploads:ReadSeconds=600");
        var client = server.Client;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);
        client.Timeout = TimeSpan.FromMinutes(10);
        using (var form = new MultipartFormDataContent { { new ByteArrayContent(await File.ReadAllBytesAsync(workbook)), "file", Path.GetFileName(workbook) } })
        using (var upload = await client.PostAsync("/api/uploads", form))
            if (!upload.IsSuccessStatusCode) throw new InvalidOperationException($"upload: {(int)upload.StatusCode} {await upload.Content.ReadAsStringAsync()}");
        await server.SqlWorkersReadyAsync();

        var pages = 0;
        async Task<int> Feed()
        {
            var (read, rows) = await ReadFeed(client);
            pages = read;
            return rows;
        }
        async Task<int> Csv()
        {
            using var response = await client.PostAsJsonAsync("/api/sql", new
            {
                sql = $"SELECT * FROM v_forecast_history ORDER BY upload_id, metric_id, round_year, round_no LIMIT {Rows}", format = "csv",
            });
            response.EnsureSuccessStatusCode();
            await response.Content.ReadAsByteArrayAsync();
            // Texts hold line breaks, so lines do not count rows; the LIMIT does, and nothing was cut off.
            return response.Headers.GetValues("X-Truncated").Single() == "false" ? Rows : -1;
        }
        var (feed, csv) = await Medians(Feed, Csv);
        Console.WriteLine($"odata: {Rows:N0} ForecastHistory rows, pages of {pageSize:N0}");
        Console.WriteLine($"  /api/sql as CSV: median {csv:F0} ms; the feed in {pages} pages: median {feed:F0} ms; ratio {feed / csv:F2}× (target ≤ 3×)");
    }

    // Page after page through @odata.nextLink, as Power BI's OData connector reads; every token of every page is read.
    private static async Task<(int Pages, int Rows)> ReadFeed(HttpClient client)
    {
        var (pages, rows) = (0, 0);
        for (string? url = $"/odata/ForecastHistory?$top={Rows}"; url is not null; pages++)
        {
            using var response = await client.GetAsync(url);
            response.EnsureSuccessStatusCode();
            (url, var count) = Scan(await response.Content.ReadAsByteArrayAsync());
            rows += count;
        }
        return (pages, rows);
    }

    private static (string? NextLink, int Rows) Scan(byte[] page)
    {
        var json = new Utf8JsonReader(page);
        var (rows, next) = (0, (string?)null);
        while (json.Read())
        {
            if (json.TokenType == JsonTokenType.StartObject && json.CurrentDepth == 2) rows++;
            if (json.TokenType == JsonTokenType.PropertyName && json.CurrentDepth == 1 && json.ValueTextEquals("@odata.nextLink") && json.Read())
                next = json.GetString();
        }
        return (next, rows);
    }

    /// <summary>
    /// The medians of <see cref="Runs"/> runs of each, after a warm-up that also checks that every row came; the two
    /// take turns, so that a machine shared with others slows both alike.
    /// </summary>
    private static async Task<(double A, double B)> Medians(Func<Task<int>> a, Func<Task<int>> b)
    {
        foreach (var run in new[] { a, b })
            if (await run() is var rows && rows != Rows) throw new InvalidOperationException($"{rows} rows came, not {Rows}");
        var (timesA, timesB) = (new List<double>(), new List<double>());
        for (var i = 0; i < Runs; i++)
        {
            timesA.Add(await Time(a));
            timesB.Add(await Time(b));
        }
        return (timesA.Order().ElementAt(Runs / 2), timesB.Order().ElementAt(Runs / 2));
    }

    private static async Task<double> Time(Func<Task<int>> run)
    {
        var clock = Stopwatch.StartNew();
        await run();
        return clock.Elapsed.TotalMilliseconds;
    }
}
