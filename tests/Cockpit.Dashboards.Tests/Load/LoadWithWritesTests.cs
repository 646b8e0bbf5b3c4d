using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Cockpit.Dashboards.Tests.Web;
using Cockpit.Testing;

namespace Cockpit.Dashboards.Tests.Load;

/// <summary>
/// For a bounded time 32 clients read the page, tables, charts and analyst SQL while a controller's uploads commit: no 5xx, and
/// every table read shows the data between two whole uploads, never part of one. Latency percentiles are printed.
/// </summary>
[NonParallelizable]
public class LoadWithWritesTests : TempFolderTest
{
    private const string Key = "load-controller-key";
    private const string AnalystKey = "load-analyst-key";
    private const int Clients = 32, Uploads = 6, MetricsPerUpload = 40;
    private static readonly TimeSpan ReadFor = TimeSpan.FromSeconds(6);

    [Test]
    public async Task Readers_during_commits_get_no_server_error_and_no_torn_table()
    {
        await using var cockpit = await RunningCockpit.StartAsync(
            TestKeys.Arguments(new TestKey("Load", "controller", Key), new TestKey("Analyst", "analyst", AnalystKey)));
        var workbooks = Enumerable.Range(1, Uploads).Select(Workbook).ToList();
        var baseline = (await cockpit.Client.Json("/api/goals?round=2/2020")).GetArrayLength();
        var whole = Enumerable.Range(0, Uploads + 1).Select(i => baseline + i * MetricsPerUpload).ToHashSet();

        var latencies = new ConcurrentBag<double>();
        var serverErrors = new ConcurrentBag<string>();
        var torn = new ConcurrentBag<int>();
        ConcurrentBag<int> sqlAnswered = [], sqlBusy = [];
        ConcurrentBag<string> sqlOther = [];
        var clock = Stopwatch.StartNew();
        string[] paths = ["/", "/api/goals?round=2/2020", "/api/status-summary?round=2/2020", "/api/charts/status-by-theme.png?round=2/2020", "/api/rounds", "sql"];
        const string CountSql = "{\"sql\": \"SELECT count(*) AS n FROM v_forecasts WHERE round = '2/2020'\"}";
        var readers = Enumerable.Range(0, Clients).Select(c => Task.Run(async () =>
        {
            using var client = new HttpClient { BaseAddress = cockpit.Address };
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AnalystKey);
            for (var i = c; clock.Elapsed < ReadFor; i++)
            {
                var path = paths[i % paths.Length];
                var started = Stopwatch.StartNew();
                using var response = path == "sql"
                    ? await client.PostAsync("/api/sql", new StringContent(CountSql, Encoding.UTF8, "application/json"))
                    : await client.GetAsync(path);
                var body = await response.Content.ReadAsByteArrayAsync();
                latencies.Add(started.Elapsed.TotalMilliseconds);
                if ((int)response.StatusCode >= 500) serverErrors.Add($"{path}: {(int)response.StatusCode}");
                else if (path.StartsWith("/api/goals", StringComparison.Ordinal) && JsonDocument.Parse(body).RootElement.GetArrayLength() is var rows && !whole.Contains(rows))
                    torn.Add(rows);
                else if (path == "sql" && (int)response.StatusCode is 429 or 408) sqlBusy.Add(1); // more analysts than workers: told to come back, or out of time waiting
                else if (path == "sql" && (int)response.StatusCode != 200) sqlOther.Add($"{(int)response.StatusCode}: {Encoding.UTF8.GetString(body)}");
                else if (path == "sql" && (int)JsonDocument.Parse(body).RootElement.GetProperty("rows")[0][0].GetInt64() is var counted)
                {
                    sqlAnswered.Add(1);
                    if (!whole.Contains(counted)) torn.Add(counted);
                }
            }
        })).ToList();

        using var controller = new HttpClient { BaseAddress = cockpit.Address };
        controller.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);
        var created = 0;
        foreach (var workbook in workbooks)
        {
            using var form = new MultipartFormDataContent { { new ByteArrayContent(File.ReadAllBytes(workbook)), "file", Path.GetFileName(workbook) } };
            using var response = await controller.PostAsync("/api/uploads", form);
            if ((int)response.StatusCode == 201) created++;
            await Task.Delay(ReadFor / (Uploads + 2));
        }
        await Task.WhenAll(readers);

        var sorted = latencies.Order().ToList();
        double Percentile(double p) => sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];
        TestContext.Out.WriteLine($"{sorted.Count} reads by {Clients} clients in {ReadFor.TotalSeconds} s while {created} uploads committed: " +
            $"p50 {Percentile(0.50):F1} ms, p95 {Percentile(0.95):F1} ms, p99 {Percentile(0.99):F1} ms; SQL counts answered {sqlAnswered.Count}, told to come back or out of time {sqlBusy.Count}");
        Assert.Multiple(() =>
        {
            Assert.That(created, Is.EqualTo(Uploads), "every upload committed");
            Assert.That(serverErrors, Is.Empty);
            Assert.That(torn, Is.Empty, "goal tables or SQL counts with part of an upload");
            Assert.That(sqlAnswered, Is.Not.Empty, "analysts' counts were answered during the loads");
            Assert.That(sqlOther, Is.Empty, "analysts' counts answered otherwise");
        });
    }

    private string Workbook(int number)
    {
        var sheet = new WorkbookBuilder().Sheet("Data").Row(1, null, "Teema", "Sitova toiminnan tavoite", "Mittari", "Ennuste 2/2020");
        for (var m = 0; m < MetricsPerUpload; m++)
            sheet.Row(m + 2, null, $"Kuormateema {number}", $"Kuormatavoite {number}", $"Kuormamittari {number}.{m}", "Tavoite on toteutumassa.");
        return sheet.Save(Temp.File($"kuorma-{number}.xlsx"));
    }
}
