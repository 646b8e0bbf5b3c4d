using System.Net.Http.Headers;
using System.Net.Http.Json;
using Cockpit.Dashboards.Tables;
using Cockpit.Dashboards.Tests.Web;
using Microsoft.Data.Analysis;

namespace Cockpit.Dashboards.Tests.Exports;

/// <summary>
/// A text cell that a spreadsheet would run as a formula (=, +, -, @, tab, carriage return first) leaves every CSV
/// export with a leading <c>'</c>; numbers, negative ones too, stay numbers. Read back by Python's csv module.
/// </summary>
public class CsvInjectionTests
{
    private const string AdminKey = "csv-injection-admin";
    private RunningCockpit cockpit = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        cockpit = await RunningCockpit.StartAsync([.. TestKeys.Arguments(new TestKey("Admin", "admin", AdminKey)), "--Cockpit:Auth:AnonymousViewers=false"]);
        cockpit.Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AdminKey);
    }

    [OneTimeTearDown]
    public async Task Stop() => await cockpit.DisposeAsync();

    [TestCase("=HYPERLINK(\"http://evil.example\";\"klikkaa\")")]
    [TestCase("+1+cmd|' /C calc'!A0")]
    [TestCase("-2+3")]
    [TestCase("@SUM(A1:A9)")]
    [TestCase("\t=1+1")]
    [TestCase("\r=1+1")]
    public void A_table_text_that_starts_like_a_formula_gets_a_quote_and_numbers_stay_numbers(string text)
    {
        var frame = new DataFrame(
            new StringDataFrameColumn("text", [text, "tavallinen"]),
            new Int64DataFrameColumn("n", [-5, 7]),
            new DoubleDataFrameColumn("share", [-0.5, 1.5]));

        var rows = PythonClient.ReadCsv(TableWriter.Write(frame, TableFormat.Csv, "fi", "t")).EnumerateArray().ToList();

        Assert.That(rows[1].EnumerateArray().Select(f => f.GetString()), Is.EqualTo(new[] { "'" + text, "-5", "-0.5" }));
        Assert.That(rows[2].EnumerateArray().Select(f => f.GetString()), Is.EqualTo(new[] { "tavallinen", "7", "1.5" }));
    }

    [Test]
    public async Task An_analysts_csv_quotes_formula_texts_and_headers_but_not_negative_numbers()
    {
        using var response = await cockpit.Client.PostAsJsonAsync("/api/sql", new
        {
            sql = """
                SELECT '=1+1' AS a, '+1' AS b, '-1' AS c, '@x' AS d, chr(9) || 'x' AS e, chr(13) || 'x' AS f,
                       -5 AS n, -1.5::DOUBLE AS r, -2.25::DECIMAL(5,2) AS m, 'ok' AS g, 1 AS "=cmd"
                """,
            format = "csv",
        });
        Assert.That((int)response.StatusCode, Is.EqualTo(200), await response.Content.ReadAsStringAsync());

        var rows = PythonClient.ReadCsv(await response.Content.ReadAsByteArrayAsync()).EnumerateArray().ToList();

        Assert.That(rows[0].EnumerateArray().Last().GetString(), Is.EqualTo("'=cmd"));
        Assert.That(rows[1].EnumerateArray().Select(f => f.GetString()),
            Is.EqualTo(new[] { "'=1+1", "'+1", "'-1", "'@x", "'\tx", "'\rx", "-5", "-1.5", "-2.25", "ok", "1" }));
    }

    [Test]
    public async Task A_controllers_override_reason_that_starts_with_equals_is_quoted_in_the_csv()
    {
        const string Reason = "=HYPERLINK(\"http://evil.example\")";
        using var set = await cockpit.Client.PostAsJsonAsync("/api/overrides", new { metric = 5, round = "2/2020", status = "at_risk", reason = Reason });
        Assert.That((int)set.StatusCode, Is.EqualTo(201));

        var rows = PythonClient.ReadCsv(await cockpit.Client.GetByteArrayAsync("/api/overrides?format=csv&lang=en")).EnumerateArray().ToList();

        var reason = rows[0].EnumerateArray().Select(f => f.GetString()).ToList().IndexOf("reason");
        Assert.That(reason, Is.Not.Negative, "a reason column");
        Assert.That(rows[1][reason].GetString(), Is.EqualTo("'" + Reason));
    }
}
