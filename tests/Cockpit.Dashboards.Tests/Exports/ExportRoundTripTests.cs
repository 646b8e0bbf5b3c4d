using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Cockpit.Dashboards.Dashboards;
using Cockpit.Dashboards.Tables;
using Cockpit.Dashboards.Tests.Web;
using Cockpit.Testing;
using Microsoft.Data.Analysis;

namespace Cockpit.Dashboards.Tests.Exports;

/// <summary>
/// Every Excel and CSV export read back by a real client (openpyxl; Python's csv module) cell by cell: each cell's
/// type and value equal the same query's JSON. A value never changes on the way out.
/// </summary>
public class ExportRoundTripTests
{
    /// <summary>Values ClosedXML 0.95.4 would guess into another type, a date, a timestamp, every number kind, NULL, JSON-ish shapes.</summary>
    public const string TypedSql = """
        SELECT '001' AS code, 'TRUE' AS flag_text, '1,5' AS comma, '2/2020' AS round, '=1+1' AS formula_like, '  kaksi  välilyöntiä ' AS spaced,
               'rivi 1' || chr(10) || 'rivi 2' AS lines, DATE '2020-12-31' AS day, TIMESTAMP '2020-12-31 10:15:30.250' AS moment,
               TIMESTAMPTZ '2020-07-01 12:00:00+03' AS zoned, (sum(i) OVER ())::HUGEINT AS huge, 1234.56::DECIMAL(10,2) AS money, 0.1::DOUBLE AS share,
               true AS yes, NULL AS nothing, [1, 2] AS list, {'a': 'b'} AS struct, INTERVAL 3 DAY AS span, TIME '10:00:00' AS clock,
               'ab'::BLOB AS bytes, '00000000-0000-0000-0000-000000000001'::UUID AS id, 12345678901234::BIGINT AS big
        FROM range(3) t(i)
        """;

    private const string AdminKey = "admin-key-round-trip";
    private RunningCockpit cockpit = null!;
    private HttpClient client = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        PythonClient.RequireOpenpyxl();
        cockpit = await RunningCockpit.StartAsync([.. TestKeys.Arguments(new TestKey("Round Trip", "admin", AdminKey)), "--Cockpit:Auth:AnonymousViewers=false"]);
        client = cockpit.Client;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AdminKey);
        using var set = await client.PostAsJsonAsync("/api/overrides", new { metric = 4, round = "2/2020", status = "at_risk", reason = "001: TRUE, 1,5 ja 2/2020" });
        Assert.That((int)set.StatusCode, Is.EqualTo(201), await set.Content.ReadAsStringAsync());
        var again = new ByteArrayContent(File.ReadAllBytes(Path.Combine(Repository.Root, "samples", "kuukausiraportti-2020-01.xlsx")));
        using var upload = await client.PostAsync("/api/uploads", new MultipartFormDataContent { { again, "file", "kuukausiraportti-2020-01.xlsx" } });
        Assert.That((int)upload.StatusCode, Is.EqualTo(200), "already loaded: a row in the audit trail");
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        if (cockpit is not null) await cockpit.DisposeAsync();
    }

    public static IEnumerable<string> Tables()
    {
        yield return "/api/goals";
        yield return "/api/goals?round=2/2020&lang=sv";
        yield return "/api/status-summary?round=2/2020";
        yield return "/api/rounds";
        yield return "/api/uploads";
        yield return "/api/overrides";
        var dashboard = Dashboard.Load(Path.Combine(AppContext.BaseDirectory, "cockpit.dashboard.json"));
        foreach (var tile in dashboard.Tiles) yield return $"/api/tiles/{tile.Id}?round=2/2020";
    }

    [TestCaseSource(nameof(Tables))]
    public async Task A_tables_excel_and_csv_hold_the_values_and_types_of_its_json(string path)
    {
        var json = await client.Json(path);
        var rows = json.EnumerateArray().Select(r => r.EnumerateObject().Select(p => p.Value).ToArray()).ToList();
        Assume.That(rows, Is.Not.Empty, $"{path} has rows to compare");
        var separator = path.Contains('?') ? '&' : '?';
        AssertSameAsJson(rows, await Sheet(path + separator + "format=xlsx"), path + " xlsx", csv: false);
        AssertSameAsJson(rows, await Csv(path + separator + "format=csv"), path + " csv", csv: true);
    }

    [Test]
    public async Task An_analysts_answer_in_excel_and_csv_holds_every_type_as_its_json()
    {
        var json = await Sql("json");
        var rows = json.GetProperty("rows").EnumerateArray().Select(r => r.EnumerateArray().ToArray()).ToList();
        Assert.That(rows, Has.Count.EqualTo(3));
        AssertSameAsJson(rows, Sheet(PythonClient.ReadWorkbook(await SqlBytes("xlsx"))), "sql xlsx", csv: false);
        AssertSameAsJson(rows, PythonClient.ReadCsv(await SqlBytes("csv")).EnumerateArray().ToList(), "sql csv", csv: true);
        var first = rows[0];
        string Column(string name) => json.GetProperty("columns").EnumerateArray().Select((c, i) => (c, i)).First(x => x.c.GetProperty("name").GetString() == name).i.ToString();
        Assert.Multiple(() =>
        {
            Assert.That(first[int.Parse(Column("day"))].GetString(), Is.EqualTo("2020-12-31"), "a DATE in JSON is ISO 8601");
            Assert.That(first[int.Parse(Column("moment"))].GetString(), Is.EqualTo("2020-12-31T10:15:30.25"), "a TIMESTAMP in JSON is ISO 8601");
            Assert.That(first[int.Parse(Column("zoned"))].GetString(), Is.EqualTo("2020-07-01T09:00:00Z"), "a TIMESTAMPTZ in JSON is UTC");
            Assert.That(first[int.Parse(Column("bytes"))].GetString(), Is.EqualTo("YWI="), "a BLOB in JSON is base64");
            Assert.That(first[int.Parse(Column("span"))].GetString(), Is.EqualTo("P3D"), "an INTERVAL is an ISO 8601 duration");
            Assert.That(first[int.Parse(Column("huge"))].ValueKind, Is.EqualTo(JsonValueKind.Number), "a HUGEINT is a number");
        });
    }

    [Test]
    public async Task A_text_longer_than_an_excel_cell_is_cut_with_a_mark_and_the_workbook_says_where()
    {
        using var response = await client.PostAsJsonAsync("/api/sql?lang=en", new { sql = "SELECT repeat('x', 40000) AS long_text, 'short' AS short_text", format = "xlsx" });
        Assert.That((int)response.StatusCode, Is.EqualTo(200), await response.Content.ReadAsStringAsync());
        var book = PythonClient.ReadWorkbook(await response.Content.ReadAsByteArrayAsync());
        var cell = book.GetProperty("SQL")[1][0].GetProperty("v").GetString()!;
        Assert.That(cell, Has.Length.EqualTo(ExcelCells.MaxText).And.EndWith("…[truncated]").And.StartWith("xxxx"));
        var note = book.GetProperty("Notes")[0][0].GetProperty("v").GetString();
        Assert.That(note, Does.Contain("SQL!A2").And.Contain("40,000"));
    }

    [Test]
    public void A_table_with_a_text_longer_than_a_cell_is_written_cut_never_refused()
    {
        var frame = new DataFrame(new StringDataFrameColumn("text", [new string('ä', 100_000), "lyhyt"]));
        var book = PythonClient.ReadWorkbook(TableWriter.Write(frame, TableFormat.Xlsx, "fi", "Tavoitteet"));
        Assert.That(book.GetProperty("Tavoitteet")[1][0].GetProperty("v").GetString(), Has.Length.EqualTo(ExcelCells.MaxText).And.EndWith("…[katkaistu]"));
        Assert.That(book.GetProperty("Huomautukset")[0][0].GetProperty("v").GetString(), Does.Contain("Tavoitteet!A2").And.Contain("100"));
    }

    [Test]
    public async Task The_monthly_template_keeps_every_metric_month_and_entity_as_the_text_it_is()
    {
        var metrics = (await client.Json("/api/goals")).EnumerateArray().Select(r => r.Str("metric")).Distinct().Order(StringComparer.Ordinal).ToList();
        using var response = await client.GetAsync("/api/templates/monthly.xlsx?month=2020-02");
        var book = PythonClient.ReadWorkbook(await response.Content.ReadAsByteArrayAsync());
        var values = book.GetProperty("Mittarit").EnumerateArray().Skip(2).ToList();
        Assert.That(values.Select(r => r[0].GetProperty("v").GetString()).Order(StringComparer.Ordinal), Is.EqualTo(metrics));
        Assert.That(values.Select(r => r[0].GetProperty("t").GetString()).Concat(values.Select(r => r[1].GetProperty("t").GetString())), Has.All.EqualTo("s"));
        Assert.That(values.Select(r => r[1].GetProperty("v").GetString()), Has.All.EqualTo("2020-02"), "the month stays text, never 1 Feb");
        var budget = book.GetProperty("Talous").EnumerateArray().Skip(2).Select(r => r[0].GetProperty("v").GetString());
        Assert.That(budget, Is.EqualTo(Cockpit.Model.Monthly.ServiceEntities.All));
    }

    private static void AssertSameAsJson(IReadOnlyList<JsonElement[]> rows, IReadOnlyList<JsonElement> read, string what, bool csv)
    {
        Assert.That(read, Has.Count.EqualTo(rows.Count + 1), $"{what}: a header row and one row per JSON row");
        for (var r = 0; r < rows.Count; r++)
            for (var c = 0; c < rows[r].Length; c++)
            {
                var where = $"{what} row {r + 2} column {c + 1}";
                var cell = c < read[r + 1].GetArrayLength() ? read[r + 1][c] : Null;
                if (csv) CellComparison.AssertCsv(rows[r][c], cell.GetString()!, where);
                else CellComparison.AssertExcel(rows[r][c], cell, where);
            }
    }

    private static readonly JsonElement Null = JsonDocument.Parse("null").RootElement;

    private async Task<IReadOnlyList<JsonElement>> Sheet(string path) => Sheet(PythonClient.ReadWorkbook(await Bytes(path)));

    private static List<JsonElement> Sheet(JsonElement book) => book.EnumerateObject().First().Value.EnumerateArray().ToList();

    private async Task<IReadOnlyList<JsonElement>> Csv(string path) => PythonClient.ReadCsv(await Bytes(path)).EnumerateArray().ToList();

    private async Task<byte[]> Bytes(string path)
    {
        using var response = await client.GetAsync(path);
        Assert.That((int)response.StatusCode, Is.EqualTo(200), path);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private async Task<JsonElement> Sql(string format) => JsonDocument.Parse(await SqlBytes(format)).RootElement.Clone();

    private async Task<byte[]> SqlBytes(string format)
    {
        using var response = await client.PostAsJsonAsync("/api/sql", new { sql = TypedSql, format });
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.That((int)response.StatusCode, Is.EqualTo(200), () => System.Text.Encoding.UTF8.GetString(body));
        return body;
    }
}
