using System.Net;
using System.Net.Http.Headers;
using Cockpit.Model.Sql;
using Cockpit.Testing;
using DuckDB.NET.Data;

namespace Cockpit.Dashboards.Tests.Web;

/// <summary>GET /api/export/duckdb: a database file an analyst's own DuckDB opens while the cockpit keeps running.</summary>
public class DuckDbExportTests : TempFolderTest
{
    private const string AnalystKey = "duckdb-analyst-key";
    private const string ViewerKey = "duckdb-viewer-key";

    private RunningCockpit cockpit = null!;

    [OneTimeSetUp]
    public async Task Start() => cockpit = await RunningCockpit.StartAsync(
        TestKeys.Arguments(new TestKey("Analyst", "analyst", AnalystKey), new TestKey("Viewer", "viewer", ViewerKey)));

    [OneTimeTearDown]
    public async Task Stop() => await cockpit.DisposeAsync();

    [Test]
    public async Task The_file_opens_in_duckdb_while_the_server_runs_with_every_analyst_view_as_a_table()
    {
        var path = await DownloadAsync(AnalystKey, HttpStatusCode.OK);
        using var connection = new DuckDBConnection($"Data Source={path};ACCESS_MODE=READ_ONLY");
        connection.Open();

        Assert.That(Query(connection, "SELECT schema_name || '.' || table_name FROM duckdb_tables()", r => r.GetString(0)),
            Is.EquivalentTo(SqlSandbox.AnalystViews.Select(v => "main." + v)), "every analyst view, and nothing else");
        Assert.That(Query(connection, "SELECT count(*) FROM duckdb_views() WHERE NOT internal", r => r.GetInt64(0)).Single(), Is.Zero);
        Assert.That(Query(connection, "SELECT count(*) FROM v_forecasts", r => r.GetInt64(0)).Single(), Is.EqualTo(33), "the sample: 11 metrics x 3 rounds");
        Assert.That(Query(connection, "SELECT DISTINCT typeof(month) FROM v_metric_values", r => r.GetString(0)), Is.EqualTo(new[] { "DATE" }));
        Assert.That(Query(connection, "SELECT comment FROM duckdb_columns() WHERE table_name = 'v_forecasts' AND column_name = 'status'", r => r.GetString(0)).Single(),
            Does.StartWith("fi: Voimassa oleva tila").And.Contains("| en: Status in force"));
        Assert.That(Query(connection, "SELECT count(*) FROM duckdb_columns() WHERE NOT internal AND schema_name = 'main' AND comment IS NULL", r => r.GetInt64(0)).Single(), Is.Zero, "every column commented");
        Assert.That(Query(connection, "SELECT comment FROM duckdb_tables() WHERE table_name = 'v_forecasts'", r => r.GetString(0)).Single(), Does.StartWith("fi: "));

        using var stillServing = await Client(AnalystKey).GetAsync("/api/rounds");
        Assert.That(stillServing.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the server answers while the file is open");
    }

    [Test]
    public async Task A_viewer_may_not_export_the_database() => await DownloadAsync(ViewerKey, HttpStatusCode.Forbidden);

    private async Task<string> DownloadAsync(string key, HttpStatusCode expected)
    {
        using var client = Client(key);
        using var response = await client.GetAsync("/api/export/duckdb", HttpCompletionOption.ResponseHeadersRead);
        Assert.That(response.StatusCode, Is.EqualTo(expected));
        if (expected != HttpStatusCode.OK) return "";
        Assert.That(response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName, Does.EndWith(".duckdb"));
        var path = Temp.File("cockpit.duckdb");
        await using (var file = File.Create(path)) await response.Content.CopyToAsync(file);
        return path;
    }

    private HttpClient Client(string key)
    {
        var client = new HttpClient { BaseAddress = cockpit.Address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    private static List<T> Query<T>(DuckDBConnection connection, string sql, Func<DuckDBDataReader, T> map)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read()) rows.Add(map(reader));
        return rows;
    }
}
