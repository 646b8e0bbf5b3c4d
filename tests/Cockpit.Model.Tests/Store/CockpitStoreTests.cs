using Cockpit.Model.Forecasts;
using Cockpit.Status;
using Cockpit.Model.Store;
using Cockpit.Testing;

namespace Cockpit.Model.Tests.Store;

public class CockpitStoreTests : TempFolderTest
{
    [Test]
    public void Opening_a_new_database_creates_its_folder_and_the_analyst_views()
    {
        var path = Path.Combine(Temp.Path, "nested", "folder", "cockpit.duckdb");
        using var store = CockpitStore.Open(path);

        Assert.That(File.Exists(path), Is.True);
        var views = store.Connection.Query("SELECT view_name FROM duckdb_views() WHERE NOT internal ORDER BY 1", r => r.GetString(0));
        Assert.That(views, Is.SupersetOf(new[] { "v_forecasts", "v_forecast_history", "v_uploads" }));
    }

    [Test]
    public void Reopening_a_database_applies_no_migration_twice()
    {
        var path = Temp.File("cockpit.duckdb");
        int version;
        long applied;
        using (var store = CockpitStore.Open(path))
        {
            version = store.SchemaVersion;
            applied = store.Connection.Scalar<long>("SELECT count(*) FROM schema_migrations");
        }
        using (var store = CockpitStore.Open(path))
        {
            Assert.That(store.SchemaVersion, Is.EqualTo(version));
            Assert.That(store.Connection.Scalar<long>("SELECT count(*) FROM schema_migrations"), Is.EqualTo(applied));
            Assert.That(applied, Is.EqualTo(store.Connection.Scalar<long>("SELECT count(DISTINCT version) FROM schema_migrations")));
        }
    }

    [Test]
    public void The_public_views_have_the_documented_columns_in_order()
    {
        using var store = CockpitStore.Open(Temp.File("cockpit.duckdb"));

        Assert.That(Columns(store, "v_forecasts").Take(14), Is.EqualTo(new[]
        {
            "theme", "goal", "metric", "round", "round_year", "round_no", "forecast_text", "status",
            "status_source", "evidence", "rule", "upload_id", "sheet", "cell",
        }));
        Assert.That(Columns(store, "v_uploads").Take(8), Is.EqualTo(new[]
        {
            "upload_id", "file_name", "sha256", "kind", "uploaded_at", "uploaded_by", "rows", "superseded",
        }));
    }

    [Test]
    public void Every_view_is_either_open_to_analysts_or_named_internal()
    {
        using var store = CockpitStore.Open(Temp.File("cockpit.duckdb"));

        var views = store.Connection.Query("SELECT view_name FROM duckdb_views() WHERE NOT internal AND view_name LIKE 'v\\_%' ESCAPE '\\'", r => r.GetString(0));

        Assert.That(views, Is.EquivalentTo(Cockpit.Model.Sql.SqlSandbox.AnalystViews.Concat(Cockpit.Model.Sql.SqlSandbox.InternalViews)));
    }

    [Test]
    public void A_load_that_is_not_committed_leaves_the_database_as_it_was()
    {
        using var store = CockpitStore.Open(Temp.File("cockpit.duckdb"));
        using (var load = store.BeginForecastLoad(new UploadInfo("a.xlsx", "abc", "forecast", "tester", DateTimeOffset.UtcNow)))
        {
            var row = new MetricRow("S", 2, "T", "G", null, "M", null, "", [new RoundForecast(new ReportingRound(2020, 1), "x", "E2")],
                new Dictionary<string, string>());
            load.Add(row, [new StatusResult(ForecastStatus.OnTrack, Rules.Progress, "x", 1)]);
        }

        Assert.That(store.Connection.Scalar<long>("SELECT count(*) FROM forecast_entries"), Is.Zero);
        Assert.That(store.Connection.Scalar<long>("SELECT count(*) FROM goals"), Is.Zero);
    }

    private static List<string> Columns(CockpitStore store, string view) =>
        store.Connection.Query("SELECT column_name FROM information_schema.columns WHERE table_name = $view ORDER BY ordinal_position",
            r => r.GetString(0), ("view", view));
}
