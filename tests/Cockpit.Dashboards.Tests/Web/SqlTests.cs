using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Cockpit.Dashboards.Tests.Cli;
using Cockpit.Model.Store;

namespace Cockpit.Dashboards.Tests.Web;

/// <summary>POST /api/sql against the real server: what analysts may ask, and every attack on the sandbox refused.</summary>
public class SqlTests
{
    /// <summary>The README's "Analyst SQL" examples, exactly as written there.</summary>
    public const string ExampleByTheme = "SELECT theme, status, count(*) AS n FROM v_forecasts WHERE round = $round GROUP BY ALL ORDER BY ALL";
    public const string ExampleChanges = "SELECT metric, round, status FROM v_forecast_history WHERE metric_id = 4 ORDER BY round_year, round_no, upload_id";

    private static readonly Dictionary<string, string> Keys = new()
    {
        ["viewer"] = "view-key-123", ["controller"] = "control-key-456", ["analyst"] = "analyse-key-789", ["admin"] = "admin-key-000",
    };

    private RunningCockpit cockpit = null!;
    private string dbPath = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        cockpit = await RunningCockpit.StartAsync([.. TestKeys.ByRole(Keys), "--Cockpit:Auth:AnonymousViewers=false", "--Cockpit:Sql:TimeoutSeconds=2", "--Cockpit:Sql:WarmWorkers=true"]);
        dbPath = cockpit.Service<Cockpit.Dashboards.Web.CockpitDatabase>().Store.Path;
        await SqlWorkersReady(cockpit);
    }

    /// <summary>Waits until the server's SQL workers have started, so that a 2 s limit measures statements, not start-up.</summary>
    public static async Task SqlWorkersReady(RunningCockpit cockpit)
    {
        var workers = cockpit.Service<Cockpit.Dashboards.Sql.Workers.SqlWorkers>();
        var clock = Stopwatch.StartNew();
        while (workers.ProcessIds.Count < 2 && clock.Elapsed < TimeSpan.FromSeconds(60)) await Task.Delay(50);
        Assert.That(workers.ProcessIds, Has.Count.EqualTo(2), "the SQL workers started");
    }

    [OneTimeTearDown]
    public async Task Stop() => await cockpit.DisposeAsync();

    public static IEnumerable<TestCaseData> Attacks()
    {
        string[] attacks =
        [
            "SELECT * FROM read_csv('/etc/passwd')",
            "FROM '/etc/passwd'",
            "SELECT * FROM read_text('/etc/passwd')",
            "SELECT * FROM glob('/*')",
            "SELECT getenv('HOME')",
            "SELECT * FROM duckdb_secrets()",
            "SELECT * FROM read_blob('{db}')",
            "SELECT * FROM read_text('{db}')",
            "FROM '{db}'",
            "SELECT * FROM query('SELECT * FROM read_blob(''{db}'')')",
            "SELECT * FROM upload_files",
            "SELECT * FROM sql_log",
            "SELECT * FROM main.uploads",
            "SELECT * FROM v_upload_attempts",
            "SELECT f.* FROM v_forecasts JOIN upload_files f ON true",
            "SELECT (SELECT count(*) FROM upload_files)",
            "WITH upload_files AS (SELECT * FROM upload_files) SELECT * FROM upload_files",
            "WITH RECURSIVE sql_log AS (SELECT * FROM sql_log) SELECT * FROM sql_log",
            "SELECT * FROM histogram('upload_files', upload_id)",
            "SELECT * FROM summary((SELECT * FROM upload_files))",
            "SELECT * FROM \"cockpit\".main.upload_files",
            "DESCRIBE upload_files",
            "SUMMARIZE upload_files",
            "SELECT * FROM read_duckdb('{db}')",
            "SELECT * FROM parquet_scan('{db}')",
            "SELECT * FROM arrow_scan(0, 0, 0)",
            "SELECT * FROM force_checkpoint()",
            "SELECT * FROM enable_logging()",
            "SELECT * FROM main.read_blob('{db}')",
            "SELECT * FROM \"READ_BLOB\"('{db}')",
            "SELECT (SELECT count(*) FROM read_blob('{db}'))",
            "SELECT * FROM v_forecasts WHERE EXISTS (FROM glob('/*'))",
            "SELECT json_execute_serialized_sql(json_serialize_sql('SELECT 1'))",
            "DESCRIBE '/etc/passwd'",
            "SUMMARIZE '{db}'",
            "EXPLAIN ANALYZE SELECT * FROM read_blob('{db}')",
            "ATTACH '{db}' AS x",
            "ATTACH ':memory:' AS x",
            "DETACH cockpit",
            "COPY (SELECT 1) TO '/tmp/x.csv'",
            "COPY v_forecasts TO '/tmp/x.csv'",
            "EXPORT DATABASE '/tmp/cockpit-export'",
            "INSTALL httpfs",
            "LOAD httpfs",
            "SET threads = 64",
            "SET enable_external_access = true",
            "RESET lock_configuration",
            "PRAGMA threads = 64",
            "PRAGMA enable_profiling",
            "CALL checkpoint()",
            "CHECKPOINT",
            "INSERT INTO uploads SELECT * FROM uploads",
            "UPDATE status_overrides SET reason = 'x'",
            "DELETE FROM forecast_cells",
            "CREATE TABLE x AS SELECT 1",
            "CREATE TEMP TABLE x AS SELECT 1",
            "CREATE MACRO m() AS 1",
            "DROP VIEW v_forecasts",
            "ALTER VIEW v_forecasts RENAME TO x",
            "BEGIN TRANSACTION",
            "SELECT 1; DROP VIEW v_forecasts",
            "SELECT 1; SELECT 2",
            "SELECT 1 -- \n; DROP VIEW v_forecasts",
            "SELECT 1 /* ; */; DROP VIEW v_forecasts",
            "WITH x AS (DELETE FROM status_overrides RETURNING *) SELECT * FROM x",
            "EXPLAIN SELECT 1; DROP VIEW v_forecasts",
            "EXPLAIN DROP VIEW v_forecasts",
            "SELECT nextval('no_such_sequence')",
            "SELECT * FROM 'https://example.com/x.csv'",
            "",
        ];
        return attacks.Select(a => new TestCaseData(a).SetName($"Refused: {a.Replace("\n", "\\n", StringComparison.Ordinal)}"));
    }

    [TestCaseSource(nameof(Attacks))]
    public async Task Every_attack_is_refused_and_leaves_the_database_and_server_unharmed(string attack)
    {
        using var analyst = Authorized("analyst");
        var before = await Count(analyst);

        using var response = await analyst.PostAsJsonAsync("/api/sql", new { sql = attack.Replace("{db}", dbPath, StringComparison.Ordinal) });
        var body = await response.Content.ReadAsStringAsync();

        Assert.That((int)response.StatusCode, Is.EqualTo(400), body);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(JsonDocument.Parse(body).RootElement.GetProperty("type").GetString(), Is.AnyOf("/problems/sql-refused", "/problems/sql-error"), body);
        Assert.That(body, Does.Not.Contain("root:"));
        Assert.That(await Count(analyst), Is.EqualTo(before), "the data is unchanged and a view still answers");
        Assert.That(File.Exists("/tmp/x.csv") && File.GetLastWriteTimeUtc("/tmp/x.csv") > DateTime.UtcNow.AddMinutes(-1), Is.False);
        using var rounds = await analyst.GetAsync("/api/rounds");
        Assert.That((int)rounds.StatusCode, Is.EqualTo(200), "the server still answers");
    }

    [TestCase("SELECT 42 AS answer")]
    [TestCase("WITH x AS (SELECT 42 AS answer) SELECT * FROM x")]
    [TestCase("VALUES (42)")]
    [TestCase("FROM v_forecasts SELECT count(*) > 0")]
    [TestCase("DESCRIBE v_forecasts")]
    [TestCase("SUMMARIZE v_uploads")]
    [TestCase("EXPLAIN SELECT count(*) FROM v_forecasts")]
    [TestCase("EXPLAIN ANALYZE SELECT count(*) FROM v_forecasts")]
    [TestCase("SELECT * FROM duckdb_views() WHERE NOT internal")]
    [TestCase("SELECT * FROM generate_series(1, 3), unnest([1, 2])")]
    [TestCase("SHOW TABLES")]
    [TestCase("WITH recent AS (SELECT * FROM v_uploads) SELECT count(*) FROM recent")]
    [TestCase("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3) SELECT * FROM n")]
    [TestCase("SELECT * FROM v_forecasts f JOIN v_forecast_history h USING (metric_id) LIMIT 1")]
    public async Task A_read_statement_answers_with_columns_and_types(string sql)
    {
        using var analyst = Authorized("analyst");
        var answer = await Sql(analyst, new { sql });

        Assert.That(answer.GetProperty("columns").GetArrayLength(), Is.GreaterThan(0));
        Assert.That(answer.GetProperty("columns")[0].GetProperty("type").GetString(), Is.Not.Empty);
        Assert.That(answer.GetProperty("rowCount").GetInt64(), Is.GreaterThan(0));
        Assert.That(answer.GetProperty("truncated").GetBoolean(), Is.False);
    }

    [Test]
    public async Task The_readme_examples_run_as_written()
    {
        using var analyst = Authorized("analyst");
        var byTheme = await Sql(analyst, new { sql = ExampleByTheme, parameters = new { round = "2/2020" } });
        var changes = await Sql(analyst, new { sql = ExampleChanges });

        Assert.That(byTheme.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("name").GetString()), Is.EqualTo(new[] { "theme", "status", "n" }));
        Assert.That(byTheme.GetProperty("columns")[2].GetProperty("type").GetString(), Is.EqualTo("BIGINT"));
        Assert.That(byTheme.GetProperty("rowCount").GetInt64(), Is.GreaterThan(0));
        Assert.That(changes.GetProperty("rowCount").GetInt64(), Is.GreaterThan(0));
        var readme = File.ReadAllText(Path.Combine(Cockpit.Testing.Repository.Root, "README.md"));
        Assert.That(readme, Does.Contain(ExampleByTheme).And.Contain(ExampleChanges));
    }

    [TestCase("SELECT current_setting('temp_directory') AS t")]
    [TestCase("SELECT * FROM duckdb_databases()")]
    [TestCase("SELECT * FROM pragma_database_list")]
    [TestCase("SELECT current_database() AS d, current_schema() AS s")]
    [TestCase("SELECT * FROM duckdb_settings()")]
    [TestCase("SELECT sql FROM duckdb_views()")]
    public async Task No_answer_reveals_where_the_database_lives(string sql)
    {
        using var analyst = Authorized("analyst");
        using var response = await analyst.PostAsJsonAsync("/api/sql", new { sql });
        var body = await response.Content.ReadAsStringAsync();

        Assert.That(body, Does.Not.Contain(Path.GetDirectoryName(dbPath)!).And.Not.Contain("cockpit.duckdb").And.Not.Contain(".analyst"));
    }

    [Test]
    public async Task A_query_that_would_run_for_an_hour_is_stopped_at_the_limit()
    {
        using var analyst = Authorized("analyst");
        var clock = Stopwatch.StartNew();

        using var response = await analyst.PostAsJsonAsync("/api/sql",
            new { sql = "SELECT count(*) FROM range(1000000000) a, range(1000000) b WHERE a.range + b.range = -1" });
        var body = await response.Content.ReadAsStringAsync();

        Assert.That((int)response.StatusCode, Is.EqualTo(408), body);
        Assert.That(body, Does.Contain("/problems/sql-timeout"));
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(20)));
        Assert.That(await Count(analyst), Is.GreaterThan(0), "the database still answers");
    }

    [Test]
    public async Task The_cockpit_answers_while_a_heavy_query_runs()
    {
        using var analyst = Authorized("analyst");
        var heavy = analyst.PostAsJsonAsync("/api/sql",
            new { sql = "SELECT count(*) FROM range(1000000000) a, range(1000000) b WHERE a.range + b.range = -1" });
        await Task.Delay(300);

        var count = await Count(analyst); // not cached: DuckDB answers it while the heavy query holds the threads
        var answeredFirst = !heavy.IsCompleted;
        using var stopped = await heavy;

        Assert.That(count, Is.GreaterThan(0));
        Assert.That(answeredFirst, Is.True, "a small query came back before the heavy one was stopped");
        Assert.That((int)stopped.StatusCode, Is.EqualTo(408));
    }

    [Test]
    public async Task Ten_million_rows_are_capped_for_json_and_csv()
    {
        using var analyst = Authorized("analyst");
        var json = await Sql(analyst, new { sql = "SELECT range AS i, 'rivi ' || range AS text FROM range(10000000)" });
        var small = await Sql(analyst, new { sql = "SELECT * FROM range(10)", maxRows = 5 });
        using var csv = await analyst.PostAsJsonAsync("/api/sql", new { sql = "SELECT range AS i FROM range(10000000)", format = "csv", maxRows = 1000 });
        var lines = (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.That((json.GetProperty("rowCount").GetInt64(), json.GetProperty("truncated").GetBoolean()), Is.EqualTo((10_000L, true)));
        Assert.That(json.GetProperty("rows")[9999][0].GetInt64(), Is.EqualTo(9999));
        Assert.That((small.GetProperty("rowCount").GetInt64(), small.GetProperty("truncated").GetBoolean()), Is.EqualTo((5L, true)));
        Assert.That(csv.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
        Assert.That(lines, Has.Length.EqualTo(1001));
        Assert.That(lines[0], Does.EndWith("i"));
    }

    /// <summary>The CSV answer byte for byte as it was before the writer was made faster (issue 18): every type, quoting, formulas, NULL.</summary>
    [Test]
    public async Task Csv_answer_is_byte_for_byte_as_pinned()
    {
        const string sql = """
            SELECT i, i * 2 AS j, 'x' || i AS s, i / 3 AS d, i % 2 = 0 AS b, NULL AS n,
                   CASE WHEN i = 1 THEN '=1+1;"q"' || chr(10) || 'rivi' ELSE '-ä ' || i END AS t, DATE '2020-01-01' + i::INT AS day, -i AS neg,
                   (i + 0.5)::DECIMAL(4,1) AS m, 123456789012345678901234567890::HUGEINT AS h, [i, 2] AS l, TIMESTAMP '2020-07-01 09:00:00.25' AS ts,
                   i::INTEGER AS small
            FROM range(3) t(i)
            """;
        const string pinned = "i;j;s;d;b;n;t;day;neg;m;h;l;ts;small\r\n"
            + "0;0;x0;0;true;;'-ä 0;2020-01-01;0;0.5;123456789012345678901234567890;[0,2];2020-07-01T09:00:00.25;0\r\n"
            + "1;2;x1;0.3333333333333333;false;;\"'=1+1;\"\"q\"\"\nrivi\";2020-01-02;-1;1.5;123456789012345678901234567890;[1,2];2020-07-01T09:00:00.25;1\r\n"
            + "2;4;x2;0.6666666666666666;true;;'-ä 2;2020-01-03;-2;2.5;123456789012345678901234567890;[2,2];2020-07-01T09:00:00.25;2\r\n";
        using var analyst = Authorized("analyst");
        using var response = await analyst.PostAsJsonAsync("/api/sql", new { sql, format = "csv" });

        Assert.That((int)response.StatusCode, Is.EqualTo(200));
        Assert.That(await response.Content.ReadAsByteArrayAsync(), Is.EqualTo(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(pinned)).ToArray()));
    }

    [Test]
    public async Task Excel_answers_a_workbook()
    {
        using var analyst = Authorized("analyst");
        using var response = await analyst.PostAsJsonAsync("/api/sql", new { sql = "SELECT theme, count(*) AS n FROM v_forecasts GROUP BY ALL", format = "xlsx" });
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.That((int)response.StatusCode, Is.EqualTo(200));
        Assert.That(bytes[..2], Is.EqualTo("PK"u8.ToArray()));
    }

    [TestCase("SELEC 1", "/problems/sql-error")]
    [TestCase("SELECT * FROM no_such_view", "/problems/sql-refused")]
    [TestCase("SELECT no_such_column FROM v_forecasts", "/problems/sql-error")]
    [TestCase("SELECT $missing", "/problems/sql-error")]
    [TestCase("SELECT ?", "/problems/sql-error")]
    [TestCase("SELECT 1 WHERE $a = 1 -- unused: b", "/problems/sql-error")]
    public async Task DuckDB_s_errors_are_problems_with_its_message(string sql, string type)
    {
        using var analyst = Authorized("analyst");
        using var response = await analyst.PostAsJsonAsync("/api/sql", new { sql, parameters = new { a = 1, b = 2 } });
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.That((int)response.StatusCode, Is.EqualTo(400));
        Assert.That(problem.GetProperty("type").GetString(), Is.EqualTo(type));
        Assert.That(problem.GetProperty("detail").GetString(), Is.Not.Empty);
    }

    [TestCase(null, 401)]
    [TestCase("viewer", 403)]
    [TestCase("controller", 403)]
    [TestCase("analyst", 200)]
    [TestCase("admin", 200)]
    public async Task Only_analysts_and_admins_may_query(string? role, int status)
    {
        using var client = role is null ? new HttpClient { BaseAddress = cockpit.Address } : Authorized(role);
        using var response = await client.PostAsJsonAsync("/api/sql", new { sql = "SELECT 1" });

        Assert.That((int)response.StatusCode, Is.EqualTo(status));
    }

    [Test]
    public async Task Every_statement_is_logged_by_hash_for_admins_only()
    {
        using var analyst = Authorized("analyst");
        using var admin = Authorized("admin");
        var ok = $"SELECT 'ok {Guid.NewGuid():N}' AS x";
        var capped = $"SELECT range, 'capped {Guid.NewGuid():N}' FROM range(3)";
        var refused = $"COPY (SELECT 1) TO '/tmp/y.csv' -- {Guid.NewGuid():N}";
        var tooLong = $"SELECT 1 -- {new string('x', 70_000)} {Guid.NewGuid():N}";
        var allTypes = $"SELECT * FROM test_all_types() -- {Guid.NewGuid():N}";
        await Sql(analyst, new { sql = ok });
        await Sql(analyst, new { sql = capped, maxRows = 1 });
        using (await analyst.PostAsJsonAsync("/api/sql", new { sql = refused })) { }
        using (await analyst.PostAsJsonAsync("/api/sql", new { sql = tooLong })) { }
        using (var everyType = await analyst.PostAsJsonAsync("/api/sql", new { sql = allTypes }))
            Assert.That((int)everyType.StatusCode, Is.LessThan(500), "every DuckDB type answers, or says why not");

        var log = (await admin.Json("/api/sql/log")).Rows().ToList();
        using var asAnalyst = await analyst.GetAsync("/api/sql/log");

        JsonElement Entry(string sql) => log.Single(r => r.Str("sha256") == Cockpit.Model.Sql.SqlLog.Hash(sql));
        Assert.That((Entry(ok).Str("run_by"), Entry(ok).Str("via"), Entry(ok).Str("outcome"), Entry(ok).GetProperty("rows").GetInt64()),
            Is.EqualTo(("Analyst Key", "api", "ok", 1L)));
        Assert.That((Entry(capped).Str("outcome"), Entry(capped).GetProperty("rows").GetInt64()), Is.EqualTo(("truncated", 1L)));
        Assert.That(Entry(refused).Str("outcome"), Is.EqualTo("refused"));
        Assert.That(Entry(refused).Str("detail"), Does.Contain("only one read statement"));
        Assert.That(Entry(tooLong).Str("outcome"), Is.EqualTo("refused"));
        Assert.That(Entry(tooLong).Str("detail"), Does.Match(@"^the statement is 70,0\d\d bytes long; at most 65,536 are accepted$"));
        Assert.That(Entry(allTypes).Str("outcome"), Is.AnyOf("ok", "error"), "what once was a 500 is in the log");
        Assert.That(log.Select(r => r.ToString()), Has.None.Contain("/tmp/y.csv"), "the log keeps the hash, not the text");
        Assert.That((int)asAnalyst.StatusCode, Is.EqualTo(403));
    }

    [Test]
    public void The_sql_verb_runs_in_the_same_sandbox()
    {
        using var temp = new Cockpit.Testing.TempDirectory();
        var db = temp.File("cli.duckdb");

        var ok = CliRun.Of("sql", "--db", db, "--format", "csv", "SELECT 40 + 2 AS answer");
        var json = CliRun.Of("sql", "--db", db, "--format", "json", "SELECT count(*) AS n FROM v_forecasts");
        var table = CliRun.Of("sql", "--db", db, "VALUES (1, 'a'), (2, 'b')");
        var refused = CliRun.Of("sql", "--db", db, "SELECT * FROM read_text('/etc/passwd')");
        var drop = CliRun.Of("sql", "--db", db, "DROP VIEW v_forecasts");

        Assert.That((ok.ExitCode, ok.Out), Is.EqualTo((0, "answer\r\n42\r\n")));
        Assert.That(JsonDocument.Parse(json.Out).RootElement.GetProperty("rows")[0][0].GetInt64(), Is.Zero);
        Assert.That(table.Out, Does.Contain("(2 rows)"));
        Assert.That(refused.ExitCode, Is.EqualTo(1));
        Assert.That(refused.Err, Does.StartWith("error:").And.Not.Contain("root:"));
        Assert.That(drop.ExitCode, Is.EqualTo(1));
        Assert.That(CliRun.Of("sql", "--db", db, "SELECT * FROM sql_log").ExitCode, Is.EqualTo(1), "the log is not an analyst view");
        using var store = Cockpit.Model.Store.CockpitStore.Open(db);
        var logged = store.Connection.Query("SELECT outcome, count(*) FROM sql_log WHERE via = 'cli' GROUP BY ALL ORDER BY ALL",
            r => $"{r.GetString(0)} {r.GetInt64(1)}");
        Assert.That(logged, Is.EqualTo(new[] { "ok 3", "refused 3" }));
    }

    private static async Task<JsonElement> Sql(HttpClient client, object body)
    {
        using var response = await client.PostAsJsonAsync("/api/sql", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.That((int)response.StatusCode, Is.EqualTo(200), text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>How many forecasts an analyst's count sees (the answer must be 200).</summary>
    public static async Task<long> Count(HttpClient analyst) =>
        (await Sql(analyst, new { sql = "SELECT count(*) FROM v_forecasts" })).GetProperty("rows")[0][0].GetInt64();

    private HttpClient Authorized(string role)
    {
        var client = new HttpClient { BaseAddress = cockpit.Address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Keys[role]);
        return client;
    }

}
