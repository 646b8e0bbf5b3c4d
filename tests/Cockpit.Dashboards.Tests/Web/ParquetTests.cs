using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Cockpit.Model.Sql;
using Cockpit.Testing;
using DuckDB.NET.Data;

namespace Cockpit.Dashboards.Tests.Web;

/// <summary>Parquet for the analyst's own tools, read back by DuckDB itself (an instance of its own, outside the server's sandbox).</summary>
public class ParquetTests : TempFolderTest
{
    private const string AnalystKey = "parquet-analyst-key";
    private const string ViewerKey = "parquet-viewer-key";

    private RunningCockpit cockpit = null!;
    private HttpClient analyst = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        cockpit = await RunningCockpit.StartAsync(
            TestKeys.Arguments(new TestKey("Analyst", "analyst", AnalystKey), new TestKey("Viewer", "viewer", ViewerKey)));
        analyst = new HttpClient { BaseAddress = cockpit.Address };
        analyst.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AnalystKey);
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        analyst.Dispose();
        await cockpit.DisposeAsync();
    }

    [Test]
    public async Task An_answer_as_parquet_is_read_back_by_duckdb_with_its_types()
    {
        using var response = await analyst.PostAsJsonAsync("/api/sql", new
        {
            sql = "SELECT theme, count(*) AS n, avg(confidence) AS mean_confidence FROM v_forecasts WHERE round = $round GROUP BY theme ORDER BY theme",
            parameters = new Dictionary<string, object> { ["round"] = "2/2020" },
            format = "parquet",
        });
        var path = Temp.File("answer.parquet");
        await File.WriteAllBytesAsync(path, await response.Content.ReadAsByteArrayAsync());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/vnd.apache.parquet"));
        var rows = ReadBack($"SELECT theme, n, typeof(n), typeof(mean_confidence) FROM read_parquet('{path}') ORDER BY theme",
            r => (r.GetString(0), r.GetInt64(1), r.GetString(2), r.GetString(3)));
        Assert.That(rows, Has.Count.EqualTo(4));
        Assert.That(rows.Sum(r => r.Item2), Is.EqualTo(11));
        Assert.That(rows.Select(r => (r.Item3, r.Item4)).Distinct(), Is.EqualTo(new[] { ("BIGINT", "DOUBLE") }));
    }

    [Test]
    public async Task The_export_is_every_analyst_view_as_parquet_in_one_zip()
    {
        using var response = await analyst.GetAsync("/api/export/parquet");
        var zipPath = Temp.File("export.zip");
        await File.WriteAllBytesAsync(zipPath, await response.Content.ReadAsByteArrayAsync());
        ZipFile.ExtractToDirectory(zipPath, Temp.File("export"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(Directory.GetFiles(Temp.File("export")).Select(Path.GetFileNameWithoutExtension),
            Is.EquivalentTo(SqlSandbox.AnalystViews));
        var forecasts = ReadBack($"SELECT count(*) FROM read_parquet('{Temp.File("export")}/v_forecasts.parquet')", r => r.GetInt64(0)).Single();
        var budget = ReadBack($"SELECT count(DISTINCT service_entity) FROM read_parquet('{Temp.File("export")}/v_budget.parquet')", r => r.GetInt64(0)).Single();
        Assert.That(forecasts, Is.EqualTo(33), "the sample: 11 metrics x 3 rounds");
        Assert.That(budget, Is.EqualTo(5));
    }

    [Test]
    public async Task A_viewer_may_not_export()
    {
        using var viewer = new HttpClient { BaseAddress = cockpit.Address };
        viewer.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ViewerKey);

        using var response = await viewer.GetAsync("/api/export/parquet");

        Assert.That((int)response.StatusCode, Is.EqualTo(403));
    }

    // An in-memory DuckDB of the test's own: the server's instance is locked away from files, this one is not.
    private static List<T> ReadBack<T>(string sql, Func<DuckDBDataReader, T> map)
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read()) rows.Add(map(reader));
        return rows;
    }
}
