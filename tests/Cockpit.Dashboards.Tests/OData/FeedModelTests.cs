using Cockpit.Dashboards.OData;
using Cockpit.Dashboards.Web.Endpoints;
using Cockpit.Model.Sql;
using Cockpit.Model.Store;
using Cockpit.Testing;

namespace Cockpit.Dashboards.Tests.OData;

/// <summary>
/// The feed's model and the schema page read the catalog of the cockpit's own database only. Writing an analyst snapshot
/// attaches a second database to the same instance, with tables named as the views, for as long as the copy takes; a
/// $metadata asked for meanwhile (the first request after start, when the SQL workers warm up) must not see them.
/// </summary>
public class FeedModelTests : TempFolderTest
{
    [Test]
    public void The_catalog_read_while_a_snapshot_is_being_written_beside_it_is_the_cockpits_own()
    {
        using var store = CockpitStore.Open(Temp.File("c.duckdb"));
        using var connection = store.OpenConnection();
        var alone = FeedModel.Read(connection).Metadata;
        var views = SchemaEndpoints.Read(connection);

        connection.Execute($"ATTACH '{Temp.File("snapshot.duckdb")}' AS analyst_snapshot");
        foreach (var view in SqlSandbox.AnalystViews)
            connection.Execute($"CREATE TABLE analyst_snapshot.main.{view} AS SELECT * FROM main.{view}");

        Assert.That(FeedModel.Read(connection).Metadata, Is.EqualTo(alone), "the same CSDL, no column twice");
        Assert.That(SchemaEndpoints.Read(connection).Select(v => v.Columns.Count), Is.EqualTo(views.Select(v => v.Columns.Count)));
    }
}
