using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Cockpit.Model.Sql;

namespace Cockpit.Dashboards.Tests.Web;

/// <summary>GET /api/schema: every analyst view and every column of it documented, in Finnish and English.</summary>
public class SchemaTests
{
    private const string ViewerKey = "view-key-123";

    private RunningCockpit cockpit = null!;
    private JsonElement schema;

    [OneTimeSetUp]
    public async Task Start()
    {
        cockpit = await RunningCockpit.StartAsync(
            ["--Cockpit:Auth:AnonymousViewers=false", .. TestKeys.Arguments(new TestKey("Viewer Key", "viewer", ViewerKey))]);
        cockpit.Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ViewerKey);
        schema = await cockpit.Client.Json("/api/schema");
    }

    [OneTimeTearDown]
    public async Task Stop() => await cockpit.DisposeAsync();

    [Test]
    public void Every_analyst_view_is_listed_once_in_name_order()
    {
        var views = schema.Rows().Select(v => v.Str("view")).ToList();
        Assert.That(views, Is.EqualTo(SqlSandbox.AnalystViews.Order(StringComparer.Ordinal)));
    }

    [Test]
    public void Every_view_has_a_comment_in_Finnish_and_English()
    {
        Assert.Multiple(() =>
        {
            foreach (var view in schema.Rows())
            {
                var comment = view.GetProperty("comment");
                Assert.That(comment.Str("fi"), Is.Not.Empty, $"{view.Str("view")}: Finnish comment");
                Assert.That(comment.Str("en"), Is.Not.Empty, $"{view.Str("view")}: English comment");
            }
        });
    }

    /// <summary>What keeps new columns documented: a column added to a view without COMMENT ON COLUMN fails here,
    /// and so does every column of a view replaced (CREATE OR REPLACE VIEW drops its comments) and not commented again.</summary>
    [Test]
    public void Every_column_of_every_view_has_a_type_and_a_comment_in_Finnish_and_English()
    {
        Assert.Multiple(() =>
        {
            foreach (var view in schema.Rows())
            {
                var columns = view.GetProperty("columns").Rows().ToList();
                Assert.That(columns, Is.Not.Empty, view.Str("view"));
                foreach (var column in columns)
                {
                    var where = $"{view.Str("view")}.{column.Str("name")}";
                    Assert.That(column.Str("type"), Is.Not.Empty, where + ": type");
                    Assert.That(column.GetProperty("comment").Str("fi"), Is.Not.Empty, where + ": Finnish comment");
                    Assert.That(column.GetProperty("comment").Str("en"), Is.Not.Empty, where + ": English comment");
                }
            }
        });
    }

    [Test]
    public void Columns_come_in_the_views_own_order_with_their_types()
    {
        var budget = schema.Rows().Single(v => v.Str("view") == "v_budget").GetProperty("columns").Rows().ToList();
        Assert.That(budget.Select(c => c.Str("name")),
            Is.EqualTo(new[] { "service_entity", "month", "budget", "actual", "forecast", "upload_id", "sheet", "cell" }));
        Assert.That(budget[1].Str("type"), Is.EqualTo("DATE"));
        Assert.That(budget[2].GetProperty("comment").Str("en"), Does.Contain("k€"));
    }

    [Test]
    public async Task A_viewer_may_read_it_and_nobody_without_a_key()
    {
        using var anonymous = new HttpClient { BaseAddress = cockpit.Address };
        using var refused = await anonymous.GetAsync("/api/schema");
        Assert.That((int)refused.StatusCode, Is.EqualTo(401));
        Assert.That((await cockpit.Client.Json("/api/schema")).GetArrayLength(), Is.EqualTo(SqlSandbox.AnalystViews.Count));
    }

    [TestCase(null, "", "")]
    [TestCase("no languages", "", "")]
    [TestCase("fi: Kuukausi | en: Month", "Kuukausi", "Month")]
    [TestCase("fi: a | b | en: c | d", "a | b", "c | d")]
    public void A_comment_splits_into_its_languages(string? comment, string fi, string en) =>
        Assert.That(Cockpit.Dashboards.Web.Endpoints.SchemaEndpoints.Parse(comment),
            Is.EqualTo(new Cockpit.Dashboards.Web.Endpoints.SchemaEndpoints.Comment(fi, en)));
}
