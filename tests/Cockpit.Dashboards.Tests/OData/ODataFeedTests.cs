using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Cockpit.Dashboards.OData;
using Cockpit.Dashboards.Tests.Web;
using Microsoft.OData.Edm;
using Microsoft.OData.Edm.Vocabularies;
using Microsoft.OData.Edm.Vocabularies.V1;

namespace Cockpit.Dashboards.Tests.OData;

/// <summary>
/// The OData feed against the real server, read with ODataLib's own reader, every answer checked against /api/sql: with
/// reads kept open between pages, and with none, where every next link starts a new read where the last page stopped.
/// </summary>
[TestFixture(16)]
[TestFixture(0)]
public class ODataFeedTests(int openReads)
{
    public const int PageSize = 5;

    public static readonly Dictionary<string, string> Keys = new()
    {
        ["viewer"] = "feed-viewer-key-1", ["analyst"] = "feed-analyst-key-2", ["controller"] = "feed-controller-key-3",
    };

    private RunningCockpit cockpit = null!;
    private HttpClient viewer = null!;
    private HttpClient analyst = null!;
    private FeedClient feed = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        cockpit = await RunningCockpit.StartAsync([.. TestKeys.ByRole(Keys), "--Cockpit:Auth:AnonymousViewers=false",
            $"--Cockpit:OData:PageSize={PageSize}", "--Cockpit:OData:MaxTop=5000", $"--Cockpit:OData:OpenReads={openReads}", "--Cockpit:Sql:WarmWorkers=true"]);
        viewer = Signed(cockpit, Keys["viewer"]);
        analyst = Signed(cockpit, Keys["analyst"]);
        feed = new FeedClient(viewer, await FeedClient.Metadata(viewer));
        await SqlTests.SqlWorkersReady(cockpit);
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        viewer.Dispose();
        analyst.Dispose();
        await cockpit.DisposeAsync();
    }

    public static HttpClient Signed(RunningCockpit cockpit, string key) =>
        new() { BaseAddress = cockpit.Address, DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", key) } };

    public static IEnumerable<string> Sets => FeedSets.All.Select(s => s.Name);

    [TestCaseSource(nameof(Sets))]
    public async Task EverySetReadsToItsEndThroughNextLinksAndEqualsSql(string name)
    {
        var set = FeedSets.Named(name)!;
        var (rows, _, pages) = await feed.ReadAll(set.Name);
        var expected = await Sql($"SELECT * FROM {set.View} ORDER BY {string.Join(", ", set.Key)}");
        AssertSame(rows, expected, set.Name);
        Assert.That(pages, Is.EqualTo(Math.Max(1, (expected.Count + PageSize - 1) / PageSize)), "pages of the configured size");
    }

    [Test]
    public void TheSampleFillsSeveralPagesOfEveryViewWithData() =>
        Assert.That(FeedSets.All.Where(s => s.Name != "StatusOverrides").Select(s => Sql($"SELECT count(*) AS n FROM {s.View}").Result[0]["n"]),
            Has.All.Matches<string?>(n => long.Parse(n!, System.Globalization.CultureInfo.InvariantCulture) > PageSize), "the paging above is exercised");

    [Test]
    public async Task MetadataIsCsdlXmlWithExactTypesKeysAndDescriptions()
    {
        using var response = await viewer.GetAsync("/odata/$metadata");
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/xml"));
        var model = feed.Model;
        IEdmEntityType Type(string set) => model.EntityContainer.FindEntitySet(set).EntityType;
        string TypeOf(string set, string column) => Type(set).FindProperty(column).Type.FullName();
        Assert.Multiple(() =>
        {
            Assert.That(model.EntityContainer.EntitySets().Select(s => s.Name), Is.EquivalentTo(FeedSets.All.Select(s => s.Name)));
            Assert.That(TypeOf("MetricValues", "month"), Is.EqualTo("Edm.Date"));
            Assert.That(TypeOf("Uploads", "uploaded_at"), Is.EqualTo("Edm.DateTimeOffset"));
            Assert.That(TypeOf("Uploads", "superseded"), Is.EqualTo("Edm.Boolean"));
            Assert.That(TypeOf("Uploads", "upload_id"), Is.EqualTo("Edm.Int32"));
            Assert.That(TypeOf("Forecasts", "confidence"), Is.EqualTo("Edm.Double"));
            Assert.That(TypeOf("StatusOverrides", "ended_at"), Is.EqualTo("Edm.DateTimeOffset"));
            Assert.That(Type("Forecasts").Key().Select(k => k.Name), Is.EqualTo(new[] { "goal_id", "metric_id", "round_year", "round_no" }));
            foreach (var set in model.EntityContainer.EntitySets())
            {
                Assert.That(Description(model, set.EntityType), Does.Contain("(fi: "), set.Name);
                foreach (var property in set.EntityType.StructuralProperties())
                    Assert.That(Description(model, property), Is.Not.Empty, $"{set.Name}.{property.Name}");
            }
        });
    }

    private static string Description(IEdmModel model, IEdmVocabularyAnnotatable target) =>
        model.FindVocabularyAnnotations<IEdmVocabularyAnnotation>(target, CoreVocabularyModel.DescriptionTerm)
            .Select(a => ((IEdmStringConstantExpression)a.Value).Value).FirstOrDefault() ?? "";

    public static IEnumerable<TestCaseData> Options() =>
    [
        new TestCaseData("Forecasts", "$filter=status eq 'on_track' and round_year eq 2020&$select=metric_id,round,status&$orderby=metric_id desc",
            "SELECT metric_id, round, status FROM v_forecasts WHERE status = 'on_track' AND round_year = 2020 ORDER BY metric_id DESC, goal_id, metric_id, round_year, round_no"),
        new TestCaseData("MetricValueHistory", "$filter=month ge 2020-03-01 and target ne null&$orderby=month,actual desc&$top=10&$skip=3&$count=true",
            "SELECT * FROM v_metric_value_history WHERE month >= DATE '2020-03-01' AND target IS NOT NULL ORDER BY month, actual DESC, upload_id, metric_id, month LIMIT 10 OFFSET 3"),
        new TestCaseData("Forecasts", "$filter=contains(metric,'käyttäjä') or startswith(theme,'Maailman')&$select=theme,metric,round",
            "SELECT theme, metric, round FROM v_forecasts WHERE contains(metric, 'käyttäjä') OR starts_with(theme, 'Maailman') ORDER BY goal_id, metric_id, round_year, round_no"),
        new TestCaseData("Budget", "$filter=service_entity in ('Kulttuuri','Nuoriso') and actual gt 100.5&$count=true",
            "SELECT * FROM v_budget WHERE service_entity IN ('Kulttuuri', 'Nuoriso') AND actual > 100.5 ORDER BY service_entity, month"),
        new TestCaseData("Forecasts", "$filter=not (override_reason ne null) and tolower(status) ne 'achieved'&$select=metric_id,status",
            "SELECT metric_id, status FROM v_forecasts WHERE override_reason IS NULL AND status <> 'achieved' ORDER BY goal_id, metric_id, round_year, round_no"),
        new TestCaseData("ForecastHistory", "$top=12&$skip=20&$select=upload_id,metric_id,round,status",
            "SELECT upload_id, metric_id, round, status FROM v_forecast_history ORDER BY upload_id, metric_id, round_year, round_no LIMIT 12 OFFSET 20"),
        new TestCaseData("MetricValues", "$filter=month eq 2020-04-01 and year(month) eq 2020&$orderby=metric&$count=true",
            "SELECT * FROM v_metric_values WHERE month = DATE '2020-04-01' ORDER BY metric NULLS FIRST, metric_id, month"),
        new TestCaseData("Uploads", "$filter=uploaded_at lt 2100-01-01T00:00:00%2B02:00 and kind eq 'monthly'&$orderby=uploaded_at desc",
            "SELECT * FROM v_uploads WHERE uploaded_at < TIMESTAMPTZ '2100-01-01 00:00:00+02' AND kind = 'monthly' ORDER BY uploaded_at DESC, upload_id"),
        new TestCaseData("BudgetHistory", "$filter=forecast eq null or budget sub actual ge 1000&$select=service_entity,month,budget&$top=0&$count=true",
            "SELECT service_entity, month, budget FROM v_budget_history WHERE forecast IS NULL OR budget - actual >= 1000 LIMIT 0"),
    ];

    [TestCaseSource(nameof(Options))]
    public async Task QueryOptionsAnswerAsTheSameSql(string set, string query, string sql)
    {
        var (rows, count, _) = await feed.ReadAll(set, query);
        AssertSame(rows, await Sql(sql), query);
        if (query.Contains("$count=true", StringComparison.Ordinal))
        {
            var where = sql.Contains(" WHERE ", StringComparison.Ordinal) ? sql[sql.IndexOf(" WHERE ", StringComparison.Ordinal)..].Split(" ORDER BY ")[0].Split(" LIMIT ")[0] : "";
            var view = sql.Split(" FROM ")[1].Split(' ')[0];
            Assert.That(count?.ToString(System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo((await Sql($"SELECT count(*) AS n FROM {view}{where}"))[0]["n"]), "$count: every row the filter keeps");
        }
    }

    [Test]
    public async Task CountOfASetIsItsFilteredRowsAsText()
    {
        var count = await viewer.GetStringAsync("/odata/Forecasts/$count?$filter=status eq 'on_track'");
        Assert.That(count, Is.EqualTo((await Sql("SELECT count(*) AS n FROM v_forecasts WHERE status = 'on_track'"))[0]["n"]));
    }

    [Test]
    public async Task TopStopsPagingAtItsCount()
    {
        var (rows, _, pages) = await feed.ReadAll("ForecastHistory", "$top=10");
        Assert.That((rows.Count, pages), Is.EqualTo((10, 2)));
    }

    [Test]
    public async Task DatesRoundTripAsDates()
    {
        var (rows, _, _) = await feed.ReadAll("MetricValues", "$select=month,metric_id");
        var month = rows[^1]["month"];
#pragma warning disable CS0618 // ODataLib 8 reads Edm.Date into its own Date
        Assert.That(month, Is.TypeOf<Date>(), "a date, not a timestamp or text");
#pragma warning restore CS0618
        var (again, _, _) = await feed.ReadAll("MetricValues", $"$filter=month eq {FeedClient.Text(month)}&$select=month");
        Assert.That(again.Select(r => r["month"]), Has.All.EqualTo(month));
        Assert.That(again, Has.Count.EqualTo(rows.Count(r => Equals(r["month"], month))));
    }

    [TestCase("$filter=nosuch eq 1")]
    [TestCase("$filter=round_year eq")]
    [TestCase("$filter=round_year eq 'text'")]
    [TestCase("$expand=Forecasts")]
    [TestCase("$top=-1")]
    [TestCase("$top=5001")]
    [TestCase("$orderby=nosuch")]
    [TestCase("$select=nosuch")]
    [TestCase("$skiptoken=not-one-of-ours")]
    [TestCase("$search=koronatilanne")]
    [TestCase("$apply=aggregate(confidence with sum as total)")]
    [TestCase("$format=xml")]
    public async Task ABadOptionIsA400InODataErrorFormat(string query)
    {
        using var response = await viewer.GetAsync($"/odata/Forecasts?{query}");
        Assert.That((int)response.StatusCode, Is.EqualTo(400), query);
        var error = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error");
        Assert.That(error.GetProperty("code").GetString(), Is.Not.Empty);
        Assert.That(error.GetProperty("message").GetString(), Is.Not.Empty);
        TestContext.Out.WriteLine($"{query}: {error.GetProperty("message").GetString()}");
    }

    [TestCase("metric eq 'x'' OR 1=1 --'")]
    [TestCase("theme eq 'a''; DROP VIEW v_forecasts; --'")]
    [TestCase("contains(metric, ''') OR true OR contains(metric, ''')")]
    public async Task TextInAFilterIsAValueNeverSql(string filter)
    {
        var (rows, _, _) = await feed.ReadAll("Forecasts", "$filter=" + Uri.EscapeDataString(filter));
        Assert.That(rows, Is.Empty);
        Assert.That((await feed.ReadAll("Forecasts", "$top=1")).Rows, Has.Count.EqualTo(1), "the view is still there");
    }

    [Test]
    public async Task ServiceDocumentAndPowerBiFileNameThisServersFeed()
    {
        var service = await viewer.GetFromJsonAsync<JsonElement>("/odata");
        Assert.That(service.GetProperty("value").EnumerateArray().Select(s => s.GetProperty("url").GetString()), Is.EquivalentTo(FeedSets.All.Select(s => s.Name)));
        using var response = await viewer.GetAsync("/odata/cockpit.pbids");
        Assert.That(response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), Is.EqualTo("cockpit.pbids"));
        var details = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("connections")[0].GetProperty("details");
        Assert.That(details.GetProperty("protocol").GetString(), Is.EqualTo("odata"));
        Assert.That(details.GetProperty("address").GetProperty("url").GetString(), Is.EqualTo(new Uri(cockpit.Address, "/odata").ToString()));
    }

    [Test]
    public async Task ApiKeyInTheQueryReadsTheFeedAsPowerBiSendsIt()
    {
        using var bare = new HttpClient { BaseAddress = cockpit.Address };
        string Sign(string url) => url + (url.Contains('?') ? "&" : "?") + "api_key=" + Keys["viewer"];
        var keyed = new FeedClient(bare, await FeedClient.Metadata(bare, Sign), Sign);
        var (rows, _, pages) = await keyed.ReadAll("Budget", "$select=service_entity,month,actual");
        Assert.That(pages, Is.GreaterThan(1));
        AssertSame(rows, await Sql("SELECT service_entity, month, actual FROM v_budget ORDER BY service_entity, month"), "api_key");
        using var first = await bare.GetAsync(Sign("/odata/Budget"));
        Assert.That(await first.Content.ReadAsStringAsync(), Does.Not.Contain(Keys["viewer"]), "no link the feed writes carries the key");
        Assert.Multiple(async () =>
        {
            Assert.That((int)(await bare.GetAsync("/odata/Budget?api_key=not-a-key")).StatusCode, Is.EqualTo(401), "a wrong key");
            Assert.That((int)(await bare.GetAsync("/odata/Budget")).StatusCode, Is.EqualTo(401), "no key");
            Assert.That((int)(await bare.GetAsync("/api/rounds?api_key=" + Keys["viewer"])).StatusCode, Is.EqualTo(401), "only the feed and the views' CSV take a key in the URL");
            Assert.That((int)(await bare.GetAsync("/api/views/v_budget.csv?api_key=" + Keys["viewer"])).StatusCode, Is.EqualTo(200));
        });
    }

    [Test]
    public async Task EachViewIsACsvForExcelFromWeb()
    {
        using var bare = new HttpClient { BaseAddress = cockpit.Address };
        var csv = await bare.GetStringAsync("/api/views/v_metric_values.csv?api_key=" + Keys["viewer"]);
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var expected = await Sql("SELECT * FROM v_metric_values ORDER BY metric_id, month");
        Assert.That(lines[0].Split(';'), Is.EqualTo(expected[0].Keys.ToArray()));
        Assert.That(lines, Has.Length.EqualTo(expected.Count + 1));
        Assert.That((int)(await bare.GetAsync("/api/views/upload_files.csv?api_key=" + Keys["viewer"])).StatusCode, Is.EqualTo(404));
    }

    private static void AssertSame(IReadOnlyList<IReadOnlyDictionary<string, object?>> rows, IReadOnlyList<Dictionary<string, string?>> expected, string what)
    {
        Assert.That(rows, Has.Count.EqualTo(expected.Count), what);
        for (var i = 0; i < rows.Count; i++)
        {
            Assert.That(rows[i].Keys, Is.EquivalentTo(expected[i].Keys), $"{what}: columns");
            foreach (var (column, value) in expected[i])
                Assert.That(FeedClient.Text(rows[i][column]), Is.EqualTo(value), $"{what}: row {i}, {column}");
        }
    }

    /// <summary>The rows of <paramref name="sql"/> through <c>/api/sql</c>, each value as its JSON text (null for NULL).</summary>
    private async Task<List<Dictionary<string, string?>>> Sql(string sql)
    {
        using var response = await analyst.PostAsJsonAsync("/api/sql", new { sql, format = "json" });
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That((int)response.StatusCode, Is.EqualTo(200), () => answer.ToString());
        var names = answer.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("name").GetString()!).ToList();
        return answer.GetProperty("rows").EnumerateArray().Select(row => names.Zip(row.EnumerateArray(), (n, v) =>
            (n, v.ValueKind switch { JsonValueKind.Null => null, JsonValueKind.String => v.GetString(), _ => v.GetRawText() }))
            .ToDictionary(p => p.n, p => p.Item2)).ToList();
    }
}
